import type { AnalysisQuery } from '../../data/sql-query';
import { inList, join, sql, where } from '../../db/sql';

export const BASELINE_YEAR = 2020;
export const TARGET_YEAR = 2030;
export const MAIN_SCENARIO = 'Digital transformation';

/*
 * Every query reads the digital_workforce_projection table by name, so an uploaded local projection that
 * replaces it flows through every chart on the page. `scale` is the share of England (1 for England, the ICB's
 * share otherwise): national sums are rounded to one decimal first, as the bundled WTE have at most one, and
 * then scaled, so the supply model (which scales the same rounded national demand) agrees to the last bit.
 */

/** Says which years are published and which interpolated; only the main scenario's 2030 total is published. */
const basisCase = (scaled: boolean) => `CASE
    WHEN year = ${BASELINE_YEAR} THEN 'Published baseline'
    WHEN year = ${TARGET_YEAR} AND scenario = '${MAIN_SCENARIO}' THEN 'Published'
    WHEN year > ${BASELINE_YEAR} AND year < ${TARGET_YEAR} THEN 'Interpolated (illustrative)'
    ELSE 'Illustrative' END${scaled ? ` || ', scaled to the ICB (illustrative)'` : ''}`;

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
export function projectionTotals(staff: readonly string[], scale = 1): AnalysisQuery {
  // Published totals are for the whole workforce; a staff group's own path, or an ICB's, is illustrative.
  const basis =
    staff.length > 0
      ? `'Illustrative (staff group detail)'`
      : scale !== 1
        ? `CASE WHEN year > ${BASELINE_YEAR} AND year < ${TARGET_YEAR} THEN 'Interpolated (illustrative)'
                ELSE 'Scaled to the ICB (illustrative)' END`
        : `CASE WHEN year = ${BASELINE_YEAR} THEN 'Published baseline'
                WHEN year = ${TARGET_YEAR} THEN 'Published (Digital transformation); illustrative (Data desert)'
                ELSE 'Interpolated (illustrative)' END`;
  return {
    name: 'projection-totals',
    reads: ['digital_workforce_projection'],
    query: join([
      sql(
        `SELECT year::INTEGER AS year,
                ${basis} AS basis,
                (round(sum(wte) FILTER (WHERE scenario = 'Digital transformation'), 1) * ?::DOUBLE)::DOUBLE AS digital_transformation,
                (round(sum(wte) FILTER (WHERE scenario = 'Data desert'), 1) * ?::DOUBLE)::DOUBLE AS data_desert
         FROM digital_workforce_projection`,
        [scale, scale],
      ),
      where(inList('staff_group', staff)),
      'GROUP BY year ORDER BY year',
    ]),
  };
}

export interface StaffGroupYearRow extends Record<string, unknown> {
  year: number;
  staff_group: string;
  wte: number;
  /** The year's total over all staff groups. */
  total: number;
  basis: string;
}

/**
 * WTE by year and staff group in one scenario, for the stacked chart: groups in a stable order, the largest
 * (by its peak) first, so it sits at the bottom of each stack.
 */
export function projectionByGroup(scenario: string, scale: number): AnalysisQuery {
  return {
    name: 'projection-by-group',
    reads: ['digital_workforce_projection'],
    query: sql(
      `WITH groups AS (
         SELECT year, scenario, staff_group, sum(wte) AS wte
         FROM digital_workforce_projection WHERE scenario = ? GROUP BY year, scenario, staff_group
       )
       SELECT year::INTEGER AS year, staff_group,
              (round(wte, 1) * ?::DOUBLE)::DOUBLE AS wte,
              (round(sum(wte) OVER (PARTITION BY year), 1) * ?::DOUBLE)::DOUBLE AS total,
              ${basisCase(scale !== 1)} AS basis
       FROM groups
       ORDER BY year, max(wte) OVER (PARTITION BY staff_group) DESC, staff_group`,
      [scenario, scale, scale],
    ),
  };
}

