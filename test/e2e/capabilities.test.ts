import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatInteger, formatPercent, formatTwoDecimals } from '../../src/charts/format';
import type { Connector } from '../../src/db/connector';
import { load, openBundledDatabase } from '../support/bundled-database';
import { expectedShown, LATEST, referenceGroups } from '../integration/capability-reference';
import { figure, readFigureTable, waitForChart } from './support/figures';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';

/**
 * The capability gaps view in Chromium against independent SQL run here in Node over the bundled CSVs: the
 * numbers on screen are read from the figures' data tables, after driving the filters, a copied link and Back.
 */
const HEAT_MAP = 'Capability gap by archetype and domain';
const COMPARISON = 'ICB compared with its region and England';
const TREND = 'Share meeting target by assessment round';
const DISTRIBUTION = 'Self-assessed level by domain, with the target marked';
const PRIORITY = /^Priority learning needs/;
const ARCHETYPE_ORDER = ['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users'];
const REASON = 'Fewer than 10 respondents: suppressed';

const browser = withBrowserSession();
let db: Connector;
let cellInfo: { archetype: string; domain_id: number; domain_name: string; target_level: number }[];

beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_assessments', 'capability_targets', 'icbs', 'capability_framework']);
  cellInfo = await db.query(
    `SELECT t.archetype, t.domain_id::INTEGER AS domain_id, f.domain_name, t.target_level::INTEGER AS target_level
     FROM capability_targets t
     JOIN (SELECT DISTINCT domain_id, domain_name FROM capability_framework) f USING (domain_id)
     ORDER BY t.domain_id`,
  );
});

/** The heat map's table as the independent SQL says it must read: gap and share, or "suppressed" and why. */
async function expectedHeatMap(condition: string): Promise<string[][]> {
  const groups = await referenceGroups(db, "a.archetype || '|' || a.domain_id", condition);
  return ARCHETYPE_ORDER.flatMap((archetype) =>
    cellInfo
      .filter((c) => c.archetype === archetype && groups.has(`${archetype}|${c.domain_id}`))
      .map((c) => {
        const group = groups.get(`${archetype}|${c.domain_id}`)!;
        const shown = expectedShown(group);
        return [
          archetype,
          c.domain_name,
          String(c.target_level),
          formatInteger(group.respondents),
          shown.mean_gap === null ? 'suppressed' : formatTwoDecimals(shown.mean_gap),
          shown.share === null ? 'suppressed' : formatPercent(shown.share),
          shown.share === null ? REASON : '',
        ];
      }),
  );
}

const tableRows = async (page: Page, title: string | RegExp) => (await readFigureTable(page, title)).rows;

