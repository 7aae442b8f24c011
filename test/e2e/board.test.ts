import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { load, openBundledDatabase } from '../support/bundled-database';
import { readFigureTable, waitForChart } from './support/figures';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';

const browser = withBrowserSession();
const one = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_assessments', 'capability_targets', 'icbs']);
});

/** Share of assessments at or above target per round, written independently of the app's SQL. */
function sharesByRound(icb: string | null) {
  return db.query<{ round: string; respondents: number; share: number }>(
    `SELECT strftime(a.assessed_on, '%Y-%m-%d') AS round, count(DISTINCT a.response_id)::INTEGER AS respondents,
            (100.0 * sum(CASE WHEN a.level >= t.target_level THEN 1 ELSE 0 END) / count(*))::DOUBLE AS share
     FROM capability_assessments a JOIN capability_targets t ON a.archetype = t.archetype AND a.domain_id = t.domain_id
     WHERE ? IS NULL OR a.icb_code = ?
     GROUP BY 1 ORDER BY 1`,
    [icb, icb],
  );
}

const SPC_TITLE = /Staff meeting their capability target over time/;

describe('board summary', () => {
  it('gives England its headline numbers and an XmR chart whose limits follow the XmR formulas', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/'));
    const { rows } = await readFigureTable(page, SPC_TITLE);
    const expected = await sharesByRound(null);
    expect(rows.map((r) => r.slice(0, 3))).toEqual(
      expected.map((e) => [e.round, e.respondents.toLocaleString('en-GB'), one(e.share)]),
    );

    const values = expected.map((e) => e.share);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const mrBar =
      values.slice(1).reduce((sum, v, i) => sum + Math.abs(v - values[i]!), 0) / (values.length - 1);
    const takeaway = await page
      .getByRole('figure', { name: SPC_TITLE })
      .locator('.figure-takeaway')
      .innerText();
    expect(takeaway).toContain(
      `Mean ${one(mean)}%, process limits ${one(mean - 2.66 * mrBar)}% to ${one(mean + 2.66 * mrBar)}%`,
    );
    // The bundled data has a step change at round 9, which XmR rules must flag.
    expect(rows.some((r) => r[4]?.startsWith('Special cause'))).toBe(true);

    const headlines = await page.locator('.headline-value').allInnerTexts();
    const latest = expected.at(-1)!;
    expect(headlines[0]).toBe('56');
    expect(headlines[1]).toBe(`${Math.round(latest.share)}%`);
    expect(headlines[3]).toBe('77,923 WTE');
    const summary = await page.locator('.board-summary p').allInnerTexts();
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(5);
    expect(summary[0]).toContain(
      `In England, ${Math.round(latest.share)}% of staff capability self-assessments`,
    );
    await expectNoAxeViolations(browser());
  });

  it('shows the 2030 shortfall under the assumptions in the link, as the supply recurrence gives it', async () => {
    await load(db, ['digital_workforce_projection']);
    const demand = await db.query<{ year: number; wte: number }>(
      `SELECT year::INTEGER AS year, sum(wte)::DOUBLE AS wte FROM digital_workforce_projection
       WHERE scenario = 'Digital transformation' GROUP BY 1 ORDER BY 1`,
    );
    // supply(next) = supply x (1 - leaver rate) + training + recruitment + reskilling, from 2020's demand.
    const shortfall = (leave: number, joiners: number) => {
      let supply = demand[0]!.wte;
      for (let i = 1; i < demand.length; i++) supply = supply * (1 - leave / 100) + joiners;
      return Math.max(0, demand.at(-1)!.wte - supply);
    };
    const { page } = browser();
    for (const [hash, expected] of [
      ['#/', shortfall(8, 2500 + 1500 + 1000)],
      ['#/?leave=5&train=4000&intl=500&reskill=0', shortfall(5, 4500)],
    ] as const) {
      await page.goto(appUrl(hash));
      await waitForChart(page, SPC_TITLE);
      const headline = page.locator('.headline').filter({ hasText: 'Shortfall in 2030' });
      expect(await headline.locator('.headline-value').innerText()).toBe(
        `${Math.round(expected).toLocaleString('en-GB')} WTE`,
      );
    }
    const link = await page.getByRole('link', { name: 'Change the assumptions' }).getAttribute('href');
    expect(link).toBe('#/projection?leave=5&train=4000&intl=500&reskill=0');
  });

  it('follows an ICB chosen once, keeps it in the link, and compares it with England', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/'));
    await waitForChart(page, SPC_TITLE);
    await page.getByLabel('Summary for').selectOption('icb:QOP');
    await page.waitForURL(/icb=QOP/);
    await page.getByRole('heading', { level: 1, name: /Greater Manchester/ }).waitFor();
    await waitForChart(page, /Greater Manchester/);
    const icb = await sharesByRound('QOP');
    const england = await sharesByRound(null);
    const latest = icb.at(-1)!;
    expect(latest.respondents).toBeGreaterThanOrEqual(10);
    expect((await page.locator('.headline-value').allInnerTexts())[1]).toBe(`${Math.round(latest.share)}%`);
    const detail = await page.locator('.headline').nth(1).locator('.headline-detail').innerText();
    expect(detail).toContain(`England ${Math.round(england.at(-1)!.share)}%`);
    const links = await page
      .locator('.board-actions a[href^="#/capabilities"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBe(3);
    for (const href of links) expect(href).toContain('icb=QOP');
    await expectNoAxeViolations(browser());
  });

  it.each(['#/', '#/?icb=QOP'])(
    'prints %s to A4 on at most two pages without the navigation, and fits a 768 px tablet',
    async (hash) => {
      const page = await browser().context.newPage();
      await page.setViewportSize({ width: 768, height: 1024 });
      await page.goto(appUrl(hash));
      await waitForChart(page, SPC_TITLE);
      await waitForChart(page, 'Technologies ready within a year, by point of care');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
      expect(await page.getByText(/^Printed .* from the workforce readiness dashboard/).isVisible()).toBe(
        true,
      );
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      // The page tree's root says how many pages the document has.
      const pages = Number(/\/Count\s+(\d+)/.exec(pdf)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await page.close();
    },
  );
});
