import { ARCHETYPES } from '../../data/catalogue';
import type { AnalysisQuery } from '../../data/sql-query';
import { MIN_RESPONDENTS, unlessFewRespondents } from '../../data/small-numbers';
import { join, quoteLiteral, sql } from '../../db/sql';
import { capabilityWhere, selectionWhere, type CapabilityFilters } from './filters';

/**
 * The capability view's SQL, one pure function per analysis, all over the shared `capability_gaps` view (one row
 * per respondent and domain, with gap = max(target - level, 0)). Shares and averages over fewer than ten
 * respondents come back as NULL (small-numbers.ts); counts always come back. The ICB comparison and the filter
 * options live in comparison-queries.ts and option-queries.ts.
 */

export const ARCHETYPE_ORDER = `[${ARCHETYPES.map(quoteLiteral).join(', ')}]`;

/** One name per domain, from the framework (which lists a domain once per sub-domain). */
export const DOMAIN_NAMES = `(SELECT domain_id, min(domain_name) AS domain_name FROM capability_framework GROUP BY domain_id)`;

const RESPONDENTS = 'count(DISTINCT g.response_id)';

/**
 * Respondents within one domain. A respondent has one row per domain (the table's key is response_id and
 * domain_id, checked on every load), so counting rows is exact there and much cheaper than counting distinct ids.
 */
export const RESPONDENTS_IN_DOMAIN = 'count(*)';

/**
 * Where respondents are counted from, as `g` with the same filter columns either way: with no domain chosen,
 * capability_responses (a row per response with its domains' counts, a sixth of the rows); with one, the rows
 * of those domains in capability_gaps. `meeting` and `gap` are the share of respondent-domain pairs meeting
 * the target (0 to 1) and the mean gap, which come out the same, to the bit, from either.
 */
export function respondentRows(filters: Pick<CapabilityFilters, 'domain'>) {
  return filters.domain.length === 0
    ? {
        relation: 'capability_responses' as const,
        from: 'capability_responses g',
        meeting: 'sum(g.meeting) / sum(g.domains)',
        gap: 'sum(g.gap) / sum(g.domains)',
      }
    : {
        relation: 'capability_gaps' as const,
        from: 'capability_gaps g',
        meeting: 'avg(g.meets_target::INTEGER)',
        gap: 'avg(g.gap)',
      };
}

/** Respondents, share meeting target (%) and mean gap of the rows in each group; suppressed below ten. */
function groupMetrics(rows: ReturnType<typeof respondentRows>): string {
  return `${RESPONDENTS}::INTEGER AS respondents,
       (${unlessFewRespondents(RESPONDENTS, `100.0 * (${rows.meeting})`)})::DOUBLE AS share_meeting,
       (${unlessFewRespondents(RESPONDENTS, rows.gap)})::DOUBLE AS mean_gap`;
}

export interface SummaryRow extends Record<string, unknown> {
  respondents: number;
  share_meeting: number | null;
  mean_gap: number | null;
}

export interface LatestRoundRow extends Record<string, unknown> {
  /** YYYY-MM-DD; null when the data holds no assessments. */
  round: string | null;
}

/** The latest assessment round, which the view shows when no round is chosen (see withLatestRound). */
export function latestAssessmentRound(): AnalysisQuery {
  return {
    name: 'latest-assessment-round',
    reads: ['assessment_rounds'],
    query: sql(`SELECT strftime(max(assessed_on), '%Y-%m-%d') AS round FROM assessment_rounds`),
  };
}

/** The whole selection in one row. */
export function selectionSummary(filters: CapabilityFilters): AnalysisQuery {
  const rows = respondentRows(filters);
  return {
    name: 'capability-selection-summary',
    reads: [rows.relation, 'assessment_rounds'],
    query: join([`SELECT ${groupMetrics(rows)} FROM ${rows.from}`, selectionWhere(filters)]),
  };
}

export interface ArchetypeRow extends Record<string, unknown> {
  archetype: string;
  respondents: number;
  share_meeting: number | null;
  mean_gap: number | null;
}

