import {
  AsyncDuckDB,
  DuckDBDataProtocol,
  VoidLogger,
  selectBundle,
  type AsyncDuckDBConnection,
  type DuckDBBundles,
} from '@duckdb/duckdb-wasm';
// Bundles come from the app's own origin (never a CDN): Vite copies these files into the build.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToRows } from './arrow-rows';
import {
  EngineLostError,
  QueryError,
  type Connector,
  type Row,
  type Session,
  type SqlParam,
} from './connector';
import { classifyEngineError } from './engine-failure';
import { inlineParams } from './sql';
import { startWorker } from './worker-watch';

// The multi-threaded (coi) bundle is slower to start on these machines and breaks registerFileHandle.
const bundles: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Called once, when the engine can no longer be used. */
export type OnEngineLost = (error: EngineLostError) => void;

/**
 * What every call into the worker goes through. Once the engine is lost, calls fail at once with EngineLostError
 * (and calls already waiting are released with it: a dead worker never answers, and DuckDB-wasm forgets pending
 * requests without settling them). Errors that mean the wasm instance is broken end the engine.
 */
class Lifeline {
  lost: EngineLostError | null = null;
  private readonly gone: Promise<never>;
  private release: (error: EngineLostError) => void = () => undefined;

  constructor(
    private readonly db: AsyncDuckDB,
    private readonly probe: () => Promise<unknown>,
    private readonly onLost: OnEngineLost,
  ) {
    this.gone = new Promise<never>((_, reject) => {
      this.release = reject;
    });
    // Nobody may be waiting when it settles.
    this.gone.catch(() => undefined);
  }

  end(reason: string, cause?: unknown): void {
    if (this.lost) return;
    this.lost = new EngineLostError(reason, { cause });
    this.release(this.lost);
    // A crashed instance still holds its memory: free it. Harmless for a worker that has already gone.
    void this.db.terminate();
    this.onLost(this.lost);
  }

  async call<T>(work: () => Promise<T>): Promise<T> {
    if (this.lost) throw this.lost;
    try {
      return await Promise.race([work(), this.gone]);
    } catch (error) {
      if (this.lost) throw this.lost;
      await this.judge(error);
      throw error;
    }
  }

  /** Cleanup after a statement (closing a statement or connection): skipped once the engine is gone. */
  async tidy(work: () => Promise<unknown>): Promise<void> {
    if (this.lost) return;
    await this.call(work).catch(() => undefined);
  }

  private async judge(error: unknown): Promise<void> {
    const failure = classifyEngineError(error);
    if (failure === 'fatal') this.end(error instanceof Error ? error.message : String(error), error);
    if (failure === 'suspect') {
      // DuckDB refused memory for one statement; the engine is only lost if it no longer answers at all.
      const answered = await Promise.race([
        this.probe().then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]);
      if (!answered && !this.lost) this.end(error instanceof Error ? error.message : String(error), error);
    }
    if (this.lost) throw this.lost;
  }
}

async function runQuery<T extends Row>(
  life: Lifeline,
  conn: AsyncDuckDBConnection,
  text: string,
  params: readonly SqlParam[],
): Promise<T[]> {
  try {
    // One message to the worker rather than prepare, run and close (see inlineParams).
    const statement = inlineParams(text, params);
    return arrowToRows<T>(await life.call(() => conn.query(statement)));
  } catch (error) {
    if (error instanceof EngineLostError) throw error;
    throw new QueryError(text, error);
  }
}

class BrowserSession implements Session {
  constructor(
    private readonly life: Lifeline,
    private readonly conn: AsyncDuckDBConnection,
  ) {}

  query<T extends Row = Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return runQuery<T>(this.life, this.conn, text, params);
  }

  async exec(text: string): Promise<void> {
    try {
      // Sent as a pending query that the worker runs in slices, so that cancel() can stop it between slices.
      await this.life.call(async () => {
        const reader = await this.conn.send(text);
        for await (const batch of reader) void batch;
      });
    } catch (error) {
      if (error instanceof EngineLostError) throw error;
      throw new QueryError(text, error);
    }
  }

  async cancel(): Promise<void> {
    await this.life.tidy(() => this.conn.cancelSent());
  }
}

class BrowserConnector implements Connector {
  constructor(
    private readonly life: Lifeline,
    private readonly db: AsyncDuckDB,
    private readonly conn: AsyncDuckDBConnection,
    private readonly unoptimized: Promise<AsyncDuckDBConnection>,
  ) {}

  query<T extends Row = Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return runQuery<T>(this.life, this.conn, text, params);
  }

  queryUnoptimized<T extends Row = Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return this.unoptimized.then((conn) => runQuery<T>(this.life, conn, text, params));
  }

  async exec(text: string): Promise<void> {
    try {
      await this.life.call(() => this.conn.query(text));
    } catch (error) {
      if (error instanceof EngineLostError) throw error;
      throw new QueryError(text, error);
    }
  }

  async registerFile(name: string, bytes: Uint8Array): Promise<void> {
    // registerFileBuffer transfers (detaches) the buffer it is given: hand it a copy it may keep.
    await this.life.call(() => this.db.registerFileBuffer(name, bytes.slice()));
  }

  async registerFileHandle(name: string, file: Blob): Promise<void> {
    // The worker reads slices of the file with a FileReader as DuckDB scans it: no copy of the whole file.
    await this.life.call(() =>
      this.db.registerFileHandle(name, file, DuckDBDataProtocol.BROWSER_FILEREADER, true),
    );
  }

  async dropFile(name: string): Promise<void> {
    await this.life.call(() => this.db.dropFile(name));
  }

  async withSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const conn = await this.life.call(() => this.db.connect());
    try {
      return await work(new BrowserSession(this.life, conn));
    } finally {
      await this.life.tidy(() => conn.close());
    }
  }
}

/**
 * Starts DuckDB in a worker of its own. `onLost` is told, once, if that engine stops working: its worker died,
 * or its wasm instance crashed; every call on the connector then fails with EngineLostError.
 */
export async function startBrowserConnector(onLost: OnEngineLost): Promise<Connector> {
  const bundle = await selectBundle(bundles);
  if (!bundle.mainWorker) throw new Error('No DuckDB worker bundle for this browser');
  const worker = startWorker(bundle.mainWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker.worker);
  let life: Lifeline | null = null;
  // A worker that dies while starting would leave instantiate() waiting forever.
  const diedStarting = new Promise<never>((_, reject) =>
    worker.onDeath((reason) => (life ? life.end(reason) : reject(new EngineLostError(reason)))),
  );
  diedStarting.catch(() => undefined);
  const starting = async () => {
    // A worker resolves a relative URL against its own (blob:) address: give it an absolute one.
    await db.instantiate(new URL(bundle.mainModule, document.baseURI).href, bundle.pthreadWorker);
    const conn = await db.connect();
    // Extensions would be fetched from a CDN: data never leaves the device, so none may load on demand.
    await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
    return conn;
  };
  const conn = await Promise.race([starting(), diedStarting]).catch(async (error: unknown) => {
    await db.terminate();
    throw error;
  });
  life = new Lifeline(db, () => conn.query('SELECT 1'), onLost);
  await worker.watch();
  // Not waited for: the engine counts as ready two round trips to the worker sooner, and the analyses that use this
  // connection load their tables first anyway.
  const unoptimized = life.call(async () => {
    const opened = await db.connect();
    await opened.query('PRAGMA disable_optimizer');
    return opened;
  });
  unoptimized.catch(() => undefined);
  return new BrowserConnector(life, db, conn, unoptimized);
}
