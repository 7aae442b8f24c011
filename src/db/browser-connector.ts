import {
  AsyncDuckDB,
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
import { QueryError, type Connector, type Row, type SqlParam } from './connector';

// The multi-threaded (coi) bundle is slower to start on these machines and breaks registerFileHandle.
const bundles: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

class BrowserConnector implements Connector {
  constructor(
    private readonly db: AsyncDuckDB,
    private readonly conn: AsyncDuckDBConnection,
  ) {}

  async query<T extends Row = Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    try {
      if (params.length === 0) return arrowToRows<T>(await this.conn.query(text));
      const statement = await this.conn.prepare(text);
      try {
        return arrowToRows<T>(await statement.query(...params));
      } finally {
        await statement.close();
      }
    } catch (error) {
      throw new QueryError(text, error);
    }
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

  async dropFile(name: string): Promise<void> {
    await this.db.dropFile(name);
  }
}

export async function startBrowserConnector(): Promise<Connector> {
  const bundle = await selectBundle(bundles);
  if (!bundle.mainWorker) throw new Error('No DuckDB worker bundle for this browser');
  const worker = new Worker(bundle.mainWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  return new BrowserConnector(db, conn);
}
