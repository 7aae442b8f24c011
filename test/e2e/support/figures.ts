import type { Locator, Page } from 'playwright-core';

/** The chart whose accessible name (its figcaption) is `title`. */
export function figure(page: Page, title: string | RegExp): Locator {
  return page.getByRole('figure', { name: title });
}

/** Waits until the figure has drawn real numbers. */
export async function waitForChart(page: Page, title: string | RegExp): Promise<Locator> {
  const frame = figure(page, title);
  await frame.and(page.locator('[data-state="ready"]')).waitFor();
  return frame;
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
