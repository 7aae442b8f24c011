import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { badFiles, improvedLatestRound, unknownCsv, type BadFile } from '../fixtures/upload-files';
import { DATASETS_DIR, load, openBundledDatabase } from '../support/bundled-database';
import { expectedArchetypes, loadAssessmentsFile } from './support/archetype-table';
import { byFirstCell, figure, readFigureTable } from './support/figures';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';
import { chooseFiles, dropFiles, problemRows, reportOn } from './support/uploads';

/**
 * Issue 7 in Chromium against the production build: a valid upload changes the capability view and says so in
 * every view; each kind of bad file gets a precise alert and changes nothing; uploads survive a reload until
 * "Restore bundled data"; any other CSV becomes a table to profile and query. The tests run in order and share
 * one browser profile (so its saved uploads).
 */
const browser = withBrowserSession();
const ARCHETYPES = 'Staff meeting their capability target, by archetype';
const int = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const improved: BadFile = {
  name: 'improved-round.csv',
  bytes: new TextEncoder().encode(improvedLatestRound()),
};
const improvedRows = improvedLatestRound().trimEnd().split('\n').length - 1;

let db: Connector;
let bundledTable: string[][];
let expectedAfter: string[][];

async function assessmentRowsShown(): Promise<string | undefined> {
  const { page } = browser();
  return byFirstCell((await readFigureTable(page, 'Rows per table')).rows).get('capability_assessments')?.[0];
}

beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_assessments', 'capability_targets']);
  await loadAssessmentsFile(db, 'improved', improved.bytes);
  bundledTable = await expectedArchetypes(db, 'capability_assessments');
  expectedAfter = await expectedArchetypes(db, 'improved');
});

describe('uploading a valid assessments file (#/data)', () => {
  it('loads it in one go, announces the row count, and the capability view and every marker change', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/capabilities'));
    expect((await readFigureTable(page, ARCHETYPES)).rows).toEqual(bundledTable);
    await expect(page.locator('.provenance-marker').getAttribute('data-source')).resolves.toBe('bundled');

    await page.goto(appUrl('#/data'));
    await chooseFiles(page, improved);
    const status = await reportOn(page, improved.name, 'status');
    expect(await status.innerText()).toContain(
      `${improved.name} loaded into capability_assessments: ${int(improvedRows)} rows.`,
    );
    await page.getByText('Kept in this browser: it will still be in use after a reload.').first().waitFor();
    expect(await assessmentRowsShown()).toBe(int(improvedRows));

    await page.goto(appUrl('#/capabilities'));
    const after = (await readFigureTable(page, ARCHETYPES)).rows;
    expect(after).toEqual(expectedAfter);
    expect(after).not.toEqual(bundledTable);
    const marker = page.locator('.provenance-marker');
    expect(await marker.getAttribute('data-source')).toBe('uploaded');
    expect(await marker.innerText()).toContain(`capability_assessments from ${improved.name}`);
    // Numbers from an upload are never labelled as published or illustrative extracts.
    const badge = figure(page, ARCHETYPES).locator('.provenance');
    expect(await badge.getAttribute('data-provenance')).toBe('uploaded');
    expect(await badge.innerText()).toBe(`Computed from your upload (${improved.name})`);
    expect(await figure(page, ARCHETYPES).locator('.figure-source').innerText()).toContain(
      `Source: your upload (${improved.name}), in place of the bundled extract (`,
    );
    // On the board, only the numbers that come from the assessments say so.
    await page.goto(appUrl('#/'));
    const readiness = figure(page, /^Staff meeting their capability target over time/).locator('.provenance');
    await expect.poll(() => readiness.getAttribute('data-provenance')).toBe('uploaded');
    const roadmap = figure(page, 'Technologies ready within a year, by point of care').locator('.provenance');
    expect(await roadmap.getAttribute('data-provenance')).toBe('published and illustrative');
    const headlines = page.locator('.headline');
    expect(
      await headlines
        .filter({ hasText: 'Staff assessments meeting their target' })
        .locator('.provenance')
        .innerText(),
    ).toBe('Your upload');
    expect(
      await headlines
        .filter({ hasText: 'Digital workforce needed by 2030' })
        .locator('.provenance')
        .innerText(),
    ).toBe('Published');
    // A view that reads none of the uploaded tables still says it reads bundled data.
    await page.goto(appUrl('#/projection'));
    expect(await page.locator('.provenance-marker').getAttribute('data-source')).toBe('bundled');
    expect(await page.locator('.provenance[data-provenance="uploaded"]').count()).toBe(0);
  });
});

