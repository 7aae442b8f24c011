import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

/** Where builds go by default; a separate `outDir` lets several test runs build at once without clashing. */
export const DEFAULT_OUT_DIR = path.join(ROOT, 'dist');

export function buildApp(outDir = DEFAULT_OUT_DIR): void {
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    // Build output goes to stderr so that a script's stdout (the benchmark's JSON) stays clean.
    stdio: ['ignore', 2, 2],
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface PreviewServer {
  readonly url: string;
  stop(): void;
}

/** Serves the production build with `vite preview` as its own process group, so stopping it ends it all. */
export async function startPreview(outDir = DEFAULT_OUT_DIR): Promise<PreviewServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer at ${url} within 30 s`);
}
