import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row } from '../../src/db/connector';
import type { AnalysisQuery } from '../../src/data/sql-query';
import { withoutFilters, type TechnologyFilters } from '../../src/features/technologies/filters';
import {
  clinicalAreas,
  mostAffectedGroups,
  pointsOfCare,
  selectionSummary,
  subtypesInFocus,
  technologiesByType,
  timeToDeployment,
  type SummaryRow,
} from '../../src/features/technologies/queries';
import {
  areaByGroup,
  careByYears,
  impactRatings,
  spreadByIcb,
  spreadByRegion,
} from '../../src/features/technologies/queries-matrices';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';
import {
  expectedCharts,
  expectedIds,
  noFilters,
  type ExpectedRow,
  type Filters,
} from '../support/technologies-expected';
import { technologyList, type TechnologyListRow } from '../../src/features/technologies/queries-list';

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, [
    'ai_roadmap_technologies',
    'ai_roadmap_workforce_groups',
    'ai_roadmap_points_of_care',
    'ai_roadmap_deployments',
    'icbs',
  ]);
});

interface AppChart {
  readonly query: (f: TechnologyFilters) => AnalysisQuery;
  /** The row's text cells, its count and its share (0-100) when it has one. */
  readonly cells: (row: Row) => { keys: string[]; n: number; share?: number };
}

const s = (v: unknown) => String(v);
const n = (v: unknown) => Number(v);

/** Each chart as the page wires it: the filters it drops (its own) and how its rows read. */
const APP: Record<string, AppChart> = {
  type: {
    query: (f) => technologiesByType(withoutFilters(f, 'type')),
    cells: (r) => ({ keys: [s(r.technology_type)], n: n(r.technologies), share: n(r.share) }),
  },
  subtype: {
    query: (f) => subtypesInFocus(withoutFilters(f, 'subtype')),
    cells: (r) => ({
      keys: [s(r.technology_subtype), s(r.technology_type)],
      n: n(r.technologies),
      share: n(r.share_of_type),
    }),
  },
  group: {
    query: (f) => mostAffectedGroups(withoutFilters(f, 'group'), 10, f.group),
    cells: (r) => ({ keys: [s(r.workforce_group)], n: n(r.technologies), share: n(r.share) }),
  },
  area: {
    query: (f) => clinicalAreas(withoutFilters(f, 'area'), 10, f.area),
    cells: (r) => ({ keys: [s(r.clinical_area)], n: n(r.technologies), share: n(r.share) }),
  },
  'area-group': {
    query: (f) =>
      areaByGroup(withoutFilters(f, 'area', 'group'), {
        areas: 10,
        groups: 5,
        includeAreas: f.area,
        includeGroups: f.group,
      }),
    cells: (r) => ({ keys: [s(r.clinical_area), s(r.workforce_group)], n: n(r.technologies) }),
  },
  care: {
    query: (f) => pointsOfCare(withoutFilters(f, 'care')),
    cells: (r) => ({ keys: [s(r.point_of_care)], n: n(r.technologies), share: n(r.share) }),
  },
  years: {
    query: (f) => timeToDeployment(withoutFilters(f, 'years')),
    cells: (r) => ({ keys: [s(r.time_to_deployment)], n: n(r.technologies), share: n(r.share) }),
  },
  'care-years': {
    query: (f) => careByYears(withoutFilters(f, 'years', 'care')),
    cells: (r) => ({
      keys: [s(r.time_to_deployment), s(r.point_of_care)],
      n: n(r.technologies),
      share: n(r.share),
    }),
  },
  impact: {
    query: (f) => impactRatings(f),
    cells: (r) => ({ keys: [s(r.impact_on), s(r.rating)], n: n(r.technologies), share: n(r.share) }),
  },
  region: {
    query: (f) => spreadByRegion(withoutFilters(f, 'region', 'type')),
    cells: (r) => ({ keys: [s(r.region), s(r.technology_type)], n: n(r.technologies) }),
  },
  icb: {
    query: (f) => spreadByIcb(withoutFilters(f, 'icb', 'type'), f.region),
    cells: (r) => ({ keys: [s(r.icb), s(r.region), s(r.technology_type)], n: n(r.technologies) }),
  },
};

