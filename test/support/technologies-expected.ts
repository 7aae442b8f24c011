import type { Connector } from '../../src/db/connector';

/**
 * What every chart of #/technologies should show, computed by SQL written for the tests over the raw tables
 * (ai_roadmap_*, icbs; not the app's views or query builders). The rule it encodes is the view's contract: a
 * chart is filtered by every URL filter except the ones it sets itself; shares are of distinct technologies.
 */
export interface Filters {
  type: string[];
  subtype: string[];
  area: string[];
  group: string[];
  care: string[];
  years: number[];
  region: string[];
  icb: string[];
}

export const noFilters = (): Filters => ({
  type: [],
  subtype: [],
  area: [],
  group: [],
  care: [],
  years: [],
  region: [],
  icb: [],
});

/** One row of a chart's table: its text cells, its count and, when it has a share column, the share's base. */
export interface ExpectedRow {
  keys: string[];
  n: number;
  base?: number;
}

export interface ExpectedChart {
  name: string;
  title: string | RegExp;
  rows: ExpectedRow[];
}

const lit = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`);
const list = (values: readonly (string | number)[]) => values.map(lit).join(', ');

/** The technologies matching `f`, ignoring the filters in `except`, as a subquery over the raw tables. */
export function selection(f: Filters, except: (keyof Filters)[] = []): string {
  const on = (k: keyof Filters) => f[k].length > 0 && !except.includes(k);
  const conditions = ['TRUE'];
  if (on('type')) conditions.push(`t.technology_type IN (${list(f.type)})`);
  if (on('subtype')) conditions.push(`t.technology_subtype IN (${list(f.subtype)})`);
  if (on('area')) conditions.push(`t.clinical_area IN (${list(f.area)})`);
  if (on('years')) conditions.push(`t.years_to_deployment IN (${list(f.years)})`);
  if (on('group'))
    conditions.push(`EXISTS (SELECT 1 FROM ai_roadmap_workforce_groups w
      WHERE w.technology_id = t.technology_id AND w.workforce_group IN (${list(f.group)}))`);
  if (on('care'))
    conditions.push(`EXISTS (SELECT 1 FROM ai_roadmap_points_of_care c
      WHERE c.technology_id = t.technology_id AND c.point_of_care IN (${list(f.care)}))`);
  if (on('region'))
    conditions.push(`EXISTS (SELECT 1 FROM ai_roadmap_deployments d JOIN icbs i ON i.icb_code = d.icb_code
      WHERE d.technology_id = t.technology_id AND i.region IN (${list(f.region)}))`);
  if (on('icb'))
    conditions.push(`EXISTS (SELECT 1 FROM ai_roadmap_deployments d
      WHERE d.technology_id = t.technology_id AND d.icb_code IN (${list(f.icb)}))`);
  return `(SELECT t.* FROM ai_roadmap_technologies t WHERE ${conditions.join(' AND ')})`;
}

const yearsLabel = (col: string) =>
  `CASE ${col} WHEN 0 THEN 'Within a year' WHEN 1 THEN '1 year' ELSE CAST(${col} AS VARCHAR) || ' years' END`;

type Raw = { k1: string; k2?: string; k3?: string; n: number; base?: number };

async function rows(db: Connector, query: string): Promise<ExpectedRow[]> {
  const raw = await db.query<Raw>(query);
  return raw.map((r) => ({
    keys: [r.k1, r.k2, r.k3].filter((k): k is string => k !== undefined && k !== null),
    n: r.n,
    ...(r.base === undefined || r.base === null ? {} : { base: r.base }),
  }));
}

/** A ranked count over one single-valued column of the technologies, with shares of the selection. */
const ranked = (from: string, column: string, limit: number | null, keep: string[]) => `
  WITH s AS ${from}, c AS (
    SELECT ${column} AS k1, count(*)::INTEGER AS n, (SELECT count(*) FROM s)::INTEGER AS base,
           rank() OVER (ORDER BY count(*) DESC, ${column}) AS r
    FROM s GROUP BY ${column})
  SELECT k1, n, base FROM c
  WHERE ${limit === null ? 'TRUE' : `r <= ${limit}`} ${keep.length ? `OR k1 IN (${list(keep)})` : ''}
  ORDER BY n DESC, k1`;

/** A count over a multi-valued link table (a technology counts once per value), with shares of the selection. */
const linked = (from: string, table: string, column: string, limit: number | null, keep: string[]) => `
  WITH s AS ${from}, c AS (
    SELECT l.${column} AS k1, count(DISTINCT l.technology_id)::INTEGER AS n,
           (SELECT count(*) FROM s)::INTEGER AS base,
           rank() OVER (ORDER BY count(DISTINCT l.technology_id) DESC, l.${column}) AS r
    FROM ${table} l WHERE l.technology_id IN (SELECT technology_id FROM s) GROUP BY l.${column})
  SELECT k1, n, base FROM c
  WHERE ${limit === null ? 'TRUE' : `r <= ${limit}`} ${keep.length ? `OR k1 IN (${list(keep)})` : ''}
  ORDER BY n DESC, k1`;

export const TOP_GROUPS = 10;
export const TOP_AREAS = 10;

/** The main charts of the view, in page order, each with the rows its table should show. */
export async function expectedCharts(db: Connector, f: Filters): Promise<ExpectedChart[]> {
  const types = await rows(db, ranked(selection(f, ['type']), 'technology_type', null, []));

  const subtypeFrom = selection(f, ['subtype']);
  const focus = f.type.length
    ? `SELECT DISTINCT technology_type FROM s WHERE technology_type IN (${list(f.type)})`
    : `SELECT technology_type FROM s GROUP BY 1 ORDER BY count(*) DESC, technology_type LIMIT 1`;
  const subtypes = await rows(
    db,
    `WITH s AS ${subtypeFrom}, f AS (${focus}),
       per_type AS (SELECT technology_type, count(*) AS total FROM s GROUP BY 1)
     SELECT s.technology_subtype AS k1, s.technology_type AS k2, count(*)::INTEGER AS n,
            any_value(p.total)::INTEGER AS base
     FROM s JOIN f ON f.technology_type = s.technology_type JOIN per_type p ON p.technology_type = s.technology_type
     GROUP BY s.technology_type, s.technology_subtype
     ORDER BY any_value(p.total) DESC, s.technology_type, n DESC, s.technology_subtype`,
  );
  const focusTypes = [...new Set(subtypes.map((r) => r.keys[1]))];

  const groups = await rows(
    db,
    linked(selection(f, ['group']), 'ai_roadmap_workforce_groups', 'workforce_group', TOP_GROUPS, f.group),
  );
  const areas = await rows(db, ranked(selection(f, ['area']), 'clinical_area', TOP_AREAS, f.area));

  // The matrix: the 5 groups reaching most technologies (and any chosen), then the 10 clinical areas where
  // most technologies reach those groups (and any chosen), every pair listed.
  const matrix = await rows(
    db,
    `WITH s AS ${selection(f, ['area', 'group'])},
       p AS (SELECT s.clinical_area, w.workforce_group, s.technology_id
             FROM s JOIN ai_roadmap_workforce_groups w ON w.technology_id = s.technology_id),
       g AS (SELECT workforce_group, rank() OVER (ORDER BY count(DISTINCT technology_id) DESC, workforce_group) AS r
             FROM p GROUP BY 1),
       gs AS (SELECT * FROM g WHERE r <= 5 ${f.group.length ? `OR workforce_group IN (${list(f.group)})` : ''}),
       a AS (SELECT x.clinical_area,
                    rank() OVER (ORDER BY count(DISTINCT p.technology_id) DESC, x.clinical_area) AS r
             FROM (SELECT DISTINCT clinical_area FROM s) x
             LEFT JOIN p ON p.clinical_area = x.clinical_area
                        AND p.workforce_group IN (SELECT workforce_group FROM gs)
             GROUP BY x.clinical_area),
       az AS (SELECT * FROM a WHERE r <= 10 ${f.area.length ? `OR clinical_area IN (${list(f.area)})` : ''})
     SELECT az.clinical_area AS k1, gs.workforce_group AS k2,
            (SELECT count(DISTINCT technology_id) FROM p
             WHERE p.clinical_area = az.clinical_area AND p.workforce_group = gs.workforce_group)::INTEGER AS n
     FROM az, gs ORDER BY az.r, gs.r`,
  );

  const care = await rows(
    db,
    linked(selection(f, ['care']), 'ai_roadmap_points_of_care', 'point_of_care', null, []),
  );
  const years = await rows(
    db,
    `WITH s AS ${selection(f, ['years'])}
     SELECT ${yearsLabel('years_to_deployment')} AS k1, count(*)::INTEGER AS n, (SELECT count(*) FROM s)::INTEGER AS base
     FROM s GROUP BY years_to_deployment ORDER BY years_to_deployment`,
  );
  const careByYears = await rows(
    db,
    `WITH s AS ${selection(f, ['years', 'care'])}
     SELECT ${yearsLabel('s.years_to_deployment')} AS k1, c.point_of_care AS k2,
            count(DISTINCT s.technology_id)::INTEGER AS n,
            (SELECT count(*) FROM s s2 WHERE s2.years_to_deployment = s.years_to_deployment)::INTEGER AS base
     FROM s JOIN ai_roadmap_points_of_care c ON c.technology_id = s.technology_id
     GROUP BY s.years_to_deployment, c.point_of_care
     ORDER BY s.years_to_deployment, n DESC, c.point_of_care`,
  );
  const impact = await rows(
    db,
    `WITH s AS ${selection(f)}, r AS (
       SELECT 1 AS o, 'Primary workforce group' AS k1, impact_workforce AS k2 FROM s
       UNION ALL SELECT 2, 'Care pathway', impact_pathway FROM s
       UNION ALL SELECT 3, 'System', impact_system FROM s)
     SELECT k1, k2, count(*)::INTEGER AS n, (SELECT count(*) FROM s)::INTEGER AS base
     FROM r GROUP BY o, k1, k2
     ORDER BY o, list_position(['Low', 'Medium', 'High'], k2)`,
  );
  const regions = await rows(
    db,
    `WITH s AS ${selection(f, ['region', 'type'])}
     SELECT i.region AS k1, s.technology_type AS k2, count(DISTINCT s.technology_id)::INTEGER AS n
     FROM s JOIN ai_roadmap_deployments d ON d.technology_id = s.technology_id JOIN icbs i ON i.icb_code = d.icb_code
     GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const icbs = await rows(
    db,
    `WITH s AS ${selection(f, ['icb', 'type'])}
     SELECT replace(replace(i.icb_name, 'NHS ', ''), ' Integrated Care Board', '') || ' (' || i.icb_code || ')' AS k1,
            i.region AS k2, s.technology_type AS k3, count(DISTINCT s.technology_id)::INTEGER AS n
     FROM s JOIN ai_roadmap_deployments d ON d.technology_id = s.technology_id JOIN icbs i ON i.icb_code = d.icb_code
     ${f.region.length ? `WHERE i.region IN (${list(f.region)})` : ''}
     GROUP BY 1, 2, 3 ORDER BY 2, 1, 3`,
  );

  return [
    { name: 'type', title: 'AI technologies by type', rows: types },
    { name: 'subtype', title: `Subtypes of ${focusTypes.join(' and ')}`, rows: subtypes },
    { name: 'group', title: /^Most affected workforce groups/, rows: groups },
    { name: 'area', title: /^Technologies by clinical area/, rows: areas },
    { name: 'area-group', title: /^Clinical areas by workforce group/, rows: matrix },
    { name: 'care', title: 'Point of care', rows: care },
    { name: 'years', title: 'Time to deployment at scale', rows: years },
    { name: 'care-years', title: 'Points of care by time to deployment', rows: careByYears },
    { name: 'impact', title: 'Impact on the workforce, the pathway and the system', rows: impact },
    { name: 'region', title: 'Spread by NHS region and type', rows: regions },
    { name: 'icb', title: 'Spread by ICB and type', rows: icbs },
  ];
}

