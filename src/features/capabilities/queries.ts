import { ARCHETYPES } from '../../data/catalogue';
import type { AnalysisQuery } from '../../data/sql-query';
import { join, quoteLiteral, sql } from '../../db/sql';
import { capabilityWhere, type CapabilityFilters } from './filters';

const ARCHETYPE_ORDER = `[${ARCHETYPES.map(quoteLiteral).join(', ')}]`;

/** The chosen round, or the latest one in the data. */
function roundCondition(filters: CapabilityFilters) {
  return filters.round
    ? sql('g.round = ?', [filters.round])
    : sql('g.assessed_on = (SELECT max(assessed_on) FROM capability_assessments)');
}

export interface ArchetypeRow extends Record<string, unknown> {
  archetype: string;
  respondents: number;
  share_meeting: number;
  mean_gap: number;
}

/**
 * Per archetype: respondents, the share of respondent-domain pairs meeting the archetype's target level, and
 * the mean gap, max(target - level, 0), over respondents and domains.
 */
export function targetsMetByArchetype(filters: CapabilityFilters): AnalysisQuery {
  return {
    name: 'targets-met-by-archetype',
    reads: ['capability_gaps'],
    query: join([
      `SELECT g.archetype,
              count(DISTINCT g.response_id)::INTEGER AS respondents,
              (100.0 * avg(g.meets_target::INTEGER))::DOUBLE AS share_meeting,
              avg(g.gap)::DOUBLE AS mean_gap
       FROM capability_gaps g`,
      capabilityWhere(filters, roundCondition(filters)),
      `GROUP BY g.archetype
       ORDER BY list_position(${ARCHETYPE_ORDER}, g.archetype)`,
    ]),
  };
}

export interface RoundRow extends Record<string, unknown> {
  round: string;
}

export function assessmentRounds(): AnalysisQuery {
  return {
    name: 'assessment-rounds',
    reads: ['capability_gaps'],
    query: sql(
      `SELECT DISTINCT strftime(assessed_on, '%Y-%m-%d') AS round FROM capability_assessments ORDER BY round DESC`,
    ),
  };
}
