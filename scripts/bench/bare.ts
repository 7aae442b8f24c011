// The benchmark's reference: a page that does nothing but start DuckDB-wasm the way the app does (same
// bundles, same worker) and marks when it is connected.
import { AsyncDuckDB, VoidLogger, selectBundle } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

const bundle = await selectBundle({
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
});
const db = new AsyncDuckDB(new VoidLogger(), new Worker(bundle.mainWorker!));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
await db.connect();
performance.mark('duckdb-ready');
