import { statSync } from 'node:fs';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * `vite preview` (the server `npm start` runs) has every file revalidated on every visit. The files under
 * assets/ have content hashes in their names, so they are served as immutable: a returning visitor's browser
 * then uses its copies without asking, and with them the machine code Chrome compiled from DuckDB's 34 MB wasm
 * on the last visit, which it keeps beside the cached file, rather than compiling it all again (numbers in the
 * README's performance section). A path under assets/ that names no file gets the usual answer, uncached.
 */
export function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      const dist = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (namesBuiltAsset(dist, req.url)) cacheForever(res);
        next();
      });
    },
  };
}

/** Whether `url` names a file under dist/assets/ (not a directory, nothing outside dist). */
function namesBuiltAsset(dist: string, url = '/'): boolean {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://preview').pathname);
  } catch {
    return false; // Malformed escapes: the static handler answers as it would.
  }
  const file = path.join(dist, pathname);
  return (
    pathname.startsWith('/assets/') &&
    file.startsWith(dist + path.sep) &&
    statSync(file, { throwIfNoEntry: false })?.isFile() === true
  );
}

/** Preview's static handler passes `Cache-Control: no-cache` to writeHead itself, so it is replaced there. */
function cacheForever(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (
    status: number,
    headers?: OutgoingHttpHeaders,
  ) => ServerResponse;
  res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) =>
    writeHead(status, { ...headers, 'Cache-Control': IMMUTABLE })) as ServerResponse['writeHead'];
}
