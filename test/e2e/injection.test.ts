import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BadFile } from '../fixtures/upload-files';
import { byFirstCell, figure, readFigureTable } from './support/figures';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';
import { chooseFiles, reportOn } from './support/uploads';

/**
 * DESIGN.md section 5, security: uploaded text is never interpreted as HTML or SQL, and exported CSV cells that
 * begin with =, +, -, @, tab or carriage return are neutralised. A hostile CSV goes in through #/data, and
 * every place that shows or exports its text is checked; the workbench refuses every kind of write.
 */
const browser = withBrowserSession();
const dialogs: string[] = [];

const HEADER = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  "'); DROP TABLE icbs; --",
  '"; SELECT 1; --',
  '=HYPERLINK("http://example.com","x")',
  'n',
];
const ROWS = [
  [
    '<img src=x onerror=alert(3)>',
    '<script>alert(4)</script>',
    "'); DROP TABLE icbs; --",
    '"; SELECT 1; --',
    '=HYPERLINK("http://example.com","y")',
    '1',
  ],
  ['+1', '-1', '@SUM(A1)', '\tTAB', '\rCR', '2'],
];
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
const hostile: BadFile = {
  name: '<img src=x onerror=alert(5)>.csv',
  bytes: new TextEncoder().encode(
    [HEADER, ...ROWS].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n',
  ),
};
// The file name made safe as a table name (exploreTableName).
const TABLE = 'img_src_x_onerror_alert_5';

/** The cells of a table once it has drawn a body row (the profile and results render after their query). */
async function cellsOf(page: Page, tableName: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: tableName });
  await table.locator('tbody tr').first().waitFor();
  return table
    .locator('tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')));
}

/**
 * Runs a workbench query and waits for its own outcome (a result or an alert), told apart from the last query's
 * by its text: every query here has a different outcome.
 */
