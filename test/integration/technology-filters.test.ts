import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { technologyFiltersFromUrl } from '../../src/features/technologies/filters';
import {
  mostAffectedGroups,
  technologiesByType,
  type GroupRow,
  type TypeRow,
} from '../../src/features/technologies/queries';
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
});
