import type { SqlFragment } from '../../db/sql';
import { inList, sql, where } from '../../db/sql';

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

function linkedTo(table: string, column: string, values: readonly string[]): SqlFragment | null {
  const condition = inList(column, values);
  return (
    condition &&
    sql(`t.technology_id IN (SELECT technology_id FROM ${table} WHERE ${condition.sql})`, condition.params)
  );
}

/** WHERE clause over `ai_roadmap_technologies t` that keeps the technologies matching every filter. */
export function technologyWhere(filters: TechnologyFilters): SqlFragment {
  return where(
    inList('t.technology_type', filters.type),
    inList('t.technology_subtype', filters.subtype),
    inList('t.clinical_area', filters.area),
    inList('t.years_to_deployment', filters.years),
    linkedTo('ai_roadmap_workforce_groups', 'workforce_group', filters.group),
    linkedTo('ai_roadmap_points_of_care', 'point_of_care', filters.care),
    linkedTo('technology_deployments', 'region', filters.region),
    linkedTo('technology_deployments', 'icb_code', filters.icb),
  );
}