/** The use-case profile of one type: every technology of the type, whatever the other filters. */
export async function expectedProfile(db: Connector, type: string): Promise<ExpectedChart[]> {
  const only = { ...noFilters(), type: [type] };
  const from = selection(only);
  return [
    {
      name: 'profile-groups',
      title: `${type}: top 5 workforce groups`,
      rows: await rows(db, linked(from, 'ai_roadmap_workforce_groups', 'workforce_group', 5, [])),
    },
    {
      name: 'profile-areas',
      title: `${type}: top 5 clinical areas`,
      rows: await rows(db, ranked(from, 'clinical_area', 5, [])),
    },
    {
      name: 'profile-care',
      title: `${type}: points of care`,
      rows: await rows(db, linked(from, 'ai_roadmap_points_of_care', 'point_of_care', null, [])),
    },
    {
      name: 'profile-years',
      title: `${type}: time to deployment`,
      rows: await rows(
        db,
        `WITH s AS ${from} SELECT ${yearsLabel('years_to_deployment')} AS k1, count(*)::INTEGER AS n,
           (SELECT count(*) FROM s)::INTEGER AS base FROM s GROUP BY years_to_deployment ORDER BY years_to_deployment`,
      ),
    },
    {
      name: 'profile-regions',
      title: `${type}: NHS regions where in use`,
      rows: await rows(
        db,
        `WITH s AS ${from}
         SELECT i.region AS k1, count(DISTINCT d.technology_id)::INTEGER AS n, (SELECT count(*) FROM s)::INTEGER AS base
         FROM ai_roadmap_deployments d JOIN icbs i ON i.icb_code = d.icb_code
         WHERE d.technology_id IN (SELECT technology_id FROM s)
         GROUP BY i.region ORDER BY n DESC, i.region`,
      ),
    },
  ];
}

/** The ids of the technologies matching every filter, in id order (the list's default sort). */
export async function expectedIds(db: Connector, f: Filters): Promise<string[]> {
  const found = await db.query<{ id: string }>(
    `SELECT technology_id AS id FROM ${selection(f)} ORDER BY technology_id`,
  );
  return found.map((r) => r.id);
}

/** The cells of a table row as the app prints them: counts with thousands separators, whole percentages. */
export function tableCells(row: ExpectedRow): string[] {
  const int = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
  const cells = [...row.keys, int(row.n)];
  if (row.base !== undefined) cells.push(`${int(Math.round((100 * row.n) / row.base))}%`);
  return cells;
}