describe('a file whose header names nothing the catalogue knows (#/data)', () => {
  it('loads it to explore, and the analyst can map its columns onto the assessments table', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/data'));
    const renamed = improvedLatestRound().replace(
      /^[^\n]*/,
      'Respondent,Round,ICB,Org,Staff,Role,Domain,Score',
    );
    const file: BadFile = { name: 'renamed-round.csv', bytes: new TextEncoder().encode(renamed) };
    await chooseFiles(page, file);
    expect(await (await reportOn(page, file.name, 'status')).innerText()).toContain(
      `loaded as a table of its own, renamed_round: ${int(improvedRows)} rows.`,
    );
    const report = page.locator('.upload-results > li').first();
    await report.getByText(`Choose the table and columns for ${file.name}`).click();
    await report.getByLabel('Table').selectOption('capability_assessments');
    const columns = [
      'response_id',
      'assessed_on',
      'icb_code',
      'organisation_type',
      'staff_group',
      'archetype',
      'domain_id',
      'level',
    ];
    for (const [position, column] of columns.entries())
      await report.getByLabel(column, { exact: false }).first().selectOption(String(position));
    await report.getByRole('button', { name: `Check and load ${file.name}` }).click();
    const status = await reportOn(page, file.name, 'status');
    expect(await status.innerText()).toContain(
      `${file.name} loaded into capability_assessments: ${int(improvedRows)} rows.`,
    );
    await page.goto(appUrl('#/capabilities'));
    expect((await readFigureTable(page, ARCHETYPES)).rows).toEqual(expectedAfter);
    expect(await page.locator('.provenance-marker').innerText()).toContain(
      `capability_assessments from ${file.name}`,
    );
  });
});

describe('bad files (#/data)', () => {
  const cases: [string, () => BadFile, RegExp, string[] | null][] = [
    ['an empty file', badFiles.empty, /empty\.csv was not loaded\. The file is empty/, null],
    ['a header-only file', badFiles.headerOnly, /has a header row but no rows of data/, null],
    [
      'a workbook renamed .csv',
      badFiles.binary,
      /not a CSV file: it looks like an Excel workbook \(\.xlsx\)/,
      null,
    ],
    [
      'a repeated column',
      badFiles.duplicateColumns,
      /same column more than once: level \(columns 8 and 9\)/,
      null,
    ],
    [
      'a ragged row',
      badFiles.ragged,
      /One row could not be split into the file's 8 columns/,
      ['5', '(whole row)'],
    ],
    [
      'text in a number column',
      badFiles.textInNumber,
      /One problem found/,
      ['4', 'level', 'high', 'a whole number from 0 to 4'],
    ],
    [
      'an unknown ICB',
      badFiles.unknownId,
      /One problem found/,
      ['9', 'icb_code', 'ZZZ', 'an icb_code listed in the icbs table'],
    ],
    [
      'a repeated key',
      badFiles.duplicateKey,
      /One problem found/,
      ['12', 'response_id and domain_id', 'R000001, 1'],
    ],
  ];

  it.each(cases)(
    'rejects %s with a precise alert and keeps the data as it was',
    async (_, make, message, firstRow) => {
      const { page } = browser();
      await page.goto(appUrl('#/data'));
      const file = make();
      await chooseFiles(page, file);
      const alert = await reportOn(page, file.name, 'alert');
      expect(await alert.innerText()).toMatch(message);
      if (firstRow) expect((await problemRows(alert))[0]?.slice(0, firstRow.length)).toEqual(firstRow);
      else expect(await problemRows(alert)).toEqual([]);
      expect(await assessmentRowsShown()).toBe(int(improvedRows));
      // Still the last good upload, whatever the bad file was.
      expect(await page.locator('.provenance-marker').innerText()).toContain(
        'capability_assessments from renamed-round.csv',
      );
    },
  );

  it('offers every problem as a CSV download', async () => {
    const { page } = browser();
    const text = new TextDecoder()
      .decode(badFiles.textInNumber().bytes)
      .replace(/,Users,3,\d+\n/g, ',Users,3,9\n');
    const file = { name: 'many-problems.csv', bytes: new TextEncoder().encode(text) };
    await chooseFiles(page, file);
    const alert = await reportOn(page, file.name, 'alert');
    const expected = text
      .trimEnd()
      .split('\n')
      .flatMap((line, index) => (/,(high|9)$/.test(line) ? [index + 1] : []));
    expect((await problemRows(alert)).map((row) => Number(row[0]))).toEqual(expected);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('.upload-results > li')
        .first()
        .getByRole('button', { name: /Download all problems/ })
        .click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('file,line,column,value,expected');
    expect(csv.slice(1).map((line) => Number(line.split(',')[1]))).toEqual(expected);
    expect(csv).toContain('many-problems.csv,4,level,high,a whole number from 0 to 4');
  });

  it('passes axe with reports on the page', async () => {
    await expectNoAxeViolations(browser());
  });
});

