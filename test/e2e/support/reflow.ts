import type { Page } from 'playwright-core';

export interface Overflow {
  /** The page's own sideways scroll: scrollWidth beyond clientWidth, in CSS pixels. */
  readonly pageScroll: number;
  /** Headings and controls that are shown but stick out of the window (left or right), by name. */
  readonly outside: string[];
  /** How many headings and controls were checked, so a check of nothing cannot pass. */
  readonly checked: number;
}

/**
 * WCAG 1.4.10 reflow: nothing makes the page scroll sideways, and every heading and control is within the
 * window. Data tables and heat maps may scroll inside their own focusable regions, so what is inside those is
 * skipped, and so are controls drawn in a chart's SVG (a chart scales to its figure).
 */
export function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const shown = Array.from(
      document.querySelectorAll<HTMLElement>(
        'h1, h2, h3, a[href], button, select, input, textarea, [role="button"][tabindex]',
      ),
    ).filter(
      (el) =>
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden' &&
        !el.closest('.data-table, .heat-map, svg, .skip-link'),
    );
    const outside = shown
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.left < -0.5 || box.right > width + 0.5;
      })
      .map(
        (el) =>
          `${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}"`,
      );
    return { pageScroll: root.scrollWidth - width, outside, checked: shown.length };
  });
}

/** Waits until every chart on the page has finished loading. */
export async function chartsSettled(page: Page): Promise<void> {
  await page.locator('figure[data-state="ready"]').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('figure[aria-busy="true"]').length === 0);
}