async function compareEveryChart(f: Filters) {
  const expected = await expectedCharts(db, f);
  expect(expected.map((c) => c.name)).toEqual(Object.keys(APP));
  for (const chart of expected) {
    const app = await runAnalysis(db, APP[chart.name]!.query(f));
    const cells = app.map(APP[chart.name]!.cells);
    expect(
      cells.map((c) => ({ keys: c.keys, n: c.n })),
      chart.name,
    ).toEqual(chart.rows.map((r) => ({ keys: r.keys, n: r.n })));
    chart.rows.forEach((row: ExpectedRow, i) => {
      if (row.base !== undefined)
        expect(cells[i]!.share, chart.name).toBeCloseTo((100 * row.n) / row.base, 9);
    });
  }
  return expected;
}

describe('every chart of #/technologies against independent SQL', () => {
  it('agrees with no filter', async () => {
    const charts = await compareEveryChart(noFilters());
    // Guards against a vacuous comparison: every chart has rows.
    for (const chart of charts) expect(chart.rows.length, chart.name).toBeGreaterThan(0);
  });

  it('agrees with a type, a workforce group and a region chosen', async () => {
    const f = {
      ...noFilters(),
      type: ['Diagnostic'],
      group: ['Medic, Clinical Radiology'],
      region: ['London'],
    };
    const charts = await compareEveryChart(f);
    expect(charts.find((c) => c.name === 'type')!.rows.length).toBeGreaterThan(1);
  });

  it('agrees with several values of a parameter and every kind of filter', async () => {
    await compareEveryChart({
      ...noFilters(),
      type: ['Diagnostic', 'Remote monitoring'],
      care: ['Secondary care', 'Primary care'],
      years: [0, 1, 2, 3],
      icb: ['QMF', 'QE1', 'QOP', 'QWO', 'QKK'],
    });
    await compareEveryChart({
      ...noFilters(),
      subtype: ['Imaging', 'Long-term conditions'],
      area: ['Dermatology'],
      group: ['Nurse, Adult', 'Pharmacist'],
    });
  });

  it('keeps chosen categories outside the top 10 at the end of their chart', async () => {
    const byArea = await compareEveryChart({ ...noFilters(), area: ['Stroke medicine'] });
    const areas = byArea.find((c) => c.name === 'area')!.rows.map((r) => r.keys[0]);
    expect(areas).toHaveLength(11);
    expect(areas.at(-1)).toBe('Stroke medicine');
    const byGroup = await compareEveryChart({ ...noFilters(), group: ['Nurse, Stroke Specialist'] });
    const groups = byGroup.find((c) => c.name === 'group')!.rows.map((r) => r.keys[0]);
    expect(groups).toHaveLength(11);
    expect(groups.at(-1)).toBe('Nurse, Stroke Specialist');
  });

  it('counts the selection and lists exactly its technologies', async () => {
    const f = { ...noFilters(), type: ['Remote monitoring'], region: ['North West', 'London'] };
    const ids = await expectedIds(db, f);
    expect(ids.length).toBeGreaterThan(0);
    const [summary] = await runAnalysis<SummaryRow>(db, selectionSummary(f));
    expect(summary).toEqual({ selected: ids.length, total: 240 });
    const list = await runAnalysis<TechnologyListRow>(
      db,
      technologyList(f, { search: '', sort: 'technology_id', direction: 'ascending', limit: 1000 }),
    );
    expect(list.map((r) => r.technology_id)).toEqual(ids);
    expect(list.every((r) => r.matches === ids.length)).toBe(true);
  });
});
