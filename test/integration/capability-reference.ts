import type { Connector, SqlParam } from '../../src/db/connector';

/**
 * Capability numbers computed independently of the app: straight from the raw tables (not the app's
 * capability_gaps view, filters or suppression), with the gap written out as DESIGN.md defines it:
 * max(target - level, 0) per respondent and domain. Tests compare the app's SQL with these.
 */
export const GAP = 'CASE WHEN t.target_level > a.level THEN t.target_level - a.level ELSE 0 END';
export const MET = 'CASE WHEN a.level >= t.target_level THEN 1 ELSE 0 END';
export const RAW = `capability_assessments a
  JOIN capability_targets t ON a.archetype = t.archetype AND a.domain_id = t.domain_id
  LEFT JOIN icbs i ON i.icb_code = a.icb_code`;
export const LATEST = 'a.assessed_on = (SELECT max(x.assessed_on) FROM capability_assessments x)';

export interface ReferenceGroup extends Record<string, unknown> {
  key: string;
  respondents: number;
  pairs: number;
  met: number;
  below: number;
  gap_sum: number;
  mean_gap: number;
  share: number;
}

/** Respondents, pairs, targets met, people below target and gaps per group of `groupBy` (a SQL expression). */
export async function referenceGroups(
  db: Connector,
  groupBy: string,
  condition: string,
  params: readonly SqlParam[] = [],
): Promise<Map<string, ReferenceGroup>> {
  const rows = await db.query<ReferenceGroup>(
    `SELECT (${groupBy})::VARCHAR AS key,
            count(DISTINCT a.response_id)::INTEGER AS respondents,
            count(*)::INTEGER AS pairs,
            sum(${MET})::INTEGER AS met,
            count(DISTINCT CASE WHEN a.level < t.target_level THEN a.response_id END)::INTEGER AS below,
            sum(${GAP})::INTEGER AS gap_sum,
            avg(${GAP})::DOUBLE AS mean_gap,
            (100.0 * sum(${MET}) / count(*))::DOUBLE AS share
     FROM ${RAW}
     WHERE ${condition}
     GROUP BY 1`,
    params,
  );
  return new Map(rows.map((r) => [r.key, r]));
}

/** What the app must show for a group: its numbers, or nulls when it has fewer than ten respondents. */
export function expectedShown(group: ReferenceGroup): { share: number | null; mean_gap: number | null } {
  return group.respondents < 10
    ? { share: null, mean_gap: null }
    : { share: group.share, mean_gap: group.mean_gap };
}
