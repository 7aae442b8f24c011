import type { AnalysisQuery } from '../../data/sql-query';
import { unlessFewRespondents } from '../../data/small-numbers';
import { join, sql } from '../../db/sql';
import { capabilityWhere, roundCondition, withoutGeography, type CapabilityFilters } from './filters';
import { DOMAIN_NAMES } from './queries';

export interface ComparisonRow extends Record<string, unknown> {
  domain_name: string;
  icb_name: string;
  region: string;
  icb_respondents: number;
  icb_share: number | null;
  region_respondents: number;
  region_share: number | null;
  england_respondents: number;
  england_share: number | null;
}

/**
 * One ICB against its own region and England, all domains together and then each domain: respondents and the
 * share meeting target. Every filter but the geography applies to all three, so they compare like with like.
 *
 * Each area is its own scan with its own WHERE, so the ICB's and the region's skip the rows outside them, and
 * only the all-domains row counts distinct respondents: within one domain a respondent has one row (a key checked
 * on every load), so rows are respondents there. On a 1,000,000-row upload this took about 35 ms instead of 60 ms
 * as one scan with a FILTER per area over GROUPING SETS (Node, DuckDB-wasm).
 */
export function icbComparison(icbCode: string, filters: CapabilityFilters): AnalysisQuery {
  const others = withoutGeography(filters);
  const areas = [
    ['icb', sql('g.icb_code = ?', [icbCode])],
    ['region', sql('g.region = (SELECT region FROM icbs WHERE icb_code = ?)', [icbCode])],
    ['england', null],
  ] as const;
  const scans = areas.flatMap(([area, condition]) => [
    join([
      `SELECT '${area}' AS area, g.domain_id, count(*) AS respondents, avg(g.meets_target::INTEGER) AS meeting
       FROM capability_gaps g`,
      capabilityWhere(others, roundCondition(others), condition),
      'GROUP BY g.domain_id',
    ]),
    join([
      `SELECT '${area}', NULL, count(DISTINCT g.response_id), avg(g.meets_target::INTEGER)
       FROM capability_gaps g`,
      capabilityWhere(others, roundCondition(others), condition),
    ]),
  ]);
  const metrics = areas
    .map(([area]) => {
      const n = `coalesce(max(s.respondents) FILTER (WHERE s.area = '${area}'), 0)`;
      const share = `100.0 * max(s.meeting) FILTER (WHERE s.area = '${area}')`;
      return `${n}::INTEGER AS ${area}_respondents,
              (${unlessFewRespondents(n, share)})::DOUBLE AS ${area}_share`;
    })
    .join(',\n              ');
  return {
    name: 'icb-region-england-comparison',
    reads: ['capability_gaps', 'assessment_rounds', 'capability_framework', 'icbs'],
    query: join([
      sql(`WITH chosen AS (SELECT icb_name, region FROM icbs WHERE icb_code = ?),`, [icbCode]),
      'scans AS (',
      join(scans, '\nUNION ALL\n'),
      `),
       compared AS (
         SELECT s.domain_id, ${metrics}
         FROM scans s
         GROUP BY s.domain_id
         -- Domains England has (as before), with none for an ICB or region that has no one in them.
         HAVING count(*) FILTER (WHERE s.area = 'england') > 0)
       SELECT coalesce(f.domain_name, 'All domains') AS domain_name, c.icb_name, c.region,
              x.icb_respondents, x.icb_share, x.region_respondents, x.region_share,
              x.england_respondents, x.england_share
       FROM compared x CROSS JOIN chosen c LEFT JOIN ${DOMAIN_NAMES} f ON f.domain_id = x.domain_id
       ORDER BY x.domain_id NULLS FIRST`,
    ]),
  };
}
