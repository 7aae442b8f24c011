import type { AnalysisQuery } from '../../data/sql-query';
import { inList, join, sql, type SqlFragment } from '../../db/sql';
import { selectedCte, technologyWhere, type FacetList, type TechnologyFilters } from './filters';

/**
 * Every analysis may filter through these, so each one loads all of them. technology_facets is built from the
 * roadmap's tables and icbs, so an upload of any of them gives every analysis a new key.
 */
export const READS = [
  'technology_facets',
  'ai_roadmap_technologies',
  'ai_roadmap_workforce_groups',
  'ai_roadmap_points_of_care',
] as const;

/** How a years_to_deployment value reads; 0 means within a year (datasets/README.md). */
export const yearsLabelSql = (column: string): string =>
  `CASE WHEN ${column} = 0 THEN 'Within a year' WHEN ${column} = 1 THEN '1 year' ELSE ${column} || ' years' END`;

/**
 * Keeps the `limit` largest categories of a grouped query, plus any chosen in the filter, so a selected category
 * never drops out of its own chart. A null limit keeps every category.
 */
function largestPlusChosen(column: string, limit: number | null, chosen: readonly string[]): SqlFragment {
  if (limit === null) return sql('');
  const keepChosen = inList(column, chosen);
  return join([
    sql(`QUALIFY row_number() OVER (ORDER BY technologies DESC, ${column}) <= ?`, [limit]),
    keepChosen ? join(['OR', keepChosen], ' ') : '',
  ]);
}

export interface TypeRow extends Record<string, unknown> {
  technology_type: string;
  technologies: number;
  share: number;
}

/** Distinct technologies by type, with each type's share of the selection. */
export function technologiesByType(filters: TechnologyFilters): AnalysisQuery {
  return {
    name: 'technologies-by-type',
    reads: READS,
    query: join([
      selectedCte(filters),
      sql(`SELECT technology_type,
                  count(*)::INTEGER AS technologies,
                  (100.0 * count(*) / sum(count(*)) OVER ())::DOUBLE AS share
           FROM selected
           GROUP BY technology_type
           ORDER BY technologies DESC, technology_type`),
    ]),
  };
}

export interface SubtypeRow extends Record<string, unknown> {
  technology_type: string;
  technology_subtype: string;
  technologies: number;
  /** Share of the technologies of its type in the selection. */
  share_of_type: number;
}

/**
 * Subtypes of the types in focus: the types chosen in the filter, or else the largest type in the selection
 * (so with no filter it shows the published split of Diagnostic). Shares are of the subtype's own type.
 */
export function subtypesInFocus(filters: TechnologyFilters): AnalysisQuery {
  const chosen = inList('technology_type', filters.type);
  const focus = chosen
    ? join(['focus AS (SELECT DISTINCT technology_type FROM selected WHERE', chosen, ')'], ' ')
    : sql(`focus AS (SELECT technology_type FROM selected GROUP BY technology_type
                     ORDER BY count(*) DESC, technology_type LIMIT 1)`);
  return {
    name: 'subtypes-in-focus',
    reads: READS,
    query: join([
      selectedCte(filters),
      ',',
      focus,
      sql(`, counted AS (
             SELECT technology_type, technology_subtype, count(*) AS technologies
             FROM selected JOIN focus USING (technology_type)
             GROUP BY technology_type, technology_subtype)
           SELECT technology_type, technology_subtype, technologies::INTEGER AS technologies,
                  (100.0 * technologies / sum(technologies) OVER (PARTITION BY technology_type))::DOUBLE AS share_of_type
           FROM counted
           ORDER BY sum(technologies) OVER (PARTITION BY technology_type) DESC, technology_type,
                    technologies DESC, technology_subtype`),
    ]),
  };
}

export interface GroupRow extends Record<string, unknown> {
  workforce_group: string;
  technologies: number;
  share: number;
  /** How many groups the selection reaches, however many rows the limit keeps. */
  categories: number;
}

/**
 * The workforce groups that use the most technologies, plus any in `include`. A technology counts once in
 * each of its groups, so shares are of distinct technologies in the selection and add up to more than 100%.
 */
