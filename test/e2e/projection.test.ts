import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { load, openBundledDatabase } from '../support/bundled-database';
import { byFirstCell, figure, readFigureTable } from './support/figures';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';

// The projection view in Chromium: its tables against SQL run here in Node over the raw table, and the supply
// model against the recurrence written out again here, independently of src/data/supply-model.ts.
const browser = withBrowserSession();

const int = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const signed = (n: number) => {
  const r = Math.round(n);
  return `${r > 0 ? '+' : r < 0 ? '\u2212' : ''}${int(Math.abs(r))}`;
};

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['digital_workforce_projection', 'capability_assessments']);
});

async function demandOf(scenario: string): Promise<{ year: number; demand: number }[]> {
  return db.query(
    `SELECT year::INTEGER AS year, round(sum(wte), 1)::DOUBLE AS demand FROM digital_workforce_projection
     WHERE scenario = ? GROUP BY year ORDER BY year`,
    [scenario],
  );
}

interface Assumptions {
  start: number;
  leave: number;
  train: number;
  intl: number;
  reskill: number;
}

/** Supply each year: last year's less leavers, plus joiners; national numbers scaled by the share. */
function expectedSupply(a: Assumptions, demand: { year: number; demand: number }[], share = 1) {
  let supply = a.start * share;
  const rows = demand.map((d, i) => {
    if (i > 0) supply = supply * (1 - a.leave / 100) + (a.train + a.intl + a.reskill) * share;
    return { year: d.year, demand: d.demand * share, supply, gap: d.demand * share - supply };
  });
  let closes: number | null = null;
  for (let i = rows.length - 1; i >= 0 && rows[i]!.gap <= 0; i -= 1) closes = rows[i]!.year;
  return { rows, closes };
}

const supplyTable = (rows: ReturnType<typeof expectedSupply>['rows'], scaled = false) =>
  rows.map((r) => [
    String(r.year),
    int(r.demand),
    int(r.supply),
    signed(r.gap),
    (r.year > 2020 && r.year < 2030 ? 'Demand interpolated; supply modelled' : 'Supply modelled') +
      (scaled ? '; scaled to the ICB' : ''),
  ]);

const SUPPLY = /^Supply against demand/;
const BY_GROUP = /^Digital workforce by staff group/;

