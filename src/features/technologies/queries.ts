import type { AnalysisQuery } from '../../data/sql-query';
import { join, sql } from '../../db/sql';
import { technologyWhere, type TechnologyFilters } from './filters';

const READS = [
  'ai_roadmap_technologies',
  'ai_roadmap_workforce_groups',
  'ai_roadmap_points_of_care',
  'technology_deployments',
] as const;

/** The technologies matching the filters, as a CTE the analyses below count from. */
const selected = (filters: TechnologyFilters) =>
  join(['WITH selected AS (SELECT t.* FROM ai_roadmap_technologies t', technologyWhere(filters), ')']);

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
      selected(filters),
      sql(`SELECT technology_type,
                  count(*)::INTEGER AS technologies,
                  (100.0 * count(*) / sum(count(*)) OVER ())::DOUBLE AS share
           FROM selected
           GROUP BY technology_type
           ORDER BY technologies DESC, technology_type`),
    ]),
  };
}

export interface GroupRow extends Record<string, unknown> {
  workforce_group: string;
  technologies: number;
  share: number;
}

/**
 * The workforce groups that use the most technologies. A technology counts once in each of its groups, so
 * shares are of distinct technologies in the selection and add up to more than 100%.
 */
export function mostAffectedGroups(filters: TechnologyFilters, limit: number): AnalysisQuery {
  return {
    name: 'most-affected-groups',
    reads: READS,
    query: join([
      selected(filters),
      sql(
        `SELECT g.workforce_group,
                count(DISTINCT g.technology_id)::INTEGER AS technologies,
                (100.0 * count(DISTINCT g.technology_id) / (SELECT count(*) FROM selected))::DOUBLE AS share
         FROM ai_roadmap_workforce_groups g
         JOIN selected USING (technology_id)
         GROUP BY g.workforce_group
         ORDER BY technologies DESC, g.workforce_group
         LIMIT ?`,
        [limit],
      ),
    ]),
  };
}
