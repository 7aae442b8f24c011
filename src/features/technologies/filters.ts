import type { SqlFragment } from '../../db/sql';
import { inList, join, sql, where } from '../../db/sql';

/** The URL parameters this view reads (DESIGN.md section 4); every one of them filters the technologies. */
export const TECHNOLOGY_FILTER_PARAMS = [
  'type',
  'subtype',
  'area',
  'group',
  'care',
  'years',
  'region',
  'icb',
] as const;
export type TechnologyFilterParam = (typeof TECHNOLOGY_FILTER_PARAMS)[number];

/** The AI Roadmap filters, read from the URL (parameter names are the URL contract). */
export interface TechnologyFilters {
  readonly type: readonly string[];
  readonly subtype: readonly string[];
  readonly area: readonly string[];
  readonly group: readonly string[];
  readonly care: readonly string[];
  readonly years: readonly number[];
  readonly region: readonly string[];
  readonly icb: readonly string[];
}

export const NO_FILTERS: TechnologyFilters = {
  type: [],
  subtype: [],
  area: [],
  group: [],
  care: [],
  years: [],
  region: [],
  icb: [],
};

export function technologyFiltersFromUrl(params: URLSearchParams): TechnologyFilters {
  return {
    type: params.getAll('type'),
    subtype: params.getAll('subtype'),
    area: params.getAll('area'),
    group: params.getAll('group'),
    care: params.getAll('care'),
    // A years value that is not a whole number cannot match anything; it is dropped rather than sent to SQL.
    years: params
      .getAll('years')
      .filter((v) => /^\d{1,2}$/.test(v))
      .map(Number),
    region: params.getAll('region'),
    icb: params.getAll('icb'),
  };
}

/**
 * The filters a chart applies: every filter except those the chart itself sets. A chart of types is not
 * narrowed by the type filter, so the selected bars stay in view beside the others and more can be added.
 */
export function withoutFilters(
  filters: TechnologyFilters,
  ...own: readonly TechnologyFilterParam[]
): TechnologyFilters {
  const next = { ...filters };
  for (const param of own) next[param] = [];
  return next;
}

export const hasFilters = (filters: TechnologyFilters): boolean =>
  TECHNOLOGY_FILTER_PARAMS.some((param) => filters[param].length > 0);

/** `list` (a list column of technology_facets) holds any of `values`. */
function hasAny(list: string, values: readonly string[]): SqlFragment | null {
  if (values.length === 0) return null;
  return sql(`list_has_any(${list}, [${values.map(() => '?').join(', ')}])`, values);
}

/** WHERE clause over `technology_facets t` that keeps the technologies matching every filter. */
export function technologyWhere(filters: TechnologyFilters): SqlFragment {
  return where(
    inList('t.technology_type', filters.type),
    inList('t.technology_subtype', filters.subtype),
    inList('t.clinical_area', filters.area),
    inList('t.years_to_deployment', filters.years),
    hasAny('t.workforce_groups', filters.group),
    hasAny('t.points_of_care', filters.care),
    hasAny('t.regions', filters.region),
    hasAny('t.icb_codes', filters.icb),
  );
}

/** The list columns of technology_facets: each technology's workforce groups, points of care, regions, ICBs. */
const FACET_LISTS = ['workforce_groups', 'points_of_care', 'regions', 'icb_codes'] as const;
export type FacetList = (typeof FACET_LISTS)[number];

/**
 * `WITH selected AS (...)`: the technologies matching the filters, which every analysis counts from, with the
 * columns of ai_roadmap_technologies and the facet lists named in `lists`. A list holds no value twice, so its
 * unnested rows count distinct technologies without a join or a DISTINCT; lists not asked for are left out,
 * since DuckDB copies the whole CTE when a query reads it twice.
 */
export function selectedCte(filters: TechnologyFilters, lists: readonly FacetList[] = []): SqlFragment {
  const excluded = FACET_LISTS.filter((list) => !lists.includes(list));
  return join([
    `WITH selected AS (SELECT t.*${excluded.length ? ` EXCLUDE (${excluded.join(', ')})` : ''}`,
    'FROM technology_facets t',
    technologyWhere(filters),
    ')',
  ]);
}
