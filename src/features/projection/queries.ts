import type { AnalysisQuery } from '../../data/sql-query';
import { inList, join, where } from '../../db/sql';

export const BASELINE_YEAR = 2020;
export const TARGET_YEAR = 2030;
export const MAIN_SCENARIO = 'Digital transformation';

export interface ProjectionTotalsRow extends Record<string, unknown> {
  year: number;
  basis: string;
  digital_transformation: number;
  data_desert: number;
}

/**
 * Total WTE per year in each scenario. Only the 2020 baseline and the 2030 total of the main scenario are
 * published; the basis column says so for every row.
 */
export function projectionTotals(staff: readonly string[]): AnalysisQuery {
  // Published totals are for the whole workforce; a staff group's own path is illustrative.
  const basis =
    staff.length > 0
      ? `'Illustrative (staff group detail)'`
      : `CASE WHEN year = ${BASELINE_YEAR} THEN 'Published baseline'
              WHEN year = ${TARGET_YEAR} THEN 'Published (Digital transformation); illustrative (Data desert)'
              ELSE 'Interpolated (illustrative)' END`;
  return {
    name: 'projection-totals',
    reads: ['digital_workforce_projection'],
    query: join([
      `SELECT year::INTEGER AS year,
              ${basis} AS basis,
              round(sum(wte) FILTER (WHERE scenario = 'Digital transformation'), 1)::DOUBLE AS digital_transformation,
              round(sum(wte) FILTER (WHERE scenario = 'Data desert'), 1)::DOUBLE AS data_desert
       FROM digital_workforce_projection`,
      where(inList('staff_group', staff)),
      'GROUP BY year ORDER BY year',
    ]),
  };
}

export interface StaffGroupRow extends Record<string, unknown> {
  staff_group: string;
}

export function projectionStaffGroups(): AnalysisQuery {
  return {
    name: 'projection-staff-groups',
    reads: ['digital_workforce_projection'],
    query: join(['SELECT DISTINCT staff_group FROM digital_workforce_projection ORDER BY staff_group']),
  };
}
