import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import {
  icbRespondentShare,
  projectionByGroup,
  projectionGrowth,
  projectionScenarios,
  projectionTotals,
  scenarioDemand,
  type DemandRow,
  type GrowthRow,
  type IcbShareRow,
  type ProjectionTotalsRow,
  type ScenarioRow,
  type StaffGroupYearRow,
} from '../../src/features/projection/queries';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';

// The projection view's SQL against SQL written here over the raw table, on real DuckDB and the bundled CSVs.
let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['digital_workforce_projection', 'capability_assessments', 'icbs']);
});

const MAIN = 'Digital transformation';

describe('projection by staff group', () => {
  it('gives every (year, group) WTE and the published totals in the main scenario', async () => {
    const app = await runAnalysis<StaffGroupYearRow>(db, projectionByGroup(MAIN, 1));
    const raw = await db.query<{ year: number; staff_group: string; wte: number }>(
      `SELECT year, staff_group, wte FROM digital_workforce_projection WHERE scenario = 'Digital transformation'`,
    );
    expect(app).toHaveLength(66);
    expect(new Set(app.map((r) => `${r.year}|${r.staff_group}|${r.wte}`))).toEqual(
      new Set(raw.map((r) => `${r.year}|${r.staff_group}|${r.wte}`)),
    );
    const totals = new Map(app.map((r) => [r.year, r.total]));
    expect(totals.get(2020)).toBe(46_009);
    expect(totals.get(2030)).toBe(77_923);
    for (const [year, total] of totals) {
      const sum = raw.filter((r) => r.year === year).reduce((s, r) => s + r.wte, 0);
      expect(total, String(year)).toBeCloseTo(sum, 6);
    }
  });

  it('marks 2020 and 2030 published and every year between interpolated', async () => {
    const app = await runAnalysis<StaffGroupYearRow>(db, projectionByGroup(MAIN, 1));
    for (const row of app) {
      const expected =
        row.year === 2020
          ? 'Published baseline'
          : row.year === 2030
            ? 'Published'
            : 'Interpolated (illustrative)';
      expect(row.basis, String(row.year)).toBe(expected);
    }
    const desert = await runAnalysis<StaffGroupYearRow>(db, projectionByGroup('Data desert', 1));
    expect(desert.find((r) => r.year === 2030)?.basis).toBe('Illustrative');
  });

  it('keeps the groups in one order every year, the largest peak first', async () => {
    const app = await runAnalysis<StaffGroupYearRow>(db, projectionByGroup(MAIN, 1));
    const order = (year: number) => app.filter((r) => r.year === year).map((r) => r.staff_group);
    const peaks = await db.query<{ staff_group: string }>(
      `SELECT staff_group FROM digital_workforce_projection WHERE scenario = 'Digital transformation'
       GROUP BY staff_group ORDER BY max(wte) DESC, staff_group`,
    );
    for (let year = 2020; year <= 2030; year += 1)
      expect(order(year)).toEqual(peaks.map((p) => p.staff_group));
    expect(app.map((r) => r.year)).toEqual([...app.map((r) => r.year)].sort((a, b) => a - b));
  });

  it('scales every number by the share, after rounding the national sums to one decimal', async () => {
    const scale = 0.0254;
    const app = await runAnalysis<StaffGroupYearRow>(db, projectionByGroup('Data desert', scale));
    const national = await runAnalysis<StaffGroupYearRow>(db, projectionByGroup('Data desert', 1));
    app.forEach((row, i) => {
      const n = national[i]!;
      expect([row.year, row.staff_group]).toEqual([n.year, n.staff_group]);
      expect(row.wte).toBe(n.wte * scale);
      expect(row.total).toBe(n.total * scale);
      expect(row.basis.endsWith(', scaled to the ICB (illustrative)')).toBe(true);
    });
  });

  it('finds nothing for an unknown scenario, and treats quotes as data', async () => {
    expect(await runAnalysis(db, projectionByGroup("Digital transformation' OR 1=1 --", 1))).toEqual([]);
    expect(await runAnalysis(db, projectionGrowth("x'); DROP TABLE icbs; --", 1))).toEqual([]);
    const [icbs] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM icbs');
    expect(icbs!.n).toBe(42);
  });
});

