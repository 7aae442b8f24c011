import type { AnalysisQuery } from '../../data/sql-query';
import { unlessFewRespondents } from '../../data/small-numbers';
import { join, sql } from '../../db/sql';
import { selectionWhere, withoutGeography, type CapabilityFilters } from './filters';
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
 */
export function icbComparison(icbCode: string, filters: CapabilityFilters): AnalysisQuery {
  const areas = [
    ['icb', 'g.icb_code = c.icb_code'],
    ['region', 'g.region = c.region'],
    ['england', 'TRUE'],
  ] as const;
  const metrics = areas
    .map(([area, condition]) => {
      const n = `count(DISTINCT g.response_id) FILTER (WHERE ${condition})`;
      const share = `100.0 * avg(g.meets_target::INTEGER) FILTER (WHERE ${condition})`;
      return `${n}::INTEGER AS ${area}_respondents,
              (${unlessFewRespondents(n, share)})::DOUBLE AS ${area}_share`;
    })
    .join(',\n              ');
  return {
    name: 'icb-region-england-comparison',
    reads: ['capability_gaps', 'assessment_rounds', 'capability_framework', 'icbs'],
    query: join([
      sql(
        `WITH chosen AS (SELECT icb_code, icb_name, region FROM icbs WHERE icb_code = ?),
         compared AS (
           SELECT g.domain_id, ${metrics}
           FROM capability_gaps g CROSS JOIN chosen c`,
        [icbCode],
      ),
      selectionWhere(withoutGeography(filters)),
      `  GROUP BY GROUPING SETS ((g.domain_id), ()))
       SELECT coalesce(f.domain_name, 'All domains') AS domain_name, c.icb_name, c.region,
              x.icb_respondents, x.icb_share, x.region_respondents, x.region_share,
              x.england_respondents, x.england_share
       FROM compared x CROSS JOIN chosen c LEFT JOIN ${DOMAIN_NAMES} f ON f.domain_id = x.domain_id
       ORDER BY x.domain_id NULLS FIRST`,
    ]),
  };
}
