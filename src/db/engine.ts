import type { Connector } from './connector';

/**
 * The browser's single DuckDB engine, started once. The engine's code is loaded on demand so that it does not
 * delay the first paint; `startEngine()` is called as early as possible so the wasm downloads in parallel.
 */
let engine: Promise<Connector> | null = null;
let ready = false;

export const isEngineReady = (): boolean => ready;

export function startEngine(): Promise<Connector> {
  engine ??= import('./browser-connector')
    .then((m) => m.startBrowserConnector())
    .then((connector) => {
      performance.mark('duckdb-ready');
      ready = true;
      return connector;
    })
    .catch((error: unknown) => {
      // Let a later call try again (for example after the user fixes a blocked download).
      engine = null;
      throw new Error('The database engine could not start in this browser', { cause: error });
    });
  return engine;
}

export const getConnector = startEngine;
