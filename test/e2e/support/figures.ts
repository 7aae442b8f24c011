import type { Locator, Page } from 'playwright-core';

/** The chart whose accessible name (its figcaption) is `title`. */
export function figure(page: Page, title: string | RegExp): Locator {
  return page.getByRole('figure', { name: title });
}

/**
 * Waits until the figure has drawn real numbers, the latest it was given (a figure off screen draws them just
 * after the ones on screen).
 */
export async function waitForChart(page: Page, title: string | RegExp): Promise<Locator> {
  const frame = figure(page, title);
  await frame.and(page.locator('[data-state="ready"][data-drawn="current"]')).waitFor();
  return frame;
}

/** Waits until nothing on the page is loading or still drawing its latest numbers. */
export async function waitForDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('main [aria-busy="true"]').length === 0);
}

/** Opens the figure's data table and reads it: header texts, then one array of cell texts per row. */
export async function readFigureTable(
  page: Page,
  title: string | RegExp,
): Promise<{ header: string[]; rows: string[][] }> {
  const frame = await waitForChart(page, title);
  const toggle = frame.getByRole('button', { name: 'Show table' });
  if (await toggle.isVisible()) await toggle.click();
  const table = frame.getByRole('table');
  await table.waitFor();
  const header = await table.locator('thead th').allInnerTexts();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => (cell as HTMLElement).innerText.trim())),
    );
  return { header: header.map((h) => h.trim()), rows };
}

/** Rows keyed by their first cell. */
export function byFirstCell(rows: string[][]): Map<string, string[]> {
  return new Map(rows.map((row) => [row[0] ?? '', row.slice(1)]));
}
