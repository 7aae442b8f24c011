import { quoteLiteral } from '../db/sql';
import { ARCHETYPES, type TableName } from './catalogue';

const ARCHETYPE_ENUM = `ENUM(${ARCHETYPES.map(quoteLiteral).join(', ')})`;

/**
 * Relations the analyses share, built once the tables they read are loaded. Keeping the definitions here means
 * the capability gap (DESIGN.md section 3) is computed one way everywhere.
 *
 * They are materialised as tables, not views: every chart and every filter change reads them, and redoing the
 * joins in each query cost more than the queries themselves (about 390 ms against 110 ms for the capability
 * view's queries on bundled data). relations.ts rebuilds one whenever a table it reads gets a new version.
 */
export interface ViewDefinition {
  readonly name: string;
  readonly tables: readonly TableName[];
  /** Other relations of this list that the SQL reads, built first (their tables are in `tables` too). */
  readonly builtFrom?: readonly string[];
  readonly sql: string;
}

export const VIEWS = {
  /** One row per respondent and domain with the archetype's target, the gap (never negative) and whether it is met. */
  capability_gaps: {
    name: 'capability_gaps',
    tables: ['capability_assessments', 'capability_targets', 'icbs'],
    sql: `
      SELECT a.response_id, a.assessed_on, strftime(a.assessed_on, '%Y-%m-%d') AS round,
             a.icb_code, i.region, a.organisation_type, a.staff_group,
             -- An ENUM (loads check every archetype is one of these), so grouping by it hashes a byte, not text.
             a.archetype::${ARCHETYPE_ENUM} AS archetype, a.domain_id,
             a.level, t.target_level,
             greatest(t.target_level - a.level, 0) AS gap,
             a.level >= t.target_level AS meets_target
      FROM capability_assessments a
      JOIN capability_targets t USING (archetype, domain_id)
      LEFT JOIN icbs i USING (icb_code)
      -- Stored in round, archetype, region and ICB order: nearly every query keeps one round and often one
      -- archetype, region or ICB, and DuckDB then skips the stretches outside it (their min and max say so). On a
      -- 1,000,000-row upload the capability view's six queries took 170-200 ms instead of 450 ms in round, region
      -- and ICB order (Node, DuckDB-wasm). With the archetype in the order and as an ENUM, they took 40-70 ms
      -- instead of 90-150 ms on an archetype filter, the others unchanged. Building this table costs about a
      -- second, once per upload.
      ORDER BY a.assessed_on, archetype, i.region, a.icb_code`,
  },
  /**
   * One row per response (a respondent's assessment in one round) with what its domains add up to, for counting
   * respondents when no domain is chosen: a sixth of capability_gaps' rows. On a 1,000,000-row upload the
   * summary, the archetypes and the trend took 28 instead of 55 ms a filter state (19 states), and the view's
   * queries 64-66 instead of 94-95 ms (27 states; Node, DuckDB-wasm). Grouped by every attribute a filter reads,
   * so a response whose rows disagree (an upload's data) counts as its rows would; the queries still count
   * distinct response ids. Built from capability_gaps in about 0.4 s (Node), once per upload.
   */
  capability_responses: {
    name: 'capability_responses',
    tables: ['capability_assessments', 'capability_targets', 'icbs'],
    builtFrom: ['capability_gaps'],
    sql: `
      SELECT response_id, assessed_on, icb_code, region, organisation_type, staff_group, archetype,
             count(*) AS domains, count(*) FILTER (WHERE meets_target) AS meeting, sum(gap) AS gap
      FROM capability_gaps
      GROUP BY ALL
      -- The order of capability_gaps, so a round, archetype, region or ICB filter skips the rest.
      ORDER BY assessed_on, archetype, region, icb_code`,
  },
  /**
   * The assessment rounds the data holds, newest last. Several queries need the list or the latest round, and
   * scanning the assessments for them cost a full pass over an upload of a million rows each time.
   */
  assessment_rounds: {
    name: 'assessment_rounds',
    tables: ['capability_assessments'],
    sql: `SELECT DISTINCT assessed_on FROM capability_assessments ORDER BY assessed_on`,
  },
  /**
   * One row per technology with its multi-valued attributes as lists, so a filter on workforce group, point of
   * care, region or ICB is a list test on the row instead of a semi-join per filter in every query. The 13
   * queries of #/technologies took 103 ms instead of 189 ms with it (warm, Node, DuckDB-wasm).
   */
  technology_facets: {
    name: 'technology_facets',
    tables: [
      'ai_roadmap_technologies',
      'ai_roadmap_workforce_groups',
      'ai_roadmap_points_of_care',
      'ai_roadmap_deployments',
      'icbs',
    ],
    sql: `
      SELECT t.*,
             coalesce(g.workforce_groups, []) AS workforce_groups,
             coalesce(p.points_of_care, []) AS points_of_care,
             coalesce(d.regions, []) AS regions,
             coalesce(d.icb_codes, []) AS icb_codes
      FROM ai_roadmap_technologies t
      LEFT JOIN (SELECT technology_id, list(DISTINCT workforce_group ORDER BY workforce_group) AS workforce_groups
                 FROM ai_roadmap_workforce_groups GROUP BY technology_id) g USING (technology_id)
      LEFT JOIN (SELECT technology_id, list(DISTINCT point_of_care ORDER BY point_of_care) AS points_of_care
                 FROM ai_roadmap_points_of_care GROUP BY technology_id) p USING (technology_id)
      LEFT JOIN (SELECT d.technology_id,
                        list(DISTINCT i.region ORDER BY i.region) FILTER (WHERE i.region IS NOT NULL) AS regions,
                        list(DISTINCT d.icb_code ORDER BY d.icb_code) AS icb_codes
                 FROM ai_roadmap_deployments d LEFT JOIN icbs i USING (icb_code)
                 GROUP BY d.technology_id) d USING (technology_id)`,
  },
  /** Deployments with the ICB's region. */
  technology_deployments: {
    name: 'technology_deployments',
    tables: ['ai_roadmap_deployments', 'icbs'],
    sql: `
      SELECT d.technology_id, d.icb_code, i.icb_name, i.region, d.sites
      FROM ai_roadmap_deployments d
      LEFT JOIN icbs i USING (icb_code)`,
  },
} as const satisfies Record<string, ViewDefinition>;

export type ViewName = keyof typeof VIEWS;
export type RelationName = TableName | ViewName;

export function isViewName(name: string): name is ViewName {
  return Object.hasOwn(VIEWS, name);
}

export function viewTables(name: RelationName): readonly TableName[] {
  return isViewName(name) ? VIEWS[name].tables : [name];
}

/** Every table that relations read, directly or through a shared relation, each once. */
export function tablesRead(relations: readonly RelationName[]): TableName[] {
  return [...new Set(relations.flatMap((name) => viewTables(name)))];
}
