import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { capabilityFiltersFromUrl, withLatestRound } from '../../src/features/capabilities/filters';
import {
  combineComparison,
  comparisonAnalyses,
  type AreaShareRow,
  type ComparisonRow,
} from '../../src/features/capabilities/comparison-queries';
import {
  capabilityFilterOptions,
  optionsInRegions,
  type FilterOptionRow,
} from '../../src/features/capabilities/option-queries';
import {
  gapsByArchetypeAndDomain,
  latestAssessmentRound,
  levelDistribution,
  priorityLearningNeeds,
  selectionSummary,
  shareMeetingByRound,
  targetsMetByArchetype,
  type DistributionRow,
  type LatestRoundRow,
  type PriorityRow,
  type RoundTrendRow,
} from '../../src/features/capabilities/queries';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';
import { expectedShown, LATEST, RAW, referenceGroups } from './capability-reference';

/** The capability view's other analyses against independent SQL over the raw tables. */
const filtersFrom = (query: string) => capabilityFiltersFromUrl(new URLSearchParams(query));

let db: Connector;

/** The comparison as the figure gets it: the three areas' analyses, combined (use-icb-comparison.ts). */
async function runComparison(icb: string, query: string): Promise<ComparisonRow[]> {
  const [{ region } = { region: '' }] = await db.query<{ region: string }>(
    'SELECT region FROM icbs WHERE icb_code = ?',
    [icb],
  );
  const analyses = comparisonAnalyses(icb, region, filtersFrom(query));
  return combineComparison({
    icb: await runAnalysis<AreaShareRow>(db, analyses.icb),
    region: await runAnalysis<AreaShareRow>(db, analyses.region),
    england: await runAnalysis<AreaShareRow>(db, analyses.england),
  });
}

beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_gaps', 'capability_framework']);
});

describe('priority learning needs', () => {
  it('ranks archetype and domain pairs by people below target, then levels short, small pairs last', async () => {
    const app = await runAnalysis<PriorityRow>(db, priorityLearningNeeds(filtersFrom('region=North+West')));
    const reference = await referenceGroups(
      db,
      "a.archetype || ': ' || a.domain_id",
      `i.region = 'North West' AND ${LATEST}`,
    );
    const ranked = [...reference.values()]
      .filter((g) => g.respondents >= 10 && g.below > 0)
      .sort((x, y) => y.below - x.below || y.gap_sum - x.gap_sum);
    const shown = app.filter((r) => r.rank !== null);
    expect(shown.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    shown.forEach((row, i) => {
      const want = ranked[i]!;
      expect([row.below_target, row.levels_short, row.respondents]).toEqual([
        want.below,
        want.gap_sum,
        want.respondents,
      ]);
      // Ties in people below target are broken by levels short, never the other way round.
      if (i > 0 && shown[i - 1]!.below_target === row.below_target) {
        expect(shown[i - 1]!.levels_short!).toBeGreaterThanOrEqual(row.levels_short!);
      }
      expect(row.levels_short).toBe(Math.round(row.respondents * row.mean_gap!));
    });
    const small = app.filter((r) => r.rank === null);
    expect(small.length).toBe([...reference.values()].filter((g) => g.respondents < 10).length);
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((r) => r.below_target === null && r.mean_gap === null && r.respondents < 10)).toBe(
      true,
    );
    expect(app.slice(shown.length).every((r) => r.rank === null)).toBe(true);
  });
});

describe('level distribution', () => {
  it('splits each domain by level 0-4 and reports the range of targets', async () => {
    const app = await runAnalysis<DistributionRow>(
      db,
      levelDistribution(filtersFrom('staff=Managers&round=all')),
    );
    const reference = await db.query<{
      domain_id: number;
      level: number;
      n: number;
      total: number;
      tmin: number;
      tmax: number;
    }>(
      `SELECT a.domain_id::INTEGER AS domain_id, a.level::INTEGER AS level, count(*)::INTEGER AS n,
              (sum(count(*)) OVER (PARTITION BY a.domain_id))::INTEGER AS total,
              (min(min(t.target_level)) OVER (PARTITION BY a.domain_id))::INTEGER AS tmin,
              (max(max(t.target_level)) OVER (PARTITION BY a.domain_id))::INTEGER AS tmax
       FROM ${RAW} WHERE a.staff_group = 'Managers' GROUP BY a.domain_id, a.level`,
    );
    expect(app.map((r) => r.domain_id)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const row of app) {
      const levels = reference.filter((r) => r.domain_id === row.domain_id);
      expect(row.respondents).toBe(levels[0]!.total);
      expect([row.target_min, row.target_max]).toEqual([levels[0]!.tmin, levels[0]!.tmax]);
      for (const level of [0, 1, 2, 3, 4] as const) {
        const n = levels.find((r) => r.level === level)?.n ?? 0;
        expect(row[`level_${level}`]).toBeCloseTo((100 * n) / row.respondents, 10);
      }
    }
  });

  it('has a single target per domain when one archetype is chosen', async () => {
    const app = await runAnalysis<DistributionRow>(db, levelDistribution(filtersFrom('archetype=Drivers')));
    const targets = await db.query<{ domain_id: number; target_level: number }>(
      `SELECT domain_id::INTEGER AS domain_id, target_level::INTEGER AS target_level
       FROM capability_targets WHERE archetype = 'Drivers' ORDER BY domain_id`,
    );
    expect(app.map((r) => [r.domain_id, r.target_min, r.target_max])).toEqual(
      targets.map((t) => [t.domain_id, t.target_level, t.target_level]),
    );
  });
});

