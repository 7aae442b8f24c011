import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { load, openBundledDatabase } from '../support/bundled-database';
import { byFirstCell, readFigureTable, waitForChart, waitForDrawn } from './support/figures';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';

const browser = withBrowserSession();
const int = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const pct = (numerator: number, denominator: number) => `${Math.round((100 * numerator) / denominator)}%`;

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
});

describe('board summary (#/)', () => {
  it('shows the published headline numbers and the points of care of the 56 ready within a year', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/'));
    const { header, rows } = await readFigureTable(
      page,
      'Technologies ready within a year, by point of care',
    );
    expect(header).toEqual([
      'Point of care',
      'Technologies (count)',
      'Share of technologies ready within a year (%)',
    ]);
    const care = byFirstCell(rows);
    expect(care.get('Secondary care')).toEqual(['43', '77%']);
    expect(care.get('Primary care')).toEqual(['13', '23%']);
    expect(care.get('Community care')).toEqual(['4', '7%']);
    const headlines = await page.locator('.headline-value').allInnerTexts();
    expect([headlines[0], headlines[3]]).toEqual(['56', '77,923 WTE']);
    expect(await page.getByText('Of 240 in the AI Roadmap (HEE, 2022)').count()).toBe(1);
    expect(await page.getByText(/\+31,914 WTE on 46,009 WTE in 2020/).count()).toBe(1);
    await expectNoAxeViolations(browser());
  });
});

describe('affected groups (#/technologies)', () => {
  it('shows the published shares by type and the five most affected groups', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/technologies'));
    const types = byFirstCell((await readFigureTable(page, 'AI technologies by type')).rows);
    expect(types.get('Diagnostic')).toEqual(['82', '34%']);
    expect(types.get('Automation/Service efficiency')).toEqual(['70', '29%']);
    expect(types.get('P4 Medicine')).toEqual(['41', '17%']);
    expect(types.get('Remote monitoring')).toEqual(['34', '14%']);
    const groups = (await readFigureTable(page, /Most affected workforce groups/)).rows.slice(0, 5);
    expect(groups).toEqual([
      ['Medic, Clinical Radiology', '36', '15%'],
      ['Medic, General Practice', '31', '13%'],
      ['Non Clinical, Admin', '24', '10%'],
      ['Diagnostic Radiographer', '20', '8%'],
      ['Medic, Cardiology', '19', '8%'],
    ]);
    await expectNoAxeViolations(browser());
  });

  it('filters by type through the URL, and Back and a copied link restore the view', async () => {
    const { page, context } = browser();
    await page.goto(appUrl('#/technologies'));
    await waitForChart(page, 'AI technologies by type');
    const unfiltered = (await readFigureTable(page, 'AI technologies by type')).rows;
    await page.getByLabel('Technology type', { exact: true }).selectOption('Remote monitoring');
    await page.waitForURL(/type=Remote\+monitoring/);
    // Charts keep their numbers while new ones are computed: wait for the new count, then for every chart.
    const settled = async (p: typeof page) => {
      await p.getByText('Showing 34 of 240 technologies.').waitFor();
      await p.locator('.technologies-page[data-updating="false"]').waitFor();
      await waitForDrawn(p);
    };
    await settled(page);
    // The type chart is not narrowed by its own filter: every type stays, the chosen one pressed.
    expect((await readFigureTable(page, 'AI technologies by type')).rows).toEqual(unfiltered);
    const typeChart = page.getByRole('figure', { name: 'AI technologies by type' });
    expect(
      await typeChart.getByRole('button', { name: /^Remote monitoring:/ }).getAttribute('aria-pressed'),
    ).toBe('true');

    await load(db, ['ai_roadmap_workforce_groups', 'ai_roadmap_technologies']);
    const expectedGroups = await db.query<{ workforce_group: string; n: number }>(
      `SELECT workforce_group, count(DISTINCT technology_id)::INTEGER AS n FROM ai_roadmap_workforce_groups
       WHERE technology_id IN (SELECT technology_id FROM ai_roadmap_technologies WHERE technology_type = 'Remote monitoring')
       GROUP BY 1 ORDER BY n DESC, workforce_group LIMIT 10`,
    );
    const groupRows = (await readFigureTable(page, /Most affected workforce groups/)).rows;
    expect(groupRows).toEqual(expectedGroups.map((g) => [g.workforce_group, int(g.n), pct(g.n, 34)]));

    const link = page.url();
    const colleague = await context.newPage();
    await colleague.goto(link);
    await settled(colleague);
    expect((await readFigureTable(colleague, /Most affected workforce groups/)).rows).toEqual(groupRows);
    expect(await colleague.getByLabel('Technology type', { exact: true }).inputValue()).toBe(
      'Remote monitoring',
    );
    await colleague.close();

    await page.goBack();
    await page.waitForURL((url) => !url.hash.includes('type='));
    await page.getByText('Showing 240 of 240 technologies.').waitFor();
    await page.locator('.technologies-page[data-updating="false"]').waitFor();
    await waitForDrawn(page);
    expect((await readFigureTable(page, /Most affected workforce groups/)).rows[0]).toEqual([
      'Medic, Clinical Radiology',
      '36',
      '15%',
    ]);
  });
});