/** Per archetype: respondents, the share of respondent-domain pairs meeting the target, and the mean gap. */
export function targetsMetByArchetype(filters: CapabilityFilters): AnalysisQuery {
  const rows = respondentRows(filters);
  return {
    name: 'targets-met-by-archetype',
    reads: [rows.relation, 'assessment_rounds'],
    query: join([
      `SELECT g.archetype, ${groupMetrics(rows)} FROM ${rows.from}`,
      selectionWhere(filters),
      `GROUP BY g.archetype
       ORDER BY list_position(${ARCHETYPE_ORDER}, g.archetype), g.archetype`,
    ]),
  };
}

export interface GapCellRow extends Record<string, unknown> {
  archetype: string;
  domain_id: number;
  domain_name: string;
  target_level: number;
  respondents: number;
  share_meeting: number | null;
  mean_gap: number | null;
}

/** The heat map: archetype by domain, with the archetype's target, respondents, share meeting it and mean gap. */
export function gapsByArchetypeAndDomain(filters: CapabilityFilters): AnalysisQuery {
  const n = 'c.respondents';
  return {
    name: 'gaps-by-archetype-and-domain',
    reads: ['capability_gaps', 'assessment_rounds', 'capability_framework'],
    query: join([
      `WITH cells AS (
         SELECT g.archetype, g.domain_id, min(g.target_level) AS target_level,
                ${RESPONDENTS_IN_DOMAIN} AS respondents,
                avg(g.meets_target::INTEGER) AS meeting, avg(g.gap) AS gap
         FROM capability_gaps g`,
      selectionWhere(filters),
      `  GROUP BY g.archetype, g.domain_id)
       SELECT c.archetype, c.domain_id::INTEGER AS domain_id,
              coalesce(f.domain_name, 'Domain ' || c.domain_id) AS domain_name,
              c.target_level::INTEGER AS target_level, ${n}::INTEGER AS respondents,
              (${unlessFewRespondents(n, '100.0 * c.meeting')})::DOUBLE AS share_meeting,
              (${unlessFewRespondents(n, 'c.gap')})::DOUBLE AS mean_gap
       FROM cells c LEFT JOIN ${DOMAIN_NAMES} f ON f.domain_id = c.domain_id
       ORDER BY list_position(${ARCHETYPE_ORDER}, c.archetype), c.archetype, c.domain_id`,
    ]),
  };
}

export interface PriorityRow extends Record<string, unknown> {
  rank: number | null;
  need: string;
  archetype: string;
  domain_name: string;
  target_level: number;
  respondents: number;
  below_target: number | null;
  mean_gap: number | null;
  levels_short: number | null;
}

/**
 * Learning needs a commissioner can act on: archetype and domain pairs ranked by the number of people below
 * target, then by levels short (people times their mean gap, the sum of gaps). Pairs with nobody below target
 * are left out; pairs too small to show come last, unranked, in a fixed order that reveals nothing about them.
 */
export function priorityLearningNeeds(filters: CapabilityFilters): AnalysisQuery {
  const shown = `p.respondents >= ${MIN_RESPONDENTS}`;
  const order = `${shown} DESC, below_target DESC, levels_short DESC,
                 list_position(${ARCHETYPE_ORDER}, p.archetype), p.archetype, p.domain_id`;
  return {
    name: 'priority-learning-needs',
    reads: ['capability_gaps', 'assessment_rounds', 'capability_framework'],
    query: join([
      `WITH pairs AS (
         SELECT g.archetype, g.domain_id, min(g.target_level) AS target_level,
                ${RESPONDENTS_IN_DOMAIN} AS respondents,
                count(*) FILTER (WHERE g.gap > 0) AS below, avg(g.gap) AS gap, sum(g.gap) AS short
         FROM capability_gaps g`,
      selectionWhere(filters),
      `  GROUP BY g.archetype, g.domain_id),
       shown AS (
         SELECT p.archetype, p.domain_id, p.target_level, p.respondents,
                CASE WHEN ${shown} THEN p.below END AS below_target,
                CASE WHEN ${shown} THEN p.gap END AS mean_gap,
                CASE WHEN ${shown} THEN p.short END AS levels_short
         FROM pairs p
         -- A small pair is listed whatever its numbers, so being listed reveals nothing about it.
         WHERE NOT (${shown}) OR p.below > 0)
       SELECT (CASE WHEN below_target IS NOT NULL THEN row_number() OVER (ORDER BY ${order}) END)::INTEGER AS rank,
              p.archetype || ': ' || coalesce(f.domain_name, 'Domain ' || p.domain_id) AS need,
              p.archetype, coalesce(f.domain_name, 'Domain ' || p.domain_id) AS domain_name,
              p.target_level::INTEGER AS target_level, p.respondents::INTEGER AS respondents,
              below_target::INTEGER AS below_target, mean_gap::DOUBLE AS mean_gap,
              levels_short::INTEGER AS levels_short
       FROM shown p LEFT JOIN ${DOMAIN_NAMES} f ON f.domain_id = p.domain_id
       ORDER BY ${order}`,
    ]),
  };
}

