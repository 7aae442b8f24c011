import { describe, expect, it } from 'vitest';
import { figure, waitForChart, waitForDrawn } from './support/figures';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';

// A phone held upright: DESIGN.md asks for 320 px to work.
const browser = withBrowserSession({ width: 320, height: 800 });

describe('#/technologies at 320 px wide', () => {
  it('keeps the page within the screen; heat maps scroll inside their figure with their labels in view', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/technologies'));
    await page.getByText('Showing 240 of 240 technologies.').waitFor();
    await page.locator('.technologies-page[data-updating="false"]').waitFor();
    await waitForDrawn(page);
    await waitForChart(page, 'Spread by ICB and type');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Bars keep room beside their labels.
    const bar = figure(page, 'AI technologies by type')
      .locator('g[role="button"] .selectable-bar-value')
      .first();
    expect((await bar.boundingBox())!.width).toBeGreaterThan(60);

    const icb = figure(page, 'Spread by ICB and type');
    const box = (await icb.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    const map = icb.locator('.heat-map');
    const sizes = await map.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);

    // Focusing a cell off to the right scrolls it into view; the ICB names stay put beside it.
    const label = icb.locator('.heat-map-row-label').first();
    const labelLeft = (await label.boundingBox())!.x;
    const cell = icb.getByRole('button', { name: /^Lancashire and South Cumbria \(QE1\), Other:/ });
    await cell.focus();
    expect(await map.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await label.boundingBox())!.x).toBeCloseTo(labelLeft, 0);
    const cellBox = (await cell.boundingBox())!;
    expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(320);
    await page.keyboard.press('Enter');
    await page.waitForURL(/icb=QE1/);
    expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).getAll('type')).toEqual(['Other']);
    await page.locator('.technologies-page[data-updating="false"]').waitFor();
    await waitForDrawn(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(browser());
  }, 180_000);
});
