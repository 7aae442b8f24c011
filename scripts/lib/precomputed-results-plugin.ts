import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Plugin } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MODULE_ID = 'virtual:precomputed-results';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Provides `virtual:precomputed-results`: in a build, the results computed by scripts/precompute-results.ts
 * (run with tsx in a child process, since it runs DuckDB-wasm); in the dev server, none, so every chart is
 * computed live.
 */
export function precomputedResults(): Plugin {
  let isBuild = false;
  return {
    name: 'precomputed-results',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!isBuild) return 'export default { firstPaint: {}, standing: {} };';
      const json = execFileSync(
        process.execPath,
        [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/precompute-results.ts')],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
