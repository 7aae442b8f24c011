import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { technologyFiltersFromUrl } from '../../src/features/technologies/filters';
import {
  mostAffectedGroups,
  technologiesByType,
  type GroupRow,
  type TypeRow,
} from '../../src/features/technologies/queries';
import {
  filterOptions,
  technologyList,
  type FilterOptionRow,
  type TechnologyListRow,
} from '../../src/features/technologies/queries-list';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, [
    'ai_roadmap_technologies',
    'ai_roadmap_workforce_groups',
    'ai_roadmap_points_of_care',
    'technology_deployments',
  ]);
});

const filtersFrom = (query: string) => technologyFiltersFromUrl(new URLSearchParams(query));

describe('technology filters', () => {
  it('combine type, workforce group and region as the independent SQL does', async () => {
    const query = 'type=Diagnostic&type=Remote+monitoring&group=Medic%2C+General+Practice&region=London';
    const app = await runAnalysis<TypeRow>(db, technologiesByType(filtersFrom(query)));
    const expected = await db.query<{ technology_type: string; technologies: number }>(
      `SELECT technology_type, count(*)::INTEGER AS technologies FROM ai_roadmap_technologies
       WHERE technology_type IN ('Diagnostic', 'Remote monitoring')
         AND technology_id IN (SELECT technology_id FROM ai_roadmap_workforce_groups WHERE workforce_group = 'Medic, General Practice')
         AND technology_id IN (SELECT d.technology_id FROM ai_roadmap_deployments d JOIN icbs i USING (icb_code) WHERE i.region = 'London')
       GROUP BY 1 ORDER BY technologies DESC, technology_type`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(app.map((r) => [r.technology_type, r.technologies])).toEqual(
      expected.map((r) => [r.technology_type, r.technologies]),
    );
  });

  it('count shares of workforce groups against distinct technologies in the selection', async () => {
    const app = await runAnalysis<GroupRow>(
      db,
      mostAffectedGroups(filtersFrom('care=Primary+care&years=0'), 3),
    );
    const [selected] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM ai_roadmap_technologies t
       WHERE years_to_deployment = 0
         AND technology_id IN (SELECT technology_id FROM ai_roadmap_points_of_care WHERE point_of_care = 'Primary care')`,
    );
    expect(selected!.n).toBeGreaterThan(0);
    for (const row of app) expect(row.share).toBeCloseTo((100 * row.technologies) / selected!.n, 9);
  });

  it('treat quotes and SQL in URL values as data that matches nothing', async () => {
    const app = await runAnalysis<TypeRow>(
      db,
      technologiesByType(filtersFrom("area=x') OR 1=1 --&years=1;DROP")),
    );
    expect(app).toEqual([]);
    const [still] = await db.query<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM ai_roadmap_technologies',
    );
    expect(still!.n).toBe(240);
  });

  it('search the list case-insensitively as plain text, and sort it as asked', async () => {
    const list = (
      search: string,
      sort: 'technology_name' | 'years_to_deployment',
      direction: 'ascending' | 'descending',
    ) =>
      runAnalysis<TechnologyListRow>(
        db,
        technologyList(filtersFrom('type=Diagnostic'), { search, sort, direction, limit: 1000 }),
      );
    const found = await list('CARDIAC', 'technology_name', 'descending');
    const expected = await db.query<{ technology_id: string }>(
      `SELECT t.technology_id FROM ai_roadmap_technologies t
       WHERE t.technology_type = 'Diagnostic'
         AND (t.technology_name ILIKE '%cardiac%' OR t.technology_subtype ILIKE '%cardiac%'
              OR t.clinical_area ILIKE '%cardiac%'
              OR EXISTS (SELECT 1 FROM ai_roadmap_workforce_groups g
                         WHERE g.technology_id = t.technology_id AND g.workforce_group ILIKE '%cardiac%'))
       ORDER BY lower(t.technology_name) DESC, t.technology_id`,
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(found.map((r) => r.technology_id)).toEqual(expected.map((r) => r.technology_id));
    expect(await list("%' OR 1=1 --", 'technology_name', 'ascending')).toEqual([]);
    expect(await list('_', 'technology_name', 'ascending')).toEqual([]);
    const byYears = await list('', 'years_to_deployment', 'ascending');
    expect(byYears).toHaveLength(82);
    expect(byYears.map((r) => r.years_to_deployment)).toEqual(
      [...byYears.map((r) => r.years_to_deployment)].sort((a, b) => a - b),
    );
  });

  it('offer every value in the data as a choice', async () => {
    const options = await runAnalysis<FilterOptionRow>(db, filterOptions());
    const count = (param: string) => options.filter((o) => o.param === param).length;
    expect([count('subtype'), count('area'), count('group'), count('years'), count('icb')]).toEqual([
      23, 67, 155, 6, 42,
    ]);
    expect(options.find((o) => o.param === 'icb' && o.value === 'QE1')).toEqual({
      param: 'icb',
      value: 'QE1',
      label: 'Lancashire and South Cumbria (QE1)',
      parent: 'North West',
    });
    expect(options.find((o) => o.param === 'years' && o.value === '0')?.label).toBe('Within a year');
  });
});