export interface DistributionRow extends Record<string, unknown> {
  domain_id: number;
  domain_name: string;
  respondents: number;
  /** The lowest and highest target among the archetypes in the selection; equal when there is one target. */
  target_min: number;
  target_max: number;
  level_0: number | null;
  level_1: number | null;
  level_2: number | null;
  level_3: number | null;
  level_4: number | null;
}

export const LEVELS = [0, 1, 2, 3, 4] as const;

/** Per domain, the share of respondents at each level 0-4, with the range of targets that apply. */
export function levelDistribution(filters: CapabilityFilters): AnalysisQuery {
  const n = 'd.respondents';
  const counts = LEVELS.map((level) => `count(*) FILTER (WHERE g.level = ${level}) AS at_${level}`).join(
    ', ',
  );
  const shares = LEVELS.map(
    (level) => `(${unlessFewRespondents(n, `100.0 * d.at_${level} / ${n}`)})::DOUBLE AS level_${level}`,
  ).join(',\n              ');
  return {
    name: 'capability-level-distribution',
    reads: ['capability_gaps', 'assessment_rounds', 'capability_framework'],
    query: join([
      `WITH domains AS (
         SELECT g.domain_id, ${RESPONDENTS_IN_DOMAIN} AS respondents,
                min(g.target_level) AS target_min, max(g.target_level) AS target_max, ${counts}
         FROM capability_gaps g`,
      selectionWhere(filters),
      `  GROUP BY g.domain_id)
       SELECT d.domain_id::INTEGER AS domain_id,
              coalesce(f.domain_name, 'Domain ' || d.domain_id) AS domain_name,
              ${n}::INTEGER AS respondents,
              d.target_min::INTEGER AS target_min, d.target_max::INTEGER AS target_max,
              ${shares}
       FROM domains d LEFT JOIN ${DOMAIN_NAMES} f ON f.domain_id = d.domain_id
       ORDER BY d.domain_id`,
    ]),
  };
}

export interface RoundTrendRow extends Record<string, unknown> {
  round: string;
  respondents: number;
  share_meeting: number | null;
  mean_gap: number | null;
}

/**
 * Share meeting target by assessment round for the selection, every filter but the round applied. Every round in
 * the data appears, with 0 respondents where the selection has none, so a run chart (or SPC chart) of it has
 * no silent holes. Pass no filters for England.
 */
export function shareMeetingByRound(filters: CapabilityFilters): AnalysisQuery {
  const rows = respondentRows(filters);
  return {
    name: 'share-meeting-by-round',
    reads: [rows.relation, 'assessment_rounds'],
    query: join([
      `WITH selection AS (
         SELECT g.assessed_on, ${groupMetrics(rows)}
         FROM ${rows.from}`,
      capabilityWhere(filters),
      `  GROUP BY g.assessed_on)
       SELECT strftime(r.assessed_on, '%Y-%m-%d') AS round,
              coalesce(s.respondents, 0)::INTEGER AS respondents, s.share_meeting, s.mean_gap
       FROM assessment_rounds r
       LEFT JOIN selection s USING (assessed_on)
       ORDER BY r.assessed_on`,
    ]),
  };
}
