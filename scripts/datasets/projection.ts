import { toCsv } from './csv';
import { PROJECTION } from './published';

/**
 * The digital workforce projection. Published: 46,009 WTE in 2020, 77,923 WTE in 2030 under digital
 * transformation, and clinical informatics growing most (+11,953). The split of the baseline and of the
 * other groups' growth, the years between, and the whole "Data desert" scenario are illustrative.
 */
export const PROJECTION_GROUPS: readonly {
  readonly group: string;
  readonly baseline: number;
  readonly transformation2030: number;
  readonly dataDesert2030: number;
}[] = [
  { group: 'Clinical informatics', baseline: 10_512, transformation2030: 22_465, dataDesert2030: 14_790 },
  {
    group: 'Data architecture and management',
    baseline: 6_204,
    transformation2030: 12_024,
    dataDesert2030: 8_210,
  },
  { group: 'Technical infrastructure', baseline: 12_395, transformation2030: 16_500, dataDesert2030: 14_860 },
  {
    group: 'Applications and development',
    baseline: 7_118,
    transformation2030: 12_354,
    dataDesert2030: 8_940,
  },
  {
    group: 'Organisational transformation',
    baseline: 4_987,
    transformation2030: 8_399,
    dataDesert2030: 5_560,
  },
  {
    group: 'Information governance and records',
    baseline: 4_793,
    transformation2030: 6_181,
    dataDesert2030: 5_120,
  },
];

const [TRANSFORMATION, DATA_DESERT] = PROJECTION.scenarios;

/**
 * Compound growth from the 2020 baseline to the 2030 figure, rounded to one decimal; the end years are the
 * integers themselves. A smooth path, not a forecast: the report publishes only the two ends.
 */
export function interpolate(baseline: number, end: number, year: number): number {
  const { baselineYear, targetYear } = PROJECTION;
  if (year === baselineYear) return baseline;
  if (year === targetYear) return end;
  const fraction = (year - baselineYear) / (targetYear - baselineYear);
  return Math.round(baseline * Math.pow(end / baseline, fraction) * 10) / 10;
}

export function projectionCsv(): string {
  const rows: (string | number)[][] = [];
  for (let year = PROJECTION.baselineYear; year <= PROJECTION.targetYear; year++) {
    for (const scenario of [DATA_DESERT, TRANSFORMATION]) {
      const sorted = [...PROJECTION_GROUPS].sort((a, b) => (a.group < b.group ? -1 : 1));
      for (const g of sorted) {
        const end = scenario === TRANSFORMATION ? g.transformation2030 : g.dataDesert2030;
        rows.push([year, scenario, g.group, interpolate(g.baseline, end, year)]);
      }
    }
  }
  return toCsv(['year', 'scenario', 'staff_group', 'wte'], rows);
}