async function runQuery(page: Page, text: string): Promise<void> {
  const OUTCOME = '.workbench-result, form + [role="alert"]';
  const outcomeText = () =>
    page.evaluate(
      (selector) => Array.from(document.querySelectorAll(selector), (el) => el.textContent).join('|'),
      OUTCOME,
    );
  const previous = await outcomeText();
  await page.getByLabel('Query', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Run query' }).click();
  await page.waitForFunction(
    ([selector, before]) => {
      const now = Array.from(document.querySelectorAll(selector!), (el) => el.textContent).join('|');
      return now !== '' && now !== before;
    },
    [OUTCOME, previous],
  );
}

async function downloaded(page: Page, button: () => Promise<void>): Promise<string[][]> {
  const [file] = await Promise.all([page.waitForEvent('download'), button()]);
  const parsed = Papa.parse<string[]>(readFileSync((await file.path())!, 'utf8'), { skipEmptyLines: true });
  return parsed.data;
}

/** Nothing the page holds was made from the upload's markup: no image, script, frame or inline handler. */
const injectedElements = (page: Page) =>
  page.evaluate(
    () => document.querySelectorAll('body img, body script, body iframe, [onerror], [onload]').length,
  );

describe('a CSV full of HTML, SQL and formulas (#/data)', () => {
  it('loads as a table of its own and shows every name and value as text', async () => {
    const { page } = browser();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(appUrl('#/data'));
    await chooseFiles(page, hostile);
    const status = await reportOn(page, hostile.name, 'status');
    expect(await status.innerText()).toContain(
      `${hostile.name} loaded as a table of its own, ${TABLE}: 2 rows.`,
    );

    const profile = await cellsOf(page, `Columns of ${TABLE}`);
    expect(profile.slice(1).map((row) => row.slice(0, 2))).toEqual(
      HEADER.map((name) => [name, name === 'n' ? 'BIGINT' : 'VARCHAR']),
    );
    // Smallest and largest values, exactly as uploaded (tab and carriage return included).
    const ranges = byFirstCell(profile.slice(1));
    expect(ranges.get(HEADER[0]!)?.slice(-2)).toEqual(['+1', ROWS[0]![0]]);
    expect(ranges.get(HEADER[3]!)?.slice(-2)).toEqual(['\tTAB', ROWS[0]![3]]);
    expect(ranges.get(HEADER[4]!)?.slice(-2)).toEqual(['\rCR', ROWS[0]![4]]);
    // The chart picker lists the names as option text; the histogram's title carries one as text.
    expect(await page.getByLabel('Column to chart').locator('option').allTextContents()).toEqual(
      HEADER.map((name) => `${name} (${name === 'n' ? 'BIGINT' : 'VARCHAR'})`),
    );
    await figure(page, `${TABLE}: most common values of ${HEADER[0]}`).waitFor();
    expect(await injectedElements(page)).toBe(0);
    await expectNoAxeViolations(browser());
  });

  it('queries it in the workbench as text, and its CSV exports neutralise formulas', async () => {
    const { page } = browser();
    await runQuery(page, `SELECT * FROM ${TABLE} ORDER BY n`);
    const result = await cellsOf(page, 'Query result');
    expect(result).toEqual([HEADER, ...ROWS]);
    // A column whose name is SQL is only ever a quoted name.
    await runQuery(page, `SELECT "${HEADER[2]}" AS v, count(*) AS c FROM ${TABLE} GROUP BY 1 ORDER BY 1`);
    expect(await cellsOf(page, 'Query result')).toEqual([
      ['v', 'c'],
      [ROWS[0]![2], '1'],
      [ROWS[1]![2], '1'],
    ]);

    await runQuery(page, `SELECT * FROM ${TABLE} ORDER BY n`);
    const csv = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download result (CSV)' }).click(),
    );
    const neutral = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
    expect(csv[0]).toEqual(HEADER.map(neutral));
    expect(csv[0]![4]).toBe(`'=HYPERLINK("http://example.com","x")`);
    expect(csv[2]).toEqual(["'+1", "'-1", "'@SUM(A1)", "'\tTAB", "'\rCR", '2']);
    expect(csv.slice(1)).toEqual(ROWS.map((row) => row.map(neutral)));

    // The chart frame's own export (the quick chart of the result) neutralises its text cells too.
    const quick = figure(page, `Quick chart: n by ${HEADER[0]}`);
    const chartCsv = await downloaded(page, () =>
      quick.getByRole('button', { name: 'Download CSV' }).click(),
    );
    expect(chartCsv).toEqual([
      [HEADER[0], 'n'],
      [ROWS[0]![0], '1'],
      ["'+1", '2'],
    ]);
    expect(await injectedElements(page)).toBe(0);
  });

  it.each([
    ['DROP TABLE icbs', /not DROP/],
    ['CREATE TABLE x AS SELECT 1 AS a', /not CREATE/],
    ["COPY icbs TO 'icbs-copy.csv'", /not COPY/],
    ["ATTACH 'other.db' AS other", /not ATTACH/],
    ['INSTALL httpfs', /not INSTALL/],
    ['SELECT 1; DROP TABLE icbs', /one statement at a time/],
    ['WITH gone AS (DELETE FROM icbs RETURNING *) SELECT * FROM gone', /contains DELETE/],
    // Reads that would leave the device: the session fails the file if any request leaves the origin.
    ["SELECT * FROM read_csv('https://example.com/x.csv')", /never opens addresses/],
    ["SELECT * FROM read_csv('https:' || '//example.com/x.csv')", /not files or SQL text/],
  ])('refuses %s with a message', async (text, message) => {
    const { page } = browser();
    await runQuery(page, text);
    const alert = page.locator('form + [role="alert"]');
    expect(await alert.innerText()).toMatch(message);
    expect(await page.locator('.workbench-result').count()).toBe(0);
  });

  it('leaves the bundled tables as they were, and no dialog ever opened', async () => {
    const { page } = browser();
    await runQuery(
      page,
      `SELECT (SELECT count(*) FROM icbs) AS icbs, (SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('x', 'other')) AS made`,
    );
    expect(await cellsOf(page, 'Query result')).toEqual([
      ['icbs', 'made'],
      ['42', '0'],
    ]);
    expect(byFirstCell((await readFigureTable(page, 'Rows per table')).rows).get('icbs')).toEqual(['42']);
    await page.goto(appUrl('#/technologies'));
    const types = byFirstCell((await readFigureTable(page, 'AI technologies by type')).rows);
    expect(types.get('Diagnostic')).toEqual(['82', '34%']);
    // The region chart joins technologies to icbs: all seven regions are still there.
    const regions = (await readFigureTable(page, 'Spread by NHS region and type')).rows.map((r) => r[0]);
    expect(new Set(regions).size).toBe(7);
    expect(dialogs).toEqual([]);
  });
});
