import { createRequire } from 'node:module';
import path from 'node:path';
import {
  createDuckDB,
  NODE_RUNTIME,
  VoidLogger,
  type DuckDBBindings,
  type DuckDBConnection,
} from '@duckdb/duckdb-wasm/blocking';
import { arrowToRows } from './arrow-rows';
import { inlineParams } from './sql';
import { QueryError, type Connector, type Row, type Session, type SqlParam } from './connector';

function runner(conn: DuckDBConnection) {
  return {
    query<T extends Row = Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
      try {
        // The statement the browser sends, so tests and build-time results run exactly the browser's SQL.
        return Promise.resolve(arrowToRows<T>(conn.query(inlineParams(text, params))));
      } catch (error) {
        return Promise.reject(new QueryError(text, error));
      }
    },
    exec(text: string): Promise<void> {
      try {
        conn.query(text);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(new QueryError(text, error));
      }
    },
  };
}

/**
 * DuckDB-wasm in Node, through the same Connector as the browser: integration tests and build scripts run the
 * app's own SQL on the same engine build the browser runs.
 */
export async function startNodeConnector(): Promise<Connector> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const db: DuckDBBindings = await createDuckDB(
    {
      mvp: {
        mainModule: path.join(dist, 'duckdb-mvp.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: path.join(dist, 'duckdb-eh.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => undefined);
  const conn = db.connect();
  // As in the browser: no extension is ever fetched on demand (it would hang without a network).
  conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  const unoptimized = db.connect();
  unoptimized.query('PRAGMA disable_optimizer');

  return {
    ...runner(conn),
    queryUnoptimized: runner(unoptimized).query,
    registerFile(name: string, bytes: Uint8Array): Promise<void> {
      db.registerFileBuffer(name, bytes.slice());
      return Promise.resolve();
    },
    async registerFileHandle(name: string, file: Blob): Promise<void> {
      // Node has no FileReader protocol: the bytes are copied in, which is fine for tests and scripts.
      db.registerFileBuffer(name, new Uint8Array(await file.arrayBuffer()));
    },
    dropFile(name: string): Promise<void> {
      db.dropFile(name);
      return Promise.resolve();
    },
    async withSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
      const session = db.connect();
      try {
        // Statements run synchronously here, so there is never one in flight to cancel.
        return await work({ ...runner(session), cancel: () => Promise.resolve() });
      } finally {
        session.close();
      }
    },
  };
}