export function mostAffectedGroups(
  filters: TechnologyFilters,
  limit: number | null,
  include: readonly string[] = [],
): AnalysisQuery {
  return {
    name: 'most-affected-groups',
    reads: READS,
    query: join([
      selectedCte(filters, ['workforce_groups']),
      sql(`SELECT workforce_group,
                  count(*)::INTEGER AS technologies,
                  (100.0 * count(*) / (SELECT count(*) FROM selected))::DOUBLE AS share,
                  (count(*) OVER ())::INTEGER AS categories
           FROM (SELECT unnest(workforce_groups) AS workforce_group FROM selected)
           GROUP BY workforce_group`),
      largestPlusChosen('workforce_group', limit, include),
      'ORDER BY technologies DESC, workforce_group',
    ]),
  };
}

export interface AreaRow extends Record<string, unknown> {
  clinical_area: string;
  technologies: number;
  share: number;
  /** How many clinical areas the selection covers, however many rows the limit keeps. */
  categories: number;
}

/** Technologies by clinical area (one each, so shares add up to 100%): the largest, plus any in `include`. */
export function clinicalAreas(
  filters: TechnologyFilters,
  limit: number | null,
  include: readonly string[] = [],
): AnalysisQuery {
  return {
    name: 'clinical-areas',
    reads: READS,
    query: join([
      selectedCte(filters),
      sql(`SELECT clinical_area,
                  count(*)::INTEGER AS technologies,
                  (100.0 * count(*) / (SELECT count(*) FROM selected))::DOUBLE AS share,
                  (count(*) OVER ())::INTEGER AS categories
           FROM selected
           GROUP BY clinical_area`),
      largestPlusChosen('clinical_area', limit, include),
      'ORDER BY technologies DESC, clinical_area',
    ]),
  };
}

export interface CareRow extends Record<string, unknown> {
  point_of_care: string;
  technologies: number;
  share: number;
}

/**
 * How many selected technologies hold each value of a facet list, largest first, with the share of the selection
 * (a technology can hold several, so shares add up to more than 100%).
 */
function countsOfListValues(
  name: string,
  filters: TechnologyFilters,
  list: FacetList,
  column: string,
): AnalysisQuery {
  return {
    name,
    reads: READS,
    query: join([
      selectedCte(filters, [list]),
      sql(`SELECT ${column},
                  count(*)::INTEGER AS technologies,
                  (100.0 * count(*) / (SELECT count(*) FROM selected))::DOUBLE AS share
           FROM (SELECT unnest(${list}) AS ${column} FROM selected)
           GROUP BY ${column}
           ORDER BY technologies DESC, ${column}`),
    ]),
  };
}

/** Where the selected technologies are used; a technology can have several points of care. */
export const pointsOfCare = (filters: TechnologyFilters): AnalysisQuery =>
  countsOfListValues('points-of-care', filters, 'points_of_care', 'point_of_care');

export interface YearsRow extends Record<string, unknown> {
  years_to_deployment: number;
  time_to_deployment: string;
  technologies: number;
  share: number;
}

/** Likely time to deployment at scale, in years from now; each technology has one. */
export function timeToDeployment(filters: TechnologyFilters): AnalysisQuery {
  return {
    name: 'time-to-deployment',
    reads: READS,
    query: join([
      selectedCte(filters),
      sql(`SELECT years_to_deployment::INTEGER AS years_to_deployment,
                  ${yearsLabelSql('years_to_deployment')} AS time_to_deployment,
                  count(*)::INTEGER AS technologies,
                  (100.0 * count(*) / sum(count(*)) OVER ())::DOUBLE AS share
           FROM selected
           GROUP BY years_to_deployment
           ORDER BY years_to_deployment`),
    ]),
  };
}

export interface RegionRow extends Record<string, unknown> {
  region: string;
  technologies: number;
  share: number;
}

/** The selected technologies in use in each NHS region; one technology can be in use in several. */
export const technologiesByRegion = (filters: TechnologyFilters): AnalysisQuery =>
  countsOfListValues('technologies-by-region', filters, 'regions', 'region');

export interface SummaryRow extends Record<string, unknown> {
  selected: number;
  total: number;
}

/** How many technologies match every filter, out of all of them. */
export function selectionSummary(filters: TechnologyFilters): AnalysisQuery {
  return {
    name: 'technology-selection-summary',
    reads: READS,
    query: join([
      'SELECT (SELECT count(*) FROM technology_facets t',
      technologyWhere(filters),
      ')::INTEGER AS selected, (SELECT count(*) FROM ai_roadmap_technologies)::INTEGER AS total',
    ]),
  };
}