describe('share meeting target by round', () => {
  it('lists every round for a small ICB, with counts, and suppresses rounds under ten respondents', async () => {
    const app = await runAnalysis<RoundTrendRow>(
      db,
      shareMeetingByRound(filtersFrom('icb=QOC&round=2024-03-31')),
    );
    const reference = await referenceGroups(db, "strftime(a.assessed_on, '%Y-%m-%d')", `a.icb_code = 'QOC'`);
    const rounds = await db.query<{ round: string }>(
      `SELECT DISTINCT strftime(assessed_on, '%Y-%m-%d') AS round FROM capability_assessments ORDER BY round`,
    );
    // The round filter does not apply: change over time shows every round.
    expect(app.map((r) => r.round)).toEqual(rounds.map((r) => r.round));
    expect(app).toHaveLength(15);
    for (const row of app) {
      const want = reference.get(row.round);
      expect(row.respondents).toBe(want?.respondents ?? 0);
      const shown = want ? expectedShown(want) : { share: null, mean_gap: null };
      if (shown.share === null) expect(row.share_meeting).toBeNull();
      else expect(row.share_meeting).toBeCloseTo(shown.share, 10);
    }
    expect(app.some((r) => r.share_meeting === null)).toBe(true);
    expect(app.some((r) => r.share_meeting !== null)).toBe(true);
  });

  it('gives England the documented step up from round 9', async () => {
    const app = await runAnalysis<RoundTrendRow>(db, shareMeetingByRound(filtersFrom('')));
    const reference = await referenceGroups(db, "strftime(a.assessed_on, '%Y-%m-%d')", 'TRUE');
    app.forEach((row) => expect(row.share_meeting).toBeCloseTo(reference.get(row.round)!.share, 10));
    expect(Math.max(...app.slice(0, 8).map((r) => r.share_meeting!))).toBeLessThan(
      Math.min(...app.slice(8).map((r) => r.share_meeting!)),
    );
  });
});

describe('ICB against its region and England', () => {
  it('compares like with like: the same staff group and round in all three areas', async () => {
    const app = await runComparison('QE1', 'icb=QE1&region=London&staff=Nursing+and+midwifery');
    const where = `a.staff_group = 'Nursing and midwifery' AND ${LATEST}`;
    const domain = "coalesce(a.domain_id::VARCHAR, 'all')";
    const areas = {
      icb: await referenceGroups(db, domain, `${where} AND a.icb_code = 'QE1'`),
      // The ICB's own region, whatever region filter is set.
      region: await referenceGroups(db, domain, `${where} AND i.region = 'North West'`),
      england: await referenceGroups(db, domain, where),
    };
    const all = {
      icb: await referenceGroups(db, "'all'", `${where} AND a.icb_code = 'QE1'`),
      region: await referenceGroups(db, "'all'", `${where} AND i.region = 'North West'`),
      england: await referenceGroups(db, "'all'", where),
    };
    expect(app.map((r) => r.domain_name)).toEqual([
      'All domains',
      'Digital implementation',
      'Digital health for patients and the public',
      'Ethical, legal and regulatory considerations',
      'Human factors',
      'Health data management',
      'Artificial intelligence',
    ]);
    expect(app[0]!.region).toBe('North West');
    app.forEach((row, index) => {
      for (const area of ['icb', 'region', 'england'] as const) {
        const want = index === 0 ? all[area].get('all')! : areas[area].get(String(index))!;
        expect(row[`${area}_respondents`], `${area} ${row.domain_name}`).toBe(want.respondents);
        const shown = expectedShown(want).share;
        if (shown === null) expect(row[`${area}_share`]).toBeNull();
        else expect(row[`${area}_share`]).toBeCloseTo(shown, 10);
      }
    });
  });
  it('shows 0 respondents and no share where the ICB or its region has nobody in the selection', async () => {
    // 18 respondents in 16 ICBs of 6 regions (in the bundled data), in two domains: most ICBs have nobody, and
    // the South West (QJK's region) has nobody at all.
    const query = 'org=Community+trust&archetype=Users&staff=Administrative+and+clerical&domain=2&domain=5';
    const where = `a.organisation_type = 'Community trust' AND a.archetype = 'Users'
      AND a.staff_group = 'Administrative and clerical' AND a.domain_id IN (2, 5) AND ${LATEST}`;
    const domain = "coalesce(a.domain_id::VARCHAR, 'all')";
    const england = await referenceGroups(db, domain, where);
    const englandAll = await referenceGroups(db, "'all'", where);
    const empty = { icb: 0, region: 0, england: 0 };
    for (const icb of ['QHG', 'QWE', 'QE1', 'QOP', 'QHM', 'QKK', 'QRL', 'QWO', 'QJK']) {
      const app = await runComparison(icb, `icb=${icb}&${query}`);
      const icbArea = {
        byDomain: await referenceGroups(db, domain, `${where} AND a.icb_code = '${icb}'`),
        all: await referenceGroups(db, "'all'", `${where} AND a.icb_code = '${icb}'`),
      };
      const regionOf = `i.region = (SELECT region FROM icbs WHERE icb_code = '${icb}')`;
      const regionArea = {
        byDomain: await referenceGroups(db, domain, `${where} AND ${regionOf}`),
        all: await referenceGroups(db, "'all'", `${where} AND ${regionOf}`),
      };
      expect(app).toHaveLength(1 + england.size);
      app.forEach((row, index) => {
        const key = index === 0 ? 'all' : [...england.keys()].sort()[index - 1]!;
        const wants = { icb: icbArea, region: regionArea, england: { byDomain: england, all: englandAll } };
        for (const [area, groups] of Object.entries(wants)) {
          const want = (index === 0 ? groups.all : groups.byDomain).get(key);
          if (!want) empty[area as keyof typeof empty]++;
          expect(row[`${area}_respondents` as keyof ComparisonRow], `${icb} ${area} ${key}`).toBe(
            want?.respondents ?? 0,
          );
          const shown = want ? expectedShown(want).share : null;
          if (shown === null) expect(row[`${area}_share` as keyof ComparisonRow]).toBeNull();
          else expect(row[`${area}_share` as keyof ComparisonRow]).toBeCloseTo(shown, 10);
        }
      });
    }
    // The cases this test is for happened, and England had people in both domains.
    expect(empty.icb).toBeGreaterThan(0);
    expect(empty.region).toBeGreaterThan(0);
    expect(empty.england).toBe(0);
    expect(england.size).toBe(2);
  });
});

