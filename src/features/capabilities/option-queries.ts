import type { AnalysisQuery } from '../../data/sql-query';
import { inList, join } from '../../db/sql';
import { ARCHETYPE_ORDER, DOMAIN_NAMES } from './queries';

export interface FilterOptionRow extends Record<string, unknown> {
  param: string;
  value: string;
  label: string;
}

/**
 * The values each filter offers, as the data holds them (an upload with a new organisation type offers it). ICBs
 * are limited to the chosen regions, so the two filters cannot contradict each other by accident.
 */
export function capabilityFilterOptions(regions: readonly string[]): AnalysisQuery {
  const inRegions = inList('i.region', regions);
  return {
    name: 'capability-filter-options',
    reads: ['capability_assessments', 'capability_framework', 'icbs'],
    query: join([
      `SELECT param, value, label FROM (
         SELECT DISTINCT 'region' AS param, i.region AS value, i.region AS label, 0 AS ord
         FROM capability_assessments a JOIN icbs i USING (icb_code)
         UNION ALL
         SELECT DISTINCT 'icb', a.icb_code, coalesce(i.icb_name, a.icb_code), 0
         FROM capability_assessments a LEFT JOIN icbs i USING (icb_code)`,
      inRegions ? join(['WHERE', inRegions], ' ') : '',
      `  UNION ALL
         SELECT DISTINCT 'org', organisation_type, organisation_type, 0 FROM capability_assessments
         UNION ALL
         SELECT DISTINCT 'staff', staff_group, staff_group, 0 FROM capability_assessments
         UNION ALL
         SELECT DISTINCT 'archetype', archetype, archetype, list_position(${ARCHETYPE_ORDER}, archetype)
         FROM capability_assessments
         UNION ALL
         SELECT DISTINCT 'domain', a.domain_id::VARCHAR, a.domain_id || ' ' || coalesce(f.domain_name, ''), a.domain_id
         FROM capability_assessments a LEFT JOIN ${DOMAIN_NAMES} f USING (domain_id)
         UNION ALL
         SELECT DISTINCT 'round', strftime(assessed_on, '%Y-%m-%d'), strftime(assessed_on, '%Y-%m-%d'),
                -(assessed_on - DATE '1970-01-01')
         FROM capability_assessments)
       ORDER BY param, ord, label`,
    ]),
  };
}
