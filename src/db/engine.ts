import { EngineLostError, type Connector } from './connector';

/**
 * The browser's single DuckDB engine. The engine's code is loaded on demand so that it does not delay the first
 * paint; `startEngine()` is called as early as possible so the wasm downloads in parallel.
 *
 * If the engine is lost (its worker died, or its wasm instance crashed, for example out of memory), it is
 * replaced by a fresh one: a new Connector, so everything keyed by connector (the tables loaded into it, see
 * relations.ts) starts again and is reloaded on first use, saved uploads included. Each engine is a generation.
 * A second loss soon after a restart is not restarted automatically (the same query would likely crash it
 * again): the engine is then stopped until the analyst asks for a restart.
 */
export type EngineState = 'running' | 'restarting' | 'stopped';

export interface EngineStatus {
  readonly state: EngineState;
  /** 1 for the first engine of this page, then one more per restart. */
  readonly generation: number;
  /** Why the last engine was lost, in words from the engine. */
  readonly lostBecause: string | null;
}

/** Within this time of a restart, a further loss stops the engine instead of restarting it again. */
const CALM_MS = 60_000;

let engine: Promise<Connector> | null = null;
let ready = false;
let status: EngineStatus = { state: 'running', generation: 0, lostBecause: null };
let lastRestart = -Infinity;
const listeners = new Set<() => void>();

function publish(next: EngineStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

/** Whether an engine has been ready at least once (the build-time results are no longer needed). */
export const isEngineReady = (): boolean => ready;

export function engineStatus(): EngineStatus {
  return status;
}

export function subscribeToEngine(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lost(generation: number, error: EngineLostError): void {
  if (generation !== status.generation || status.state !== 'running') return;
  // Said as a warning: the page handles it, and it is the engine, not the page, that failed.
  console.warn(error.message);
  engine = null;
  const calm = performance.now() - lastRestart > CALM_MS;
  publish({ state: calm ? 'restarting' : 'stopped', generation, lostBecause: error.message });
  if (calm) void restartEngine().catch(() => undefined);
}

export function startEngine(): Promise<Connector> {
  if (status.state === 'stopped')
    return Promise.reject(new EngineLostError(status.lostBecause ?? 'it was stopped'));
  if (engine) return engine;
  const generation = status.generation + 1;
  status = { ...status, generation };
  engine = import('./browser-connector')
    .then((m) => m.startBrowserConnector((error) => lost(generation, error)))
    .then((connector) => {
      if (!ready) performance.mark('duckdb-ready');
      ready = true;
      if (status.state !== 'running')
        publish({ state: 'running', generation, lostBecause: status.lostBecause });
      return connector;
    })
    .catch((error: unknown) => {
      // Let a later call try again (for example after the user fixes a blocked download).
      engine = null;
      if (status.state === 'restarting') publish({ ...status, state: 'stopped' });
      throw new Error('The database engine could not start in this browser', { cause: error });
    });
  return engine;
}

/** Starts a fresh engine after a loss (automatically once, then when the analyst asks). */
export function restartEngine(): Promise<Connector> {
  lastRestart = performance.now();
  if (status.state === 'stopped') publish({ ...status, state: 'restarting' });
  return startEngine();
}

export const getConnector = startEngine;

/**
 * Runs `work` on the engine, and once more on its replacement if the engine was lost meanwhile: a query that was
 * in flight when the worker died is answered by the new engine instead of failing for good.
 */
export async function withEngine<T>(work: (connector: Connector) => Promise<T>): Promise<T> {
  try {
    return await work(await getConnector());
  } catch (error) {
    if (!(error instanceof EngineLostError)) throw error;
    return work(await getConnector());
  }
}
