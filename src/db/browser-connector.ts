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
import { QueryError, type Connector, type Row, type Session, type SqlParam } from './connector';

// The multi-threaded (coi) bundle is slower to start on these machines and breaks registerFileHandle.
const bundles: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

async function runQuery<T extends Row>(
  conn: AsyncDuckDBConnection,
  text: string,
  params: readonly SqlParam[],
): Promise<T[]> {
  try {
    if (params.length === 0) return arrowToRows<T>(await conn.query(text));
    const statement = await conn.prepare(text);
    try {
      return arrowToRows<T>(await statement.query(...params));
    } finally {
      await statement.close();
    }
  } catch (error) {
    throw new QueryError(text, error);
  }
}

class BrowserSession implements Session {
  constructor(private readonly conn: AsyncDuckDBConnection) {}

  query<T extends Row = Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return runQuery<T>(this.conn, text, params);
  }

  async exec(text: string): Promise<void> {
    try {
      // Sent as a pending query that the worker runs in slices, so that cancel() can stop it between slices.
      const reader = await this.conn.send(text);
      for await (const batch of reader) void batch;
    } catch (error) {
      throw new QueryError(text, error);
    }
  }

  async cancel(): Promise<void> {
    await this.conn.cancelSent();
  }
}

class BrowserConnector implements Connector {
  constructor(
    private readonly db: AsyncDuckDB,
    private readonly conn: AsyncDuckDBConnection,
  ) {}

  query<T extends Row = Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return runQuery<T>(this.conn, text, params);
  }

  async exec(text: string): Promise<void> {
    try {
      await this.conn.query(text);
    } catch (error) {
      throw new QueryError(text, error);
    }
  }

  async registerFile(name: string, bytes: Uint8Array): Promise<void> {
    // registerFileBuffer transfers (detaches) the buffer it is given: hand it a copy it may keep.
    await this.db.registerFileBuffer(name, bytes.slice());
  }

  async registerFileHandle(name: string, file: Blob): Promise<void> {
    // The worker reads slices of the file with a FileReader as DuckDB scans it: no copy of the whole file.
    await this.db.registerFileHandle(name, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
  }

  async dropFile(name: string): Promise<void> {
    await this.db.dropFile(name);
  }

  async withSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const conn = await this.db.connect();
    try {
      return await work(new BrowserSession(conn));
    } finally {
      await conn.close();
    }
  }
}

export async function startBrowserConnector(): Promise<Connector> {
  const bundle = await selectBundle(bundles);
  if (!bundle.mainWorker) throw new Error('No DuckDB worker bundle for this browser');
  const worker = new Worker(bundle.mainWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  // Extensions would be fetched from a CDN: data never leaves the device, so none may load on demand.
  await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  return new BrowserConnector(db, conn);
}
