import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE } from '../../scripts/lib/immutable-assets-plugin';
import { appUrl, withBrowserSession } from './support/session';

const browser = withBrowserSession();

/**
 * The preview server `npm start` runs: the hashed files a visit loads are immutable, so a returning visitor's
 * browser reuses them, and with DuckDB's wasm the code it compiled from it; the page itself, and a path that
 * names no file, are revalidated, so a new build is seen at once.
 */
describe('caching of the built files', () => {
  it('serves the page to be revalidated and every file it loads from assets/, DuckDB wasm included, as immutable', async () => {
    const { page } = browser();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(appUrl('#/'));
    await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0);

    const document = responses.find((r) => r.request().resourceType() === 'document');
    expect(document?.headers()['cache-control']).toBe('no-cache');
    const assets = responses.filter((r) => new URL(r.url()).pathname.startsWith('/assets/'));
    const wasm = assets.filter((r) => r.url().endsWith('.wasm'));
    expect(wasm.map((r) => r.headers()['content-type'])).toEqual(['application/wasm']);
    expect(assets.length).toBeGreaterThan(wasm.length);
    for (const asset of assets) expect(asset.headers()['cache-control'], asset.url()).toBe(IMMUTABLE);

    for (const notAFile of ['assets/no-such-file.js', 'assets/'])
      expect((await page.request.get(appUrl(notAFile))).headers()['cache-control'], notAFile).not.toBe(
        IMMUTABLE,
      );
  });
});
