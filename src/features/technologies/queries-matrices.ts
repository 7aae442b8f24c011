import type { AnalysisQuery } from '../../data/sql-query';
import { inList, join, sql, where } from '../../db/sql';
import { selectedCte, type TechnologyFilters } from './filters';
import { READS, yearsLabelSql } from './queries';

/** "NHS Lancashire and South Cumbria Integrated Care Board" and QE1 -> "Lancashire and South Cumbria (QE1)". */
export const icbLabelSql = (name: string, code: string): string =>
  `regexp_replace(${name}, '^NHS (.*) Integrated Care Board$', '\\1') || ' (' || ${code} || ')'`;

export interface CareByYearsRow extends Record<string, unknown> {
  years_to_deployment: number;
  time_to_deployment: string;
  point_of_care: string;
  technologies: number;
  /** Share of the technologies with this time to deployment (multi-label: a row adds up to over 100%). */
  share: number;
}

/** Points of care by time to deployment: with no filter, the 56 ready within a year and where they are used. */
export function careByYears(filters: TechnologyFilters): AnalysisQuery {
  return {
    name: 'care-by-years',
    reads: READS,
    query: join([
      selectedCte(filters, ['points_of_care']),
      sql(`, per_year AS (SELECT years_to_deployment, count(*) AS base FROM selected GROUP BY years_to_deployment)
           SELECT s.years_to_deployment::INTEGER AS years_to_deployment,
                  ${yearsLabelSql('s.years_to_deployment')} AS time_to_deployment,
                  s.point_of_care,
                  count(*)::INTEGER AS technologies,
                  (100.0 * count(*) / any_value(y.base))::DOUBLE AS share
           FROM (SELECT years_to_deployment, unnest(points_of_care) AS point_of_care FROM selected) s
           JOIN per_year y USING (years_to_deployment)
           GROUP BY s.years_to_deployment, s.point_of_care
           ORDER BY s.years_to_deployment, technologies DESC, s.point_of_care`),
    ]),
  };
}

export interface ImpactRow extends Record<string, unknown> {
  impact_on: string;
  rating: string;
  technologies: number;
  share: number;
}

export const IMPACT_ON = ['Primary workforce group', 'Care pathway', 'System'] as const;

/** How many technologies are rated Low, Medium or High impact on the workforce, the pathway and the system. */
export function impactRatings(filters: TechnologyFilters): AnalysisQuery {
  return {
    name: 'impact-ratings',
    reads: READS,
    query: join([
      selectedCte(filters),
      sql(`, ratings AS (
             SELECT 1 AS o, 'Primary workforce group' AS impact_on, impact_workforce AS rating FROM selected
             UNION ALL SELECT 2, 'Care pathway', impact_pathway FROM selected
             UNION ALL SELECT 3, 'System', impact_system FROM selected)
           SELECT impact_on, rating, count(*)::INTEGER AS technologies,
                  (100.0 * count(*) / (SELECT count(*) FROM selected))::DOUBLE AS share
           FROM ratings
           GROUP BY o, impact_on, rating
           ORDER BY o, CASE rating WHEN 'Low' THEN 1 WHEN 'Medium' THEN 2 WHEN 'High' THEN 3 ELSE 4 END, rating`),
    ]),
  };
}

export interface RegionSpreadRow extends Record<string, unknown> {
  region: string;
  technology_type: string;
  technologies: number;
}

/** Distinct technologies in use in each NHS region, by type. */
export function spreadByRegion(filters: TechnologyFilters): AnalysisQuery {
  return {
    name: 'spread-by-region',
    reads: READS,
    query: join([
      selectedCte(filters, ['regions']),
      sql(`SELECT region, technology_type, count(*)::INTEGER AS technologies
           FROM (SELECT unnest(regions) AS region, technology_type FROM selected)
           GROUP BY region, technology_type
           ORDER BY region, technology_type`),
    ]),
  };
}

export interface IcbSpreadRow extends Record<string, unknown> {
  icb_code: string;
  icb: string;
  region: string;
  technology_type: string;
  technologies: number;
}