describe('any other CSV (#/data)', () => {
  it('loads as a table of its own, with a profile, and the workbench queries it read-only', async () => {
    const { page } = browser();
    const other = unknownCsv();
    // Two files dropped at once: the unknown CSV and one that matches icbs (the same rows as the bundled file).
    const icbs: BadFile = {
      name: 'icbs-copy.csv',
      bytes: new Uint8Array(readFileSync(`${DATASETS_DIR}/icbs.csv`)),
    };
    await dropFiles(page, other, icbs);
    const explored = await reportOn(page, other.name, 'status');
    expect(await explored.innerText()).toContain(
      'loaded as a table of its own, local_waiting_list_2024: 40 rows.',
    );
    expect(await (await reportOn(page, icbs.name, 'status')).innerText()).toContain(
      'loaded into icbs: 42 rows.',
    );

    const lines = new TextDecoder()
      .decode(other.bytes)
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const profile = page.getByRole('table', { name: 'Columns of local_waiting_list_2024' });
    // The profile is drawn when its own query answers, which may be after the upload's status.
    await profile.locator('tbody tr').first().waitFor();
    const patients = byFirstCell(
      await profile
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.children, (c) => (c as HTMLElement).innerText.trim())),
        ),
    ).get('patients');
    const values = lines.map((l) => Number(l[3]));
    expect(patients).toEqual([
      'BIGINT',
      '40',
      '0',
      String(new Set(values).size),
      String(Math.min(...values)),
      String(Math.max(...values)),
    ]);

    const query = page.getByLabel('Query', { exact: true });
    await query.fill(
      'SELECT specialty, sum(patients) AS patients FROM local_waiting_list_2024 GROUP BY specialty ORDER BY specialty',
    );
    await page.getByRole('button', { name: 'Run query' }).click();
    const result = page.getByRole('table', { name: 'Query result' });
    await result.waitFor();
    const sums = new Map<string, number>();
    for (const l of lines) sums.set(l[1]!, (sums.get(l[1]!) ?? 0) + Number(l[3]));
    expect(
      await result
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.children, (c) => (c as HTMLElement).innerText.trim())),
        ),
    ).toEqual([...sums].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => [s, int(n)]));
    await page.getByRole('figure', { name: 'Quick chart: patients by specialty' }).waitFor();

    await query.fill('DROP TABLE icbs');
    await page.getByRole('button', { name: 'Run query' }).click();
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: 'Only queries that read data can run here' })
        .innerText(),
    ).toMatch(/not DROP/);
    await expectNoAxeViolations(browser());
  });
});

describe('keeping uploads (#/data)', () => {
  it('still uses the upload after a reload, and "Restore bundled data" undoes everything', async () => {
    const { page } = browser();
    await page.reload();
    await page.goto(appUrl('#/capabilities'));
    expect(await page.locator('.provenance-marker').getAttribute('data-source')).toBe('uploaded');
    expect((await readFigureTable(page, ARCHETYPES)).rows).toEqual(expectedAfter);

    await page.goto(appUrl('#/data'));
    await page.getByRole('heading', { name: 'local_waiting_list_2024', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Restore bundled data' }).click();
    await page.getByRole('status').filter({ hasText: 'The bundled data is back in every table' }).waitFor();
    const bundledCount =
      readFileSync(`${DATASETS_DIR}/capability_assessments.csv`, 'utf8').trimEnd().split('\n').length - 1;
    expect(await assessmentRowsShown()).toBe(int(bundledCount));
    expect(await page.getByRole('heading', { name: 'local_waiting_list_2024', exact: true }).count()).toBe(0);

    await page.goto(appUrl('#/capabilities'));
    expect((await readFigureTable(page, ARCHETYPES)).rows).toEqual(bundledTable);
    await page.reload();
    expect(await page.locator('.provenance-marker').getAttribute('data-source')).toBe('bundled');
    expect((await readFigureTable(page, ARCHETYPES)).rows).toEqual(bundledTable);
  });
});

describe('a large file (#/data)', () => {
  it('shows its progress, and Cancel stops it with nothing changed', async () => {
    const { page } = browser();
    const { writeMillionRowFile } = await import('../../scripts/bench/million-rows');
    const { rmSync } = await import('node:fs');
    const path = await import('node:path');
    const file = writeMillionRowFile();
    try {
      await page.goto(appUrl('#/data'));
      const before = await assessmentRowsShown();
      await page.getByLabel('Choose CSV files').setInputFiles(file);
      // The load of a million rows takes far longer than the click.
      await page.getByText(/Loading rows of assessments-1m\.csv \(\d+ MB\), step 2 of 4/).waitFor();
      expect(await page.locator('progress').getAttribute('max')).toBe('4');
      await page.getByRole('button', { name: 'Cancel' }).click();
      const status = await reportOn(page, 'assessments-1m.csv', 'status');
      expect(await status.innerText()).toContain('assessments-1m.csv: cancelled. Nothing was changed.');
      expect(await assessmentRowsShown()).toBe(before);
      expect(await page.locator('.provenance-marker').getAttribute('data-source')).toBe('bundled');
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
