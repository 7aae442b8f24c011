import { describe, expect, it } from 'vitest';
import { readFigureTable } from './support/figures';
import { appUrl, withBrowserSession } from './support/session';

const browser = withBrowserSession();
const CARE = 'Technologies ready within a year, by point of care';

describe('first paint from build-time results', () => {
  it('draws the board before DuckDB starts, and DuckDB then computes exactly the same numbers', async () => {
    const { page } = browser();
    // Hold DuckDB's wasm download so the engine cannot be ready: what is drawn comes from the build.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/duckdb-(eh|mvp)-.*\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(appUrl('#/'));
    const frame = page.getByRole('figure', { name: CARE });
    await frame.and(page.locator('[data-source="build"]')).waitFor();
    const fromBuild = await readFigureTable(page, CARE);
    const headlinesFromBuild = await page.locator('.headline-value').allInnerTexts();
    expect(await page.evaluate(() => performance.getEntriesByName('duckdb-ready').length)).toBe(0);

    release();
    await frame.and(page.locator('[data-source="live"]')).waitFor({ timeout: 30_000 });
    expect(await readFigureTable(page, CARE)).toEqual(fromBuild);
    expect(await page.locator('.headline-value').allInnerTexts()).toEqual(headlinesFromBuild);
    expect(fromBuild.rows.length).toBeGreaterThan(0);
    await page.unroute(/duckdb-(eh|mvp)-.*\.wasm$/);
  });
});
