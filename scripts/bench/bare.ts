// The benchmark's reference: a page that does nothing but start DuckDB-wasm the way the app does (same
// bundles, same worker) and marks when it is connected. Given a CSV in its file input, it loads it the bare
// way (registerFileHandle, then read_csv with the catalogue's explicit types, no checks) as the upload reference.
import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger, selectBundle } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableSchema } from '../../src/data/catalogue';
import { readCsvSql } from '../../src/data/load-csv';

const bundle = await selectBundle({
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
});
const db = new AsyncDuckDB(new VoidLogger(), new Worker(bundle.mainWorker!));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
const conn = await db.connect();
performance.mark('duckdb-ready');

const input = document.querySelector<HTMLInputElement>('#csv');
input?.addEventListener('change', () => {
  const file = input.files?.[0];
  if (!file) return;
  void (async () => {
    await db.registerFileHandle('bench.csv', file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    await conn.query(
      `CREATE OR REPLACE TABLE t AS ${readCsvSql(tableSchema('capability_assessments'), 'bench.csv')}`,
    );
    performance.mark('bare-csv-loaded');
  })();
});