describe('filter options', () => {
  it('offers the values the data holds, ICBs limited to the chosen region', async () => {
    const app = optionsInRegions(await runAnalysis<FilterOptionRow>(db, capabilityFilterOptions()), [
      'London',
    ]);
    const values = (param: string) => app.filter((o) => o.param === param).map((o) => o.value);
    const distinct = async (sql: string) => (await db.query<{ v: string }>(sql)).map((r) => r.v);
    expect(values('icb').sort()).toEqual(
      await distinct(`SELECT DISTINCT a.icb_code AS v FROM ${RAW} WHERE i.region = 'London' ORDER BY v`),
    );
    expect(values('staff')).toEqual(
      await distinct('SELECT DISTINCT staff_group AS v FROM capability_assessments ORDER BY v'),
    );
    expect(values('org')).toHaveLength(7);
    expect(values('region')).toHaveLength(7);
    expect(values('archetype')).toEqual(['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users']);
    expect(values('domain')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(app.find((o) => o.param === 'domain' && o.value === '6')?.label).toBe('6 Artificial intelligence');
    const rounds = values('round');
    expect(rounds).toHaveLength(15);
    expect(rounds[0]).toBe('2026-09-30');
    expect([...rounds].sort().reverse()).toEqual(rounds);
  });
});

describe('the latest round by its date', () => {
  it('is the newest assessment date, and every analysis of the view gives the same rows with it', async () => {
    const [latest] = await runAnalysis<LatestRoundRow>(db, latestAssessmentRound());
    const [newest] = await db.query<{ d: string }>(
      "SELECT strftime(max(assessed_on), '%Y-%m-%d') AS d FROM capability_assessments",
    );
    expect(latest?.round).toBe(newest?.d);
    const analysesFor = (query: string, round: string | null) => {
      const filters = withLatestRound(filtersFrom(query), round);
      return [
        selectionSummary(filters),
        targetsMetByArchetype(filters),
        gapsByArchetypeAndDomain(filters),
        priorityLearningNeeds(filters),
        levelDistribution(filters),
        shareMeetingByRound(filters),
        ...Object.values(comparisonAnalyses('QE1', 'North West', filters)),
      ];
    };
    for (const query of ['', 'archetype=Users', 'region=London&staff=Nursing+and+midwifery', 'icb=QE1']) {
      const bySubquery = analysesFor(query, null);
      const byDate = analysesFor(query, latest!.round);
      for (const [index, analysis] of bySubquery.entries()) {
        const dated = byDate[index]!;
        // Different SQL (a date, not a subquery), where there is a round condition, and the same rows.
        if (analysis.name !== 'share-meeting-by-round') expect(dated.query.params).toContain(latest!.round);
        const rows = await runAnalysis(db, analysis);
        expect(rows.length, `${query} ${analysis.name}`).toBeGreaterThan(0);
        expect(await runAnalysis(db, dated), `${query} ${analysis.name}`).toEqual(rows);
      }
    }
  });
});
