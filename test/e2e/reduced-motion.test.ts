import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { figure, waitForDrawn } from './support/figures';
import { appUrl, withBrowserSession } from './support/session';

/**
 * DESIGN.md section 5: the app respects reduced motion. Its charts never animate (every Recharts series has
 * isAnimationActive={false}) and its stylesheet turns off CSS animation and transitions under
 * prefers-reduced-motion, so when a filter redraws a chart, its bars are at their final size the moment the new
 * numbers are on the page. An animated bar would still be growing then (Recharts animates over 400 ms or more).
 */
const browser = withBrowserSession();
const GROUPS = /^Most affected workforce groups/;

/** The drawn width of every bar of the chart, to the tenth of a pixel. */
const barWidths = (page: Page) =>
  figure(page, GROUPS)
    .locator('.selectable-bar-value')
    .evaluateAll((bars) => bars.map((bar) => Math.round(bar.getBoundingClientRect().width * 10) / 10));

async function filteredTo(page: Page, shown: number): Promise<void> {
  await page.getByText(`Showing ${shown} of 240 technologies.`).waitFor();
  await page.locator('.technologies-page[data-updating="false"]').waitFor();
  await waitForDrawn(page);
}

describe('with prefers-reduced-motion: reduce', () => {
  it('redraws charts at their final size at once, with nothing animating', async () => {
    const { page } = browser();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await page.goto(appUrl('#/technologies'));
    await filteredTo(page, 240);
    const all = await barWidths(page);

    await figure(page, 'AI technologies by type')
      .getByRole('button', { name: /^Remote monitoring:/ })
      .focus();
    await page.keyboard.press('Enter');
    await filteredTo(page, 34);
    const first = await barWidths(page);
    // Nothing is running: no CSS animation or transition, and the bars do not move afterwards.
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.waitForTimeout(700);
    expect(await barWidths(page)).toEqual(first);
    // The chart did redraw: fewer technologies, shorter bars.
    expect(first).not.toEqual(all);
    expect(first.length).toBeGreaterThan(0);
  });
});
