import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { noFilters } from '../support/technologies-expected';
import { figure } from './support/figures';
import { withBrowserSession } from './support/session';
import {
  expectEveryTable,
  openRoadmapDatabase,
  openTab,
  queriesRun,
  settle,
} from './support/technologies-page';

const browser = withBrowserSession();

let db: Connector;
beforeAll(async () => {
  db = await openRoadmapDatabase();
});

/** Waits until no analysis query has started or ended for a while: whatever was computed ahead is done. */
async function quiet(page: Page): Promise<void> {
  let last = -1;
  for (;;) {
    const now = await queriesRun(page);
    if (now === last && (await page.locator('.technologies-page[data-updating="false"]').count()) === 1)
      return;
    last = now;
    await page.waitForTimeout(500);
  }
}

describe('pointing at a bar before clicking it', () => {
  it('computes the view it leads to, so the click runs no query and shows the same numbers', async () => {
    const page = await openTab(browser(), '#/technologies');
    await settle(db, page, noFilters());
    await quiet(page);

    const bar = figure(page, 'AI technologies by type').getByRole('button', { name: /^Diagnostic:/ });
    await bar.hover();
    await quiet(page);
    const afterHover = await queriesRun(page);
    await bar.click();
    await page.waitForURL(/type=Diagnostic/);
    await settle(db, page, { ...noFilters(), type: ['Diagnostic'] });
    // Every chart, the profile and the list of the new view were computed while the pointer rested on the bar.
    expect(await queriesRun(page)).toBe(afterHover);
    await expectEveryTable(db, page, { ...noFilters(), type: ['Diagnostic'] });

    // From the keyboard: focus resting on a heat-map cell does the same for Enter.
    const cell = figure(page, 'Spread by NHS region and type').getByRole('button', {
      name: /^London, Diagnostic:/,
    });
    await cell.focus();
    await quiet(page);
    const afterFocus = await queriesRun(page);
    await page.keyboard.press('Enter');
    await page.waitForURL(/region=London/);
    const chosen = { ...noFilters(), type: ['Diagnostic'], region: ['London'] };
    await settle(db, page, chosen);
    expect(await queriesRun(page)).toBe(afterFocus);
    await expectEveryTable(db, page, chosen);
    await page.close();
  });

  it('computes nothing for a pointer that only passes over the bars', async () => {
    const page = await openTab(browser(), '#/technologies');
    await settle(db, page, noFilters());
    await quiet(page);
    const before = await queriesRun(page);
    const bars = figure(page, 'AI technologies by type').locator('g.selectable-bar');
    expect(await bars.count()).toBeGreaterThan(2);
    // Over every bar, 30 ms on each, then away: shorter than a pointer must rest to count as intent. The moves
    // are timers in the page, which fire in order however busy the machine is, so the test does not race.
    await bars.evaluateAll(
      (gs) =>
        new Promise<void>((resolve) => {
          const over = (i: number) => {
            const g = gs[i];
            if (!g) {
              gs.at(-1)?.dispatchEvent(
                new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body }),
              );
              resolve();
              return;
            }
            g.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
            g.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
            setTimeout(() => over(i + 1), 30);
          };
          over(0);
        }),
    );
    await page.waitForTimeout(1000);
    expect(await queriesRun(page)).toBe(before);
    await page.close();
  });
});
