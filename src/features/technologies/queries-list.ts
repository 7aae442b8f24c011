import type { AnalysisQuery } from '../../data/sql-query';
import { join, sql } from '../../db/sql';
import { technologyWhere, type TechnologyFilters } from './filters';
import { READS, yearsLabelSql } from './queries';
import { icbLabelSql } from './queries-matrices';

/** Columns the list can be sorted by, and the SQL each sorts on (never taken from the user as text). */
export const LIST_SORTS = {
  technology_id: 'technology_id',
  technology_name: 'lower(technology_name)',
  technology_type: 'technology_type',
  technology_subtype: 'technology_subtype',
  clinical_area: 'clinical_area',
  years_to_deployment: 'years_to_deployment',
  icbs: 'icbs',
} as const;
export type ListSort = keyof typeof LIST_SORTS;
export type SortDirection = 'ascending' | 'descending';

export interface TechnologyListRow extends Record<string, unknown> {
  technology_id: string;
  technology_name: string;
  technology_type: string;
  technology_subtype: string;
  clinical_area: string;
  years_to_deployment: number;
  time_to_deployment: string;
  workforce_groups: string;
  points_of_care: string;
  impact_workforce: string;
  impact_pathway: string;
  impact_system: string;
  icbs: number;
  /** How many technologies match the search, however many rows the limit lets through. */
  matches: number;
}

export interface ListOptions {
  readonly search: string;
  readonly sort: ListSort;
  readonly direction: SortDirection;
  readonly limit: number;
}

/**
 * The technologies behind the current selection with their attributes. The search matches, case-insensitively,
 * anywhere in the name, type, subtype, clinical area, workforce groups or points of care; it is a plain
 * substring (bound as a parameter), so `%` and `_` are just characters.
 */
export function technologyList(filters: TechnologyFilters, options: ListOptions): AnalysisQuery {
  const direction = options.direction === 'descending' ? 'DESC' : 'ASC';
  const search = options.search.trim();
  return {
    name: 'technology-list',
    reads: READS,
    query: join([
      `WITH detailed AS (
         SELECT t.technology_id, t.technology_name, t.technology_type, t.technology_subtype, t.clinical_area,
                t.years_to_deployment::INTEGER AS years_to_deployment,
                ${yearsLabelSql('t.years_to_deployment')} AS time_to_deployment,
                array_to_string(t.workforce_groups, '; ') AS workforce_groups,
                array_to_string(t.points_of_care, '; ') AS points_of_care,
                t.impact_workforce, t.impact_pathway, t.impact_system,
                len(t.icb_codes)::INTEGER AS icbs
         FROM technology_facets t`,
      technologyWhere(filters),
      '), found AS (SELECT * FROM detailed',
      // No search, no test: every technology matches.
      search
        ? sql(
            `WHERE contains(lower(concat_ws(' ', technology_id, technology_name, technology_type, technology_subtype,
                                           clinical_area, workforce_groups, points_of_care)), lower(?))`,
            [search],
          )
        : '',
      sql(
        `)
         SELECT *, (count(*) OVER ())::INTEGER AS matches
         FROM found
         ORDER BY ${LIST_SORTS[options.sort]} ${direction}, technology_id
         LIMIT ?`,
        [options.limit],
      ),
    ]),
  };
}

export interface FilterOptionRow extends Record<string, unknown> {
  param: 'subtype' | 'area' | 'group' | 'years' | 'icb';
  value: string;
  label: string;
  /** The type of a subtype, the region of an ICB. */
  parent: string | null;
}

/** The values each filter can take in the loaded data, with how each reads. */
export function filterOptions(): AnalysisQuery {
  return {
    name: 'technology-filter-options',
    reads: [...READS, 'icbs'],
    query: sql(`
      SELECT param, value, label, parent FROM (
        SELECT DISTINCT 'subtype' AS param, technology_subtype AS value, technology_subtype AS label,
               technology_type AS parent, 1 AS o FROM ai_roadmap_technologies
        UNION ALL SELECT DISTINCT 'area', clinical_area, clinical_area, NULL, 2 FROM ai_roadmap_technologies
        UNION ALL SELECT DISTINCT 'group', workforce_group, workforce_group, NULL, 3 FROM ai_roadmap_workforce_groups
        UNION ALL SELECT DISTINCT 'years', years_to_deployment::VARCHAR,
               ${yearsLabelSql('years_to_deployment')}, NULL, 4 FROM ai_roadmap_technologies
        UNION ALL SELECT 'icb', icb_code, ${icbLabelSql('icb_name', 'icb_code')}, region, 5 FROM icbs)
      ORDER BY o, parent, CASE WHEN param = 'years' THEN lpad(value, 3, '0') ELSE lower(label) END`),
  };
}