describe('capability gaps against independent SQL', () => {
  it('shows the whole dataset when every round is pooled through the round filter', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/capabilities'));
    await waitForChart(page, HEAT_MAP);
    await page.getByLabel('Assessment round', { exact: true }).selectOption('all');
    await page.waitForURL(/round=all/);
    const expected = await expectedHeatMap('TRUE');
    expect(expected).toHaveLength(30);
    await expect.poll(() => tableRows(page, HEAT_MAP), { timeout: 30_000 }).toEqual(expected);
    const { header } = await readFigureTable(page, HEAT_MAP);
    expect(header).toEqual([
      'Archetype',
      'Domain',
      'Target level (level)',
      'Respondents (count)',
      'Mean gap (levels)',
      'Meeting target (%)',
      'Note',
    ]);
    // The cells print both numbers, so the grid reads without its colours.
    const shapersAi = expected.find((r) => r[0] === 'Shapers' && r[1] === 'Artificial intelligence')!;
    const cells = await figure(page, HEAT_MAP).locator('.heat-map-cell').allInnerTexts();
    expect(cells).toContain(`gap ${shapersAi[4]}\n${shapersAi[5]} meet`);
    await expectNoAxeViolations(browser());
  });

  it('filters to one ICB through its filter, compares it with its region and England, and keeps it in a link', async () => {
    const { page, context } = browser();
    await page.goto(appUrl('#/capabilities'));
    await waitForChart(page, HEAT_MAP);
    await page.getByLabel('ICB', { exact: true }).selectOption('QE1');
    await page.waitForURL(/icb=QE1/);
    const expected = await expectedHeatMap(`a.icb_code = 'QE1' AND ${LATEST}`);
    expect(expected.some((row) => row[4] === 'suppressed')).toBe(true);
    await expect.poll(() => tableRows(page, HEAT_MAP), { timeout: 30_000 }).toEqual(expected);

    const domainOf = "coalesce(a.domain_id::VARCHAR, 'all')";
    const areas = await Promise.all(
      [`a.icb_code = 'QE1'`, `i.region = 'North West'`, 'TRUE'].map(async (area) => ({
        byDomain: await referenceGroups(db, domainOf, `${area} AND ${LATEST}`),
        all: (await referenceGroups(db, "'all'", `${area} AND ${LATEST}`)).get('all')!,
      })),
    );
    const comparison = await tableRows(page, COMPARISON);
    expect(comparison.map((r) => r[0])).toEqual([
      'All domains',
      ...new Set(cellInfo.map((c) => c.domain_name)),
    ]);
    comparison.forEach((row, index) => {
      const cells = areas.flatMap(({ byDomain, all }) => {
        const group = index === 0 ? all : byDomain.get(String(index))!;
        const share = expectedShown(group).share;
        return [formatInteger(group.respondents), share === null ? 'suppressed' : formatPercent(share)];
      });
      expect(row.slice(1, 7), row[0]).toEqual(cells);
    });

    const link = page.url();
    const colleague = await context.newPage();
    await colleague.goto(link);
    expect(await tableRows(colleague, HEAT_MAP)).toEqual(expected);
    expect(await colleague.getByLabel('ICB', { exact: true }).inputValue()).toBe('QE1');
    await colleague.close();

    await page.goBack();
    await page.waitForURL((url) => !url.hash.includes('icb='));
    await expect.poll(async () => (await tableRows(page, HEAT_MAP)).length, { timeout: 30_000 }).toBe(30);
    await figure(page, COMPARISON)
      .getByText(/Choose an ICB/)
      .waitFor();
  });

  it('suppresses shares and gaps for a tiny selection, in the charts and the tables, and shows the count', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/capabilities?icb=QOC&round=2026-09-30'));
    const total = (
      await referenceGroups(db, "'all'", `a.icb_code = 'QOC' AND a.assessed_on = DATE '2026-09-30'`)
    ).get('all')!;
    expect(total.respondents).toBeLessThan(10);
    const notice = page.getByTestId('small-numbers-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`This selection has ${total.respondents} respondents`);
    expect(await page.locator('.headline-value').allInnerTexts()).toEqual([
      String(total.respondents),
      'suppressed',
      'suppressed',
    ]);
    const heat = await tableRows(page, HEAT_MAP);
    expect(heat).toEqual(await expectedHeatMap(`a.icb_code = 'QOC' AND a.assessed_on = DATE '2026-09-30'`));
    expect(heat.every((row) => row[4] === 'suppressed' && row[5] === 'suppressed' && row[6] === REASON)).toBe(
      true,
    );
    expect(await figure(page, HEAT_MAP).locator('.heat-map-cell').first().innerText()).toBe(
      `suppressed\nn = ${total.respondents}`,
    );
    // The bars' own labels (not the axis) say "suppressed" with the count, and print no share at all.
    const barLabels = await figure(page, 'Staff meeting their capability target, by archetype')
      .locator('.bar-chart-value')
      .allTextContents();
    expect(barLabels.length).toBeGreaterThan(0);
    expect(barLabels.every((text) => /^suppressed \(n = \d\)$/.test(text))).toBe(true);

    // Change over time keeps every round, each with its count, suppressing those under ten.
    const rounds = await referenceGroups(db, "strftime(a.assessed_on, '%Y-%m-%d')", `a.icb_code = 'QOC'`);
    const trend = await tableRows(page, TREND);
    expect(trend).toHaveLength(15);
    for (const [round, respondents, share, note] of trend) {
      const group = rounds.get(round!);
      expect(respondents, round).toBe(formatInteger(group?.respondents ?? 0));
      const shown = group ? expectedShown(group).share : null;
      expect([share, note], round).toEqual(
        shown === null ? ['suppressed', REASON] : [formatPercent(shown), ''],
      );
    }
    await expectNoAxeViolations(browser());
  });

  it('marks the target on the level distribution for one archetype, and states the mix for several', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/capabilities?archetype=Drivers'));
    const targets = await db.query<{ domain_id: number; target_level: number }>(
      `SELECT domain_id::INTEGER AS domain_id, target_level::INTEGER AS target_level
       FROM capability_targets WHERE archetype = 'Drivers' ORDER BY domain_id`,
    );
    const single = await tableRows(page, DISTRIBUTION);
    expect(single.map((r) => r[1])).toEqual(targets.map((t) => `Level ${t.target_level}`));
    // One black rule per domain where its target level begins.
    const rules = figure(page, DISTRIBUTION).locator('svg rect[width="4"][fill="#212b32"]');
    expect(await rules.count()).toBe(6);

    await page.getByLabel('Archetype', { exact: true }).selectOption('');
    await page.waitForURL((url) => !url.hash.includes('archetype='));
    const mix = await db.query<{ domain_id: number; mix: string; lo: number; hi: number }>(
      `SELECT domain_id::INTEGER AS domain_id,
              string_agg(archetype || ' ' || target_level, ', '
                ORDER BY list_position(['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users'], archetype)) AS mix,
              min(target_level)::INTEGER AS lo, max(target_level)::INTEGER AS hi
       FROM capability_targets GROUP BY domain_id ORDER BY domain_id`,
    );
    await expect
      .poll(async () => (await tableRows(page, DISTRIBUTION)).map((r) => r[1]), { timeout: 30_000 })
      .toEqual(mix.map((m) => `Levels ${m.lo} to ${m.hi}, by archetype: ${m.mix}`));
    expect(await rules.count()).toBe(0);
  });

  it('exports the ranked priority learning needs as CSV, the same rows as its table, and as an SVG file that opens on its own', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/capabilities?round=all'));
    const { header, rows } = await readFigureTable(page, PRIORITY);
    const groups = await referenceGroups(db, "a.archetype || '|' || a.domain_id", 'TRUE');
    const ranked = [...groups.values()]
      .filter((g) => g.below > 0)
      .sort((x, y) => y.below - x.below || y.gap_sum - x.gap_sum);
    expect(rows.map((r) => [r[0], r[5], r[7]])).toEqual(
      ranked.map((g, i) => [String(i + 1), formatInteger(g.below), formatInteger(g.gap_sum)]),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure(page, PRIORITY).getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe(header.map((h) => (h.includes(',') ? `"${h}"` : h)).join(','));
    expect(csv).toHaveLength(rows.length + 1);
    const first = ranked[0]!;
    const [archetype, domainId] = first.key.split('|');
    const domain = cellInfo.find((c) => c.domain_id === Number(domainId))!.domain_name;
    expect(csv[1]).toMatch(
      new RegExp(`^1,${archetype},"?${domain}"?,\\d,${first.respondents},${first.below},`),
    );

    const [image] = await Promise.all([
      page.waitForEvent('download'),
      figure(page, PRIORITY).getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svgText = readFileSync((await image.path())!, 'utf8');
    // A file that opens on its own: the SVG namespace declared, and well-formed SVG.
    expect(svgText).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const parsed = await page.evaluate(
      (text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null,
      svgText,
    );
    expect(parsed).toBe(true);
  });
});

describe('capability gaps at 320 px wide', () => {
  const narrow = withBrowserSession({ width: 320, height: 800 });

  it('fits the screen without sideways page scrolling and stays accessible', async () => {
    const { page } = narrow();
    await page.goto(appUrl('#/capabilities?icb=QE1'));
    for (const title of [HEAT_MAP, COMPARISON, TREND, PRIORITY]) await waitForChart(page, title);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The grid scrolls inside its own region, which a keyboard can reach.
    const region = figure(page, HEAT_MAP).getByRole('region', { name: /grid/ });
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(narrow());
  });
});