describe('capability gaps (#/capabilities)', () => {
  it('shows the share meeting target by archetype as an independent computation gives it', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/capabilities'));
    const { rows } = await readFigureTable(page, 'Staff meeting their capability target, by archetype');
    await load(db, ['capability_assessments', 'capability_targets']);
    const expected = await db.query<{
      archetype: string;
      respondents: number;
      met: number;
      pairs: number;
      gap: number;
    }>(
      `SELECT a.archetype, count(DISTINCT a.response_id)::INTEGER AS respondents,
              sum(CASE WHEN a.level >= t.target_level THEN 1 ELSE 0 END)::INTEGER AS met,
              count(*)::INTEGER AS pairs,
              avg(CASE WHEN t.target_level > a.level THEN t.target_level - a.level ELSE 0 END)::DOUBLE AS gap
       FROM capability_assessments a JOIN capability_targets t ON a.archetype = t.archetype AND a.domain_id = t.domain_id
       WHERE a.assessed_on = (SELECT max(assessed_on) FROM capability_assessments)
       GROUP BY a.archetype`,
    );
    const order = ['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users'];
    expect(rows).toEqual(
      order.map((name) => {
        const e = expected.find((x) => x.archetype === name)!;
        // Every archetype has at least ten respondents nationally, so nothing is suppressed and the note is empty.
        return [name, int(e.respondents), pct(e.met, e.pairs), e.gap.toFixed(2), ''];
      }),
    );
    // An HTML heat map has no image to download (its numbers download as CSV); a Recharts chart has both.
    const heatMap = page.getByRole('figure', { name: /Capability gap by archetype and domain/ });
    expect(await heatMap.getByRole('button', { name: 'Download PNG' }).count()).toBe(0);
    expect(await heatMap.getByRole('button', { name: 'Download CSV' }).count()).toBe(1);
    const bars = page.getByRole('figure', { name: 'Staff meeting their capability target, by archetype' });
    expect(await bars.getByRole('button', { name: 'Download PNG' }).count()).toBe(1);
    await expectNoAxeViolations(browser());
  });
});

describe('digital workforce projection (#/projection)', () => {
  it('shows 46,009 WTE in 2020 and 77,923 WTE in 2030, with interpolated years marked', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/projection'));
    const years = byFirstCell(
      (await readFigureTable(page, 'Digital workforce by scenario, 2020 to 2030')).rows,
    );
    expect(years.get('2020')?.slice(0, 2)).toEqual(['46,009', '46,009']);
    expect(years.get('2020')?.[2]).toBe('Published baseline');
    expect(years.get('2030')?.[0]).toBe('77,923');
    expect(years.get('2025')?.[2]).toBe('Interpolated (illustrative)');
    expect(years.size).toBe(11);
    const growth = (await readFigureTable(page, /^Growth by staff group, Digital transformation/)).rows;
    expect(growth[0]?.slice(0, 4)).toEqual(['Clinical informatics', '10,512', '22,465', '+11,953']);
    await expectNoAxeViolations(browser());
  });
});

describe('data (#/data)', () => {
  it('shows every table with the row count of its bundled CSV', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/data'));
    const tables = byFirstCell((await readFigureTable(page, 'Rows per table')).rows);
    const { readFileSync } = await import('node:fs');
    const { DATASETS_DIR } = await import('../support/bundled-database');
    expect(tables.size).toBe(9);
    for (const [table, [count]] of tables) {
      const lines = readFileSync(`${DATASETS_DIR}/${table}.csv`, 'utf8').trimEnd().split('\n').length - 1;
      // Quoted newlines would break this count; the bundled files have none.
      expect(count, table).toBe(int(lines));
    }
    await expectNoAxeViolations(browser());
  });
});
