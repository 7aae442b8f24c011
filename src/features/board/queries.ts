import type { AnalysisQuery } from '../../data/analysis';
import { join, sql, where } from '../../db/sql';
import { scopeCondition, type Scope } from './scope';

export interface HeadlineRow extends Record<string, unknown> {
  technologies: number;
  ready_within_year: number;
  wte_2020: number;
  wte_2030: number;
}

/** England's published headline numbers, reproduced from the bundled data. */
export function boardHeadlines(): AnalysisQuery {
  return {
    name: 'board-headlines',
    reads: ['ai_roadmap_technologies', 'digital_workforce_projection'],
    query: sql(`
      SELECT
        (SELECT count(*) FROM ai_roadmap_technologies)::INTEGER AS technologies,
        (SELECT count(*) FROM ai_roadmap_technologies WHERE years_to_deployment = 0)::INTEGER AS ready_within_year,
        (SELECT round(sum(wte)) FROM digital_workforce_projection
          WHERE year = 2020 AND scenario = 'Digital transformation')::INTEGER AS wte_2020,
        (SELECT round(sum(wte)) FROM digital_workforce_projection
          WHERE year = 2030 AND scenario = 'Digital transformation')::INTEGER AS wte_2030`),
  };
}

export interface CareRow extends Record<string, unknown> {
  point_of_care: string;
  technologies: number;
  share: number;
}

/** Where the technologies ready for deployment within a year will be used (a technology can have several). */
export function readyWithinYearByCare(): AnalysisQuery {
  return {
    name: 'ready-within-year-by-care',
    reads: ['ai_roadmap_technologies', 'ai_roadmap_points_of_care'],
    query: sql(`
      WITH ready AS (SELECT technology_id FROM ai_roadmap_technologies WHERE years_to_deployment = 0)
      SELECT p.point_of_care,
             count(DISTINCT p.technology_id)::INTEGER AS technologies,
             (100.0 * count(DISTINCT p.technology_id) / (SELECT count(*) FROM ready))::DOUBLE AS share
      FROM ai_roadmap_points_of_care p
      JOIN ready USING (technology_id)
      GROUP BY p.point_of_care
      ORDER BY technologies DESC, p.point_of_care`),
  };
}

export interface ReadyGroupRow extends Record<string, unknown> {
  workforce_group: string;
  technologies: number;
  in_scope: number;
}

/**
 * The staff groups that the technologies ready within a year touch most, with how many of those
 * technologies are already in use in the scope (all of them for England).
 */
export function readyWithinYearGroups(scope: Scope, limit = 3): AnalysisQuery {
  const inScope = scopeCondition(scope, 'd');
  return {
    name: 'ready-within-year-groups',
    reads: ['ai_roadmap_technologies', 'ai_roadmap_workforce_groups', 'technology_deployments'],
    query: join([
      `WITH ready AS (SELECT technology_id FROM ai_roadmap_technologies WHERE years_to_deployment = 0),
            used AS (SELECT DISTINCT d.technology_id FROM technology_deployments d`,
      where(inScope),
      `)
       SELECT g.workforce_group,
              count(DISTINCT g.technology_id)::INTEGER AS technologies,
              count(DISTINCT g.technology_id) FILTER (WHERE g.technology_id IN (SELECT technology_id FROM used))::INTEGER AS in_scope
       FROM ai_roadmap_workforce_groups g JOIN ready USING (technology_id)
       GROUP BY g.workforce_group
       ORDER BY technologies DESC, g.workforce_group`,
      sql('LIMIT ?', [limit]),
    ]),
  };
}

export interface ReadyInScopeRow extends Record<string, unknown> {
  ready: number;
  ready_in_use: number;
}

/** Of the technologies ready within a year, how many are already in use somewhere in the scope. */
export function readyWithinYearInScope(scope: Scope): AnalysisQuery {
  return {
    name: 'ready-within-year-in-scope',
    reads: ['ai_roadmap_technologies', 'technology_deployments'],
    query: join([
      `SELECT count(*)::INTEGER AS ready,
              count(*) FILTER (WHERE t.technology_id IN (SELECT d.technology_id FROM technology_deployments d`,
      where(scopeCondition(scope, 'd')),
      `))::INTEGER AS ready_in_use
       FROM ai_roadmap_technologies t WHERE t.years_to_deployment = 0`,
    ]),
  };
}

export interface RoundShareRow extends Record<string, unknown> {
  round: string;
  respondents: number;
  share_meeting: number;
}

/** Per assessment round: respondents and the share of their domain assessments at or above target. */
export function readinessByRound(scope: Scope): AnalysisQuery {
  return {
    name: 'readiness-by-round',
    reads: ['capability_gaps'],
    query: join([
      `SELECT g.round,
              count(DISTINCT g.response_id)::INTEGER AS respondents,
              (100.0 * avg(g.meets_target::INTEGER))::DOUBLE AS share_meeting
       FROM capability_gaps g`,
      where(scopeCondition(scope, 'g')),
      'GROUP BY g.round ORDER BY g.round',
    ]),
  };
}

export interface GapPairRow extends Record<string, unknown> {
  archetype: string;
  domain_id: number;
  domain_name: string;
  respondents: number;
  below_target: number;
  mean_gap: number;
}

/**
 * Latest round in the scope: every archetype and domain with respondents, those below target and the mean gap.
 * Rows are counted, not distinct ids: a respondent has one row per domain (the assessments' key is response_id
 * and domain_id, checked on every load), so within a domain the two are equal, and on a 1,000,000-row upload the
 * query took 15 instead of 36 ms (Node, DuckDB-wasm, 5 scopes).
 */
export function gapsByArchetypeAndDomain(scope: Scope): AnalysisQuery {
  return {
    name: 'board-gaps-by-archetype-domain',
    reads: ['capability_gaps', 'assessment_rounds', 'capability_framework'],
    query: join([
      `WITH names AS (SELECT DISTINCT domain_id, domain_name FROM capability_framework)
       SELECT g.archetype, g.domain_id::INTEGER AS domain_id, n.domain_name,
              count(*)::INTEGER AS respondents,
              count(*) FILTER (WHERE g.gap > 0)::INTEGER AS below_target,
              avg(g.gap)::DOUBLE AS mean_gap
       FROM capability_gaps g JOIN names n USING (domain_id)`,
      where(
        scopeCondition(scope, 'g'),
        sql('g.assessed_on = (SELECT max(assessed_on) FROM assessment_rounds)'),
      ),
      'GROUP BY g.archetype, g.domain_id, n.domain_name ORDER BY below_target DESC, mean_gap DESC, g.archetype, g.domain_id',
    ]),
  };
}

export interface ScopeOptionRow extends Record<string, unknown> {
  icb_code: string;
  icb_name: string;
  region: string;
}

export function scopeOptions(): AnalysisQuery {
  return {
    name: 'board-scope-options',
    reads: ['icbs'],
    query: sql('SELECT icb_code, icb_name, region FROM icbs ORDER BY region, icb_name'),
  };
}

export interface DemandRow extends Record<string, unknown> {
  year: number;
  demand: number;
}

/** National demand per year in the main scenario, for the supply model. */
export function nationalDemand(): AnalysisQuery {
  return {
    name: 'board-national-demand',
    reads: ['digital_workforce_projection'],
    query: sql(`SELECT year::INTEGER AS year, sum(wte)::DOUBLE AS demand
                FROM digital_workforce_projection WHERE scenario = 'Digital transformation'
                GROUP BY year ORDER BY year`),
  };
}
