import type { AnalysisQuery } from '../../data/sql-query';
import { sql } from '../../db/sql';
import { ARCHETYPE_ORDER, DOMAIN_NAMES } from './queries';

export interface FilterOptionRow extends Record<string, unknown> {
  param: string;
  value: string;
  label: string;
  /** The region of an ICB; null for other filters, and for an ICB code the icbs table does not hold. */
  parent: string | null;
}

/**
 * The values each filter offers, as the data holds them (an upload with a new organisation type offers it). One
 * query per data version, whatever the filters: on a 1,000,000-row upload it scans the table seven times, so it
 * must not run again each time the region changes (see optionsInRegions).
 */
export function capabilityFilterOptions(): AnalysisQuery {
  return {
    name: 'capability-filter-options',
    reads: ['capability_assessments', 'capability_framework', 'icbs'],
    query: sql(`
      SELECT param, value, label, parent FROM (
        SELECT DISTINCT 'region' AS param, i.region AS value, i.region AS label, NULL AS parent, 0 AS ord
        FROM capability_assessments a JOIN icbs i USING (icb_code)
        UNION ALL
        SELECT DISTINCT 'icb', a.icb_code, coalesce(i.icb_name, a.icb_code), i.region, 0
        FROM capability_assessments a LEFT JOIN icbs i USING (icb_code)
        UNION ALL
        SELECT DISTINCT 'org', organisation_type, organisation_type, NULL, 0 FROM capability_assessments
        UNION ALL
        SELECT DISTINCT 'staff', staff_group, staff_group, NULL, 0 FROM capability_assessments
        UNION ALL
        SELECT DISTINCT 'archetype', archetype, archetype, NULL, list_position(${ARCHETYPE_ORDER}, archetype)
        FROM capability_assessments
        UNION ALL
        SELECT DISTINCT 'domain', a.domain_id::VARCHAR, a.domain_id || ' ' || coalesce(f.domain_name, ''), NULL,
               a.domain_id
        FROM capability_assessments a LEFT JOIN ${DOMAIN_NAMES} f USING (domain_id)
        UNION ALL
        SELECT DISTINCT 'round', strftime(assessed_on, '%Y-%m-%d'), strftime(assessed_on, '%Y-%m-%d'), NULL,
               -(assessed_on - DATE '1970-01-01')
        FROM capability_assessments)
      ORDER BY param, ord, label`),
  };
}

/**
 * The options with ICBs limited to the chosen regions, so the two filters cannot contradict each other by
 * accident. Every option is already in the list: this only narrows which ICBs are offered.
 */
export function optionsInRegions(
  options: readonly FilterOptionRow[],
  regions: readonly string[],
): FilterOptionRow[] {
  if (regions.length === 0) return [...options];
  return options.filter((o) => o.param !== 'icb' || (o.parent !== null && regions.includes(o.parent)));
}