/** Distinct technologies in use in each ICB, by type; only the ICBs of `regions` when any are given. */
export function spreadByIcb(filters: TechnologyFilters, regions: readonly string[]): AnalysisQuery {
  return {
    name: 'spread-by-icb',
    reads: READS,
    query: join([
      selectedCte(filters, ['icb_codes']),
      // Counted per ICB code first, so each ICB's label is made once rather than once per technology.
      sql(`, counted AS (
             SELECT icb_code, technology_type, count(*) AS technologies
             FROM (SELECT unnest(icb_codes) AS icb_code, technology_type FROM selected)
             GROUP BY icb_code, technology_type)
           SELECT c.icb_code, ${icbLabelSql('i.icb_name', 'c.icb_code')} AS icb, i.region, c.technology_type,
                  c.technologies::INTEGER AS technologies
           FROM counted c
           JOIN icbs i USING (icb_code)`),
      where(sql('i.icb_name IS NOT NULL'), inList('i.region', regions)),
      'ORDER BY i.region, icb, c.technology_type',
    ]),
  };
}

export interface AreaGroupRow extends Record<string, unknown> {
  clinical_area: string;
  workforce_group: string;
  technologies: number;
  area_rank: number;
  group_rank: number;
}

export interface AreaGroupShape {
  readonly areas: number;
  readonly groups: number;
  /** Chosen in the filters: always shown, after the largest. */
  readonly includeAreas: readonly string[];
  readonly includeGroups: readonly string[];
}

/**
 * Technologies by clinical area and workforce group: the largest groups in the selection, and the clinical
 * areas where most technologies reach those groups (plus any chosen in the filters). Every pair is listed,
 * zeros included, so the table and the matrix show the same cells.
 */
export function areaByGroup(filters: TechnologyFilters, shape: AreaGroupShape): AnalysisQuery {
  const keepGroups = inList('workforce_group', shape.includeGroups);
  const keepAreas = inList('clinical_area', shape.includeAreas);
  return {
    name: 'area-by-group',
    reads: READS,
    query: join([
      selectedCte(filters, ['workforce_groups']),
      sql(
        `, pairs AS (SELECT clinical_area, unnest(workforce_groups) AS workforce_group FROM selected),
           group_counts AS (
             SELECT workforce_group, row_number() OVER (ORDER BY count(*) DESC, workforce_group) AS rank
             FROM pairs GROUP BY workforce_group),
           top_groups AS (SELECT workforce_group, rank FROM group_counts WHERE rank <= ?`,
        [shape.groups],
      ),
      keepGroups ? join(['OR', keepGroups], ' ') : '',
      // Areas are ranked by how many technologies reach the groups shown (have one of them in their list), so no
      // row is all zeros by rank.
      sql(
        `), area_counts AS (
             SELECT clinical_area,
                    row_number() OVER (ORDER BY count(*) FILTER (WHERE reaches) DESC, clinical_area) AS rank
             FROM (SELECT clinical_area,
                          list_has_any(workforce_groups, (SELECT list(workforce_group) FROM top_groups)) AS reaches
                   FROM selected)
             GROUP BY clinical_area),
           top_areas AS (SELECT clinical_area, rank FROM area_counts WHERE rank <= ?`,
        [shape.areas],
      ),
      keepAreas ? join(['OR', keepAreas], ' ') : '',
      sql(`), cells AS (
             SELECT clinical_area, workforce_group, count(*) AS n FROM pairs GROUP BY clinical_area, workforce_group)
           SELECT a.clinical_area, g.workforce_group, coalesce(c.n, 0)::INTEGER AS technologies,
                  a.rank::INTEGER AS area_rank, g.rank::INTEGER AS group_rank
           FROM top_areas a CROSS JOIN top_groups g
           LEFT JOIN cells c ON c.clinical_area = a.clinical_area AND c.workforce_group = g.workforce_group
           ORDER BY area_rank, group_rank`),
    ]),
  };
}
