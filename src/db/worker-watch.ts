/**
 * DuckDB's worker, started so that the page learns when it dies.
 *
 * A worker that ends (closed, terminated, or killed with its wasm instance) tells the page nothing, and DuckDB-wasm
 * would wait for its answers forever. So the worker holds a Web Lock of its own for as long as it lives: the
 * browser releases a lock when its holder goes away, and the page, queued for the same lock, is then granted it.
 * That is an event, not a poll, and it cannot mistake a long-running statement for a dead worker. The worker is
 * a small blob script that takes the lock and then loads DuckDB's own worker from the app's origin; it is named
 * "duckdb" so that developer tools (and the end-to-end tests) can tell it from the upload sniffing worker.
 */
export interface WatchedWorker {
  readonly worker: Worker;
  /** `listener` is called once when the worker dies (or reports an uncaught error), with a reason. */
  onDeath(listener: (reason: string) => void): void;
  /** Starts waiting for the worker's lock; call once the worker has started (it then holds its lock). */
  watch(): Promise<void>;
}

const hasLocks = () => typeof navigator !== 'undefined' && 'locks' in navigator;

export function startWorker(scriptUrl: string): WatchedWorker {
  const lockName = `workforce-readiness:duckdb-worker:${crypto.randomUUID()}`;
  const absolute = new URL(scriptUrl, document.baseURI).href;
  const source =
    // Held until the worker ends; `navigator.locks` is missing in old browsers, which then go unwatched.
    `if (self.navigator.locks) self.navigator.locks.request(${JSON.stringify(lockName)}, () => new Promise(() => {}));\n` +
    // DuckDB's worker wraps the wasm download in a TransformStream to report progress (unused here), which hands
    // the compiler a Response of its own making: one with no URL, so Chrome can neither read nor keep the code
    // it compiles for the file in its cache, and every visit compiles 34 MB of wasm again. Without
    // TransformStream the worker compiles the fetched Response itself (and says so with a console warning).
    `delete self.TransformStream;\n` +
    `importScripts(${JSON.stringify(absolute)});\n`;
  const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl, { name: 'duckdb' });
  // The worker has read its script once it answers; the address is then no longer needed.
  setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);

  const listeners: ((reason: string) => void)[] = [];
  let dead = false;
  const die = (reason: string) => {
    if (dead) return;
    dead = true;
    for (const listener of listeners) listener(reason);
  };
  worker.addEventListener('error', (event) =>
    die(event.message ? `its worker failed (${event.message})` : 'its worker failed'),
  );

  return {
    worker,
    onDeath: (listener) => void listeners.push(listener),
    async watch() {
      if (!hasLocks()) return;
      // Only wait if the worker really holds its lock; else the page would be granted it at once.
      const held = (await navigator.locks.query()).held?.some((lock) => lock.name === lockName);
      if (!held) return;
      void navigator.locks.request(lockName, () => die('its worker stopped'));
    },
  };
}
