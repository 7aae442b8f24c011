/**
 * The planner's supply model: how many WTE the digital workforce will have each year, given where it starts and
 * how many join and leave, set against the demand of a scenario. One pure function, so the arithmetic is
 * unit-tested once and the page only draws it.
 *
 * Each year: supply = last year's supply x (1 - leaver rate) + new entrants from training + international and
 * other recruitment + reskilling from other staff groups. Leavers are counted on last year's workforce, so
 * people who join in a year do not also leave in it.
 */
export interface SupplyAssumptions {
  /** WTE in the first year of the demand series (the 2020 baseline). */
  readonly startingWorkforce: number;
  /** Share of the workforce that leaves each year, in per cent (0-100). */
  readonly leaverRatePercent: number;
  /** New entrants from training, WTE per year. */
  readonly trainingEntrants: number;
  /** International and other recruitment, WTE per year. */
  readonly recruitment: number;
  /** Staff reskilled from other staff groups, WTE per year. */
  readonly reskilling: number;
}

export interface DemandPoint {
  readonly year: number;
  /** WTE the scenario needs in the year. */
  readonly demand: number;
}

export interface SupplyPoint extends DemandPoint {
  readonly supply: number;
  /** Demand minus supply: positive is a shortfall. */
  readonly gap: number;
}

export interface SupplyResult {
  readonly rows: readonly SupplyPoint[];
  /**
   * The first year from which supply meets demand in every remaining year; the first year of the series when
   * there is never a shortfall; null when there is still a shortfall in the last year.
   */
  readonly gapClosesIn: number | null;
}

/** Float noise (a sum that should be exactly zero) must not count as a shortfall. */
const TOLERANCE_WTE = 1e-6;

function assertAssumptions(a: SupplyAssumptions, share: number): void {
  const named: [string, number][] = [
    ['startingWorkforce', a.startingWorkforce],
    ['leaverRatePercent', a.leaverRatePercent],
    ['trainingEntrants', a.trainingEntrants],
    ['recruitment', a.recruitment],
    ['reskilling', a.reskilling],
    ['share', share],
  ];
  for (const [name, value] of named) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number of 0 or more`);
  }
  if (a.leaverRatePercent > 100) throw new RangeError('leaverRatePercent must be at most 100');
}

/**
 * Supply against demand, year by year. `share` scales the national assumptions and the national demand to an
 * area (an ICB) by the same factor, so the gap is the area's share of the national gap. Years need not be
 * consecutive: a missing year is stepped through, one year at a time.
 */
export function projectSupply(
  assumptions: SupplyAssumptions,
  demand: readonly DemandPoint[],
  share = 1,
): SupplyResult {
  assertAssumptions(assumptions, share);
  const points = [...demand].sort((a, b) => a.year - b.year);
  const retained = 1 - assumptions.leaverRatePercent / 100;
  const joiners = (assumptions.trainingEntrants + assumptions.recruitment + assumptions.reskilling) * share;

  const rows: SupplyPoint[] = [];
  let supply = assumptions.startingWorkforce * share;
  let previousYear: number | undefined;
  for (const point of points) {
    if (!Number.isInteger(point.year)) throw new RangeError(`Year ${point.year} is not a whole year`);
    if (previousYear !== undefined) {
      if (point.year === previousYear) throw new RangeError(`Year ${point.year} appears twice`);
      for (let year = previousYear; year < point.year; year += 1) supply = supply * retained + joiners;
    }
    previousYear = point.year;
    const scaledDemand = point.demand * share;
    rows.push({ year: point.year, demand: scaledDemand, supply, gap: scaledDemand - supply });
  }

  let gapClosesIn: number | null = null;
  for (let i = rows.length - 1; i >= 0 && rows[i]!.gap <= TOLERANCE_WTE; i -= 1) gapClosesIn = rows[i]!.year;
  return { rows, gapClosesIn };
}

/** Whether a row is a shortfall by the model's own tolerance (for wording that must agree with gapClosesIn). */
export const isShortfall = (row: SupplyPoint): boolean => row.gap > TOLERANCE_WTE;