describe('growth by staff group', () => {
  it('has clinical informatics first at +11,953 WTE, and matches independent SQL for every group', async () => {
    const app = await runAnalysis<GrowthRow>(db, projectionGrowth(MAIN, 1));
    expect(app[0]).toMatchObject({
      staff_group: 'Clinical informatics',
      wte_2020: 10_512,
      wte_2030: 22_465,
      growth: 11_953,
    });
    const expected = await db.query<{ staff_group: string; a: number; b: number }>(
      `SELECT f.staff_group, f.wte AS a, l.wte AS b
       FROM digital_workforce_projection f JOIN digital_workforce_projection l
         ON f.staff_group = l.staff_group AND f.scenario = l.scenario
       WHERE f.scenario = 'Digital transformation' AND f.year = 2020 AND l.year = 2030`,
    );
    expect(app).toHaveLength(expected.length);
    for (const e of expected) {
      const row = app.find((r) => r.staff_group === e.staff_group)!;
      expect(row.wte_2020).toBe(e.a);
      expect(row.wte_2030).toBe(e.b);
      expect(row.growth).toBeCloseTo(e.b - e.a, 6);
      expect(row.growth_percent).toBeCloseTo((100 * (e.b - e.a)) / e.a, 9);
    }
    const growths = app.map((r) => r.growth);
    expect(growths).toEqual([...growths].sort((a, b) => b - a));
    expect(growths.reduce((s, g) => s + g, 0)).toBeCloseTo(31_914, 6);
  });
});

describe('scenario demand and totals', () => {
  it('gives the national total per year, equal to the stacked totals and the scenario comparison', async () => {
    for (const scenario of [MAIN, 'Data desert']) {
      const demand = await runAnalysis<DemandRow>(db, scenarioDemand(scenario));
      const stacked = await runAnalysis<StaffGroupYearRow>(db, projectionByGroup(scenario, 1));
      const totals = await runAnalysis<ProjectionTotalsRow>(db, projectionTotals([]));
      expect(demand.map((d) => d.year)).toEqual([
        2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
      ]);
      for (const d of demand) {
        expect(stacked.find((s) => s.year === d.year)!.total).toBe(d.demand);
        const t = totals.find((r) => r.year === d.year)!;
        expect(scenario === MAIN ? t.digital_transformation : t.data_desert).toBe(d.demand);
      }
    }
  });

  it('scales the scenario comparison by the share, keeping its years marked', async () => {
    const national = await runAnalysis<ProjectionTotalsRow>(db, projectionTotals([]));
    const scaled = await runAnalysis<ProjectionTotalsRow>(db, projectionTotals([], 0.5));
    scaled.forEach((row, i) => {
      expect(row.digital_transformation).toBe(national[i]!.digital_transformation * 0.5);
      expect(row.data_desert).toBe(national[i]!.data_desert * 0.5);
    });
    expect(scaled.find((r) => r.year === 2025)?.basis).toBe('Interpolated (illustrative)');
    expect(scaled.find((r) => r.year === 2030)?.basis).toBe('Scaled to the ICB (illustrative)');
  });

  it('lists the scenarios with the main one first', async () => {
    const rows = await runAnalysis<ScenarioRow>(db, projectionScenarios());
    expect(rows.map((r) => r.scenario)).toEqual([MAIN, 'Data desert']);
  });
});

describe("an ICB's default share", () => {
  it('is its share of distinct assessment respondents, to two decimals', async () => {
    const expected = await db.query<{ icb_code: string; n: number; all_n: number }>(
      `SELECT icb_code, count(DISTINCT response_id)::INTEGER AS n,
              (SELECT count(DISTINCT response_id) FROM capability_assessments)::INTEGER AS all_n
       FROM capability_assessments GROUP BY icb_code`,
    );
    expect(expected.length).toBeGreaterThan(40);
    for (const e of expected.slice(0, 8)) {
      const [row] = await runAnalysis<IcbShareRow>(db, icbRespondentShare(e.icb_code));
      expect(row).toEqual({
        icb_code: e.icb_code,
        respondents: e.n,
        all_respondents: e.all_n,
        share: Math.round((10_000 * e.n) / e.all_n) / 100,
      });
    }
  });

  it('is zero for a code with no respondents', async () => {
    const [row] = await runAnalysis<IcbShareRow>(db, icbRespondentShare("QE1' OR '1'='1"));
    expect(row?.respondents).toBe(0);
    expect(row?.share).toBe(0);
  });
});
