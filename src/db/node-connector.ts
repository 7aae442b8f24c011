import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { arrowToRows } from './arrow-rows';
import { QueryError, type Connector, type Row, type SqlParam } from './connector';

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

  return {
    query<T extends Row = Row>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
      try {
        if (params.length === 0) return Promise.resolve(arrowToRows<T>(conn.query(text)));
        const statement = conn.prepare(text);
        try {
          return Promise.resolve(arrowToRows<T>(statement.query(...params)));
        } finally {
          statement.close();
        }
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
    registerFile(name: string, bytes: Uint8Array): Promise<void> {
      db.registerFileBuffer(name, bytes.slice());
      return Promise.resolve();
    },
    dropFile(name: string): Promise<void> {
      db.dropFile(name);
      return Promise.resolve();
    },
  };
}