/** Types into a labelled field from the keyboard, replacing what was there, then leaves it. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label);
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function download(page: Page, title: RegExp, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure(page, title).getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function downloadText(page: Page, title: RegExp, button: string) {
  const { name, bytes } = await download(page, title, button);
  return { name, text: bytes.toString('utf8') };
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('figure[aria-busy="true"]').length === 0);
}

describe('digital workforce projection (#/projection)', () => {
  it('shows the published totals and the growth by group, with the interpolated years marked', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/projection'));
    const { header, rows } = await readFigureTable(page, BY_GROUP);
    const raw = await db.query<{ year: number; staff_group: string; wte: number }>(
      `SELECT year::INTEGER AS year, staff_group, wte::DOUBLE AS wte FROM digital_workforce_projection
       WHERE scenario = 'Digital transformation'`,
    );
    const groups = header.slice(1, -2).map((h) => h.replace(/ \(WTE\)$/, ''));
    expect(new Set(groups)).toEqual(new Set(raw.map((r) => r.staff_group)));
    expect(header.slice(-2)).toEqual(['Total (WTE)', 'Basis']);
    const years = byFirstCell(rows);
    expect(years.size).toBe(11);
    for (const [year, cells] of years) {
      const inYear = raw.filter((r) => r.year === Number(year));
      const expected = groups.map((g) => int(inYear.find((r) => r.staff_group === g)!.wte));
      expect(cells.slice(0, groups.length), year).toEqual(expected);
    }
    expect(years.get('2020')?.slice(-2)).toEqual(['46,009', 'Published baseline']);
    expect(years.get('2030')?.slice(-2)).toEqual(['77,923', 'Published']);
    for (let y = 2021; y <= 2029; y += 1)
      expect(years.get(String(y))?.at(-1)).toBe('Interpolated (illustrative)');
    // Marked on the chart too, and the published totals printed on their bars.
    const chart = figure(page, BY_GROUP).locator('.recharts-wrapper > svg.recharts-surface');
    await expect
      .poll(() => chart.locator('text').allTextContents())
      .toEqual(expect.arrayContaining(['Interpolated years', '46,009', '77,923']));

    const growth = (await readFigureTable(page, /^Growth by staff group/)).rows;
    expect(growth[0]).toEqual(['Clinical informatics', '10,512', '22,465', '+11,953', '114%']);
    const headlines = await page.locator('.headline-value').allInnerTexts();
    expect(headlines).toEqual(['46,009 WTE', '77,923 WTE', '+31,914 WTE']);
    await expectNoAxeViolations(browser());
  });

  it('takes assumptions typed from the keyboard, matches the model computed here, and a link reopens it', async () => {
    const { page, context } = browser();
    await page.goto(appUrl('#/projection'));
    await settled(page);
    await page.getByLabel('Scenario', { exact: true }).selectOption('Data desert');
    await page.waitForURL(/scenario=Data\+desert/);

    const assumptions = { start: 40_000, leave: 5, train: 3_000, intl: 2_500, reskill: 1_500 };
    await typeInto(page, 'Starting workforce in 2020', '40,000');
    await typeInto(page, 'Annual leaver rate', '5');
    await typeInto(page, 'New entrants from training', '3000');
    await typeInto(page, 'International and other recruitment', '2500');
    const before = await page.evaluate(() => history.length);
    await typeInto(page, 'Reskilling from other staff groups', '1500');
    await page.waitForURL(/reskill=1500/);
    // Four keystrokes, one history entry.
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(new URL(page.url()).hash).toMatch(/start=40000&leave=5&train=3000&intl=2500&reskill=1500/);

    const expected = expectedSupply(assumptions, await demandOf('Data desert'));
    expect(expected.closes).toBe(2022);
    await settled(page);
    await expect
      .poll(async () => (await readFigureTable(page, SUPPLY)).rows)
      .toEqual(supplyTable(expected.rows));
    const peak = expected.rows.reduce((a, b) => (b.gap > a.gap ? b : a));
    const sentence = `With these assumptions, the gap in England peaks at ${int(peak.gap)} WTE in ${peak.year} and closes in 2022.`;
    await expect.poll(() => figure(page, SUPPLY).locator('.figure-takeaway').innerText()).toBe(sentence);
    // The same sentence is announced to screen readers as the numbers change.
    expect(await page.locator('.supply-layout [role="status"]').innerText()).toBe(sentence);

    // The scenario's results as CSV (full precision) and the chart as a PNG of the whole chart.
    const csv = await downloadText(page, SUPPLY, 'Download CSV');
    expect(csv.name).toBe('supply-against-demand-data-desert-england-2020-to-2030.csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Year,Demand (WTE),Supply (WTE),"Gap, demand less supply (WTE)",Basis');
    lines.slice(1).forEach((line, i) => {
      const [year, demand, supply, gap] = line.split(',').map(Number);
      const e = expected.rows[i]!;
      expect([year, demand]).toEqual([e.year, e.demand]);
      expect(supply).toBeCloseTo(e.supply, 6);
      expect(gap).toBeCloseTo(e.gap, 6);
    });
    const png = await download(page, BY_GROUP, 'Download PNG');
    expect(png.name).toMatch(/^digital-workforce-by-staff-group-data-desert-england-2020-to-2030\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Drawn at twice the size of the chart: not a legend key's 14 px icon.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(400);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(600);

    const link = page.url();
    const colleague = await context.newPage();
    await colleague.goto(link);
    await expect
      .poll(async () => (await readFigureTable(colleague, SUPPLY)).rows)
      .toEqual(supplyTable(expected.rows));
    expect(await colleague.getByLabel('Scenario', { exact: true }).inputValue()).toBe('Data desert');
    expect(await colleague.getByLabel('Annual leaver rate').inputValue()).toBe('5');
    expect(await colleague.getByLabel('Starting workforce in 2020').inputValue()).toBe('40000');
    await colleague.close();

    // Back undoes the last edit as a whole: reskilling returns to its default of 1,000.
    await page.goBack();
    await page.waitForURL((url) => !url.hash.includes('reskill='));
    await expect.poll(() => page.getByLabel('Reskilling from other staff groups').inputValue()).toBe('1000');
    const undone = expectedSupply({ ...assumptions, reskill: 1_000 }, await demandOf('Data desert'));
    await settled(page);
    await expect
      .poll(async () => (await readFigureTable(page, SUPPLY)).rows)
      .toEqual(supplyTable(undone.rows));
  });

  it('explains a value out of range and keeps using the last valid one', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/projection?leave=5'));
    await settled(page);
    // Figures follow each keystroke that makes a valid number: "1", then "15"; "150" is refused.
    await typeInto(page, 'Annual leaver rate', '150');
    const field = page.getByLabel('Annual leaver rate');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('150');
    const message = page.getByText('Annual leaver rate must be between 0% and 100%.');
    expect(await message.innerText()).toContain('The figures use 15% until it is corrected.');
    const hash = new URL(page.url()).hash;
    expect(hash).toContain('leave=15');
    expect(hash).not.toContain('leave=150');
    const expected = expectedSupply(
      { start: 46_009, leave: 15, train: 2_500, intl: 1_500, reskill: 1_000 },
      await demandOf('Digital transformation'),
    );
    await settled(page);
    await expect
      .poll(async () => (await readFigureTable(page, SUPPLY)).rows)
      .toEqual(supplyTable(expected.rows));
    await expectNoAxeViolations(browser());

    // A bad value in a link falls back to the default and says so.
    await page.goto(appUrl('#/projection?train=lots'));
    await settled(page);
    expect(await page.getByText('New entrants from training must be a number').innerText()).toContain(
      'The figures use 2,500 WTE per year',
    );
  });

  it('scales to an ICB by its share of respondents, or by a typed share', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/projection'));
    await settled(page);
    await page.getByLabel('Area', { exact: true }).selectOption('QE1');
    await page.waitForURL(/icb=QE1/);
    const [respondents] = await db.query<{ n: number; all_n: number }>(
      `SELECT count(DISTINCT response_id) FILTER (WHERE icb_code = 'QE1')::INTEGER AS n,
              count(DISTINCT response_id)::INTEGER AS all_n FROM capability_assessments`,
    );
    const share = Math.round((10_000 * respondents!.n) / respondents!.all_n) / 100;
    const shareField = page.getByLabel("The ICB's share of England");
    await expect.poll(() => shareField.inputValue()).toBe(String(share));

    const demand = await demandOf('Digital transformation');
    await settled(page);
    const totals = async () =>
      (await readFigureTable(page, BY_GROUP)).rows.map((r) => [r[0], r.at(-2), r.at(-1)]);
    const expectTotals = (fraction: number) =>
      demand.map((d) => [
        String(d.year),
        int(d.demand * fraction),
        (d.year === 2020
          ? 'Published baseline'
          : d.year === 2030
            ? 'Published'
            : 'Interpolated (illustrative)') + ', scaled to the ICB (illustrative)',
      ]);
    await expect.poll(totals).toEqual(expectTotals(share / 100));
    const defaults = { start: 46_009, leave: 8, train: 2_500, intl: 1_500, reskill: 1_000 };
    await expect
      .poll(async () => (await readFigureTable(page, SUPPLY)).rows)
      .toEqual(supplyTable(expectedSupply(defaults, demand, share / 100).rows, true));

    await typeInto(page, "The ICB's share of England", '10');
    await page.waitForURL(/share=10/);
    await settled(page);
    await expect.poll(totals).toEqual(expectTotals(0.1));
    await expect
      .poll(async () => (await readFigureTable(page, SUPPLY)).rows)
      .toEqual(supplyTable(expectedSupply(defaults, demand, 0.1).rows, true));
    await expectNoAxeViolations(browser());
  });

  it('works at 320 px wide without scrolling sideways', async () => {
    const { page } = browser();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(appUrl('#/projection?icb=QE1&leave=150'));
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