export interface GrowthRow extends Record<string, unknown> {
  staff_group: string;
  wte_2020: number;
  wte_2030: number;
  growth: number;
  /** Growth as a percentage of 2020; null when a group starts from nothing. */
  growth_percent: number | null;
}

/** Each staff group's 2020 and 2030 WTE and the change between, largest increase first. */
export function projectionGrowth(scenario: string, scale: number): AnalysisQuery {
  const at = (year: number) => `sum(wte) FILTER (WHERE year = ${year})`;
  return {
    name: 'projection-growth',
    reads: ['digital_workforce_projection'],
    query: sql(
      `SELECT staff_group,
              (round(${at(BASELINE_YEAR)}, 1) * ?::DOUBLE)::DOUBLE AS wte_2020,
              (round(${at(TARGET_YEAR)}, 1) * ?::DOUBLE)::DOUBLE AS wte_2030,
              (round(${at(TARGET_YEAR)} - ${at(BASELINE_YEAR)}, 1) * ?::DOUBLE)::DOUBLE AS growth,
              (100 * (${at(TARGET_YEAR)} - ${at(BASELINE_YEAR)}) / nullif(${at(BASELINE_YEAR)}, 0))::DOUBLE AS growth_percent
       FROM digital_workforce_projection
       WHERE scenario = ?
       GROUP BY staff_group
       ORDER BY growth DESC NULLS LAST, staff_group`,
      [scale, scale, scale, scenario],
    ),
  };
}

export interface DemandRow extends Record<string, unknown> {
  year: number;
  demand: number;
}

/** England's total WTE need per year in one scenario: the demand the supply model is set against. */
export function scenarioDemand(scenario: string): AnalysisQuery {
  return {
    name: 'projection-demand',
    reads: ['digital_workforce_projection'],
    query: sql(
      `SELECT year::INTEGER AS year, round(sum(wte), 1)::DOUBLE AS demand
       FROM digital_workforce_projection WHERE scenario = ?
       GROUP BY year ORDER BY year`,
      [scenario],
    ),
  };
}

export interface ScenarioRow extends Record<string, unknown> {
  scenario: string;
}

/** The scenarios in the projection, the main one first. */
export function projectionScenarios(): AnalysisQuery {
  return {
    name: 'projection-scenarios',
    reads: ['digital_workforce_projection'],
    query: sql(
      `SELECT DISTINCT scenario FROM digital_workforce_projection
       ORDER BY scenario = ? DESC, scenario`,
      [MAIN_SCENARIO],
    ),
  };
}

export interface IcbRow extends Record<string, unknown> {
  icb_code: string;
  icb_name: string;
}

export function projectionIcbs(): AnalysisQuery {
  return {
    name: 'projection-icbs',
    reads: ['icbs'],
    query: sql('SELECT icb_code, icb_name FROM icbs ORDER BY icb_name'),
  };
}

export interface IcbShareRow extends Record<string, unknown> {
  icb_code: string;
  respondents: number;
  all_respondents: number;
  /** The ICB's share of all respondents, in per cent to two decimals. */
  share: number;
}

/**
 * The default share of England for an ICB: its share of capability assessment respondents (all rounds) in
 * the data. A proxy for its share of the digital workforce, which no bundled table holds.
 */
export function icbRespondentShare(icb: string): AnalysisQuery {
  return {
    name: 'projection-icb-share',
    reads: ['capability_assessments'],
    query: sql(
      `SELECT ?::VARCHAR AS icb_code,
              count(DISTINCT response_id) FILTER (WHERE icb_code = ?)::INTEGER AS respondents,
              count(DISTINCT response_id)::INTEGER AS all_respondents,
              round(100.0 * count(DISTINCT response_id) FILTER (WHERE icb_code = ?)
                    / nullif(count(DISTINCT response_id), 0), 2)::DOUBLE AS share
       FROM capability_assessments`,
      [icb, icb, icb],
    ),
  };
}
