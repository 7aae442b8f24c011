/**
 * XmR (individuals and moving range) statistics as NHS England's "Making Data Count" uses them: the mean, the
 * average moving range, process limits at mean ± 2.66 × average moving range, and the special-cause rules:
 * a point beyond a limit, a shift of 7 or more points on one side of the mean, and a trend of 7 or more points
 * all rising or all falling.
 */
export const XMR_SCALING = 2.66;
export const RUN_LENGTH = 7;
/** Fewer points than this give limits too unstable to judge; a plain run chart is shown instead. */
export const MIN_XMR_POINTS = 12;

export type Variation = 'common cause' | 'special cause improvement' | 'special cause concern';
export type Assurance =
  'consistently passes the target' | 'consistently fails the target' | 'hit and miss' | 'no target';

export interface XmrPoint {
  readonly value: number;
  readonly movingRange: number | null;
  /** Why the point is special cause; empty when it is common cause. */
  readonly reasons: readonly string[];
  readonly side: 'high' | 'low' | null;
}

export interface XmrResult {
  readonly mean: number;
  readonly averageMovingRange: number;
  readonly upperLimit: number;
  readonly lowerLimit: number;
  readonly points: readonly XmrPoint[];
  /** The variation icon: the kind of variation shown by the latest point. */
  readonly variation: Variation;
  readonly assurance: Assurance;
}

/** Marks every point of each run of RUN_LENGTH or more consecutive indexes for which `member` holds. */
function markRuns(
  count: number,
  member: (i: number) => boolean,
  mark: (i: number) => void,
  minRun = RUN_LENGTH,
) {
  let start = 0;
  for (let i = 0; i <= count; i++) {
    if (i < count && member(i)) continue;
    if (i - start >= minRun) for (let j = start; j < i; j++) mark(j);
    start = i + 1;
  }
}

export function xmr(
  values: readonly number[],
  options: { higherIsBetter?: boolean; target?: number | null } = {},
): XmrResult {
  const { higherIsBetter = true, target = null } = options;
  if (values.length < 2) throw new Error('An XmR chart needs at least two points');
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const movingRanges = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  const averageMovingRange = movingRanges.reduce((sum, v) => sum + v, 0) / movingRanges.length;
  const upperLimit = mean + XMR_SCALING * averageMovingRange;
  const lowerLimit = mean - XMR_SCALING * averageMovingRange;

  const reasons = values.map(() => new Set<string>());
  const sides: ('high' | 'low' | null)[] = values.map(() => null);
  const flag = (i: number, reason: string, side: 'high' | 'low') => {
    reasons[i]!.add(reason);
    sides[i] ??= side;
  };
  values.forEach((v, i) => {
    if (v > upperLimit) flag(i, 'above the upper process limit', 'high');
    if (v < lowerLimit) flag(i, 'below the lower process limit', 'low');
  });
  markRuns(
    values.length,
    (i) => values[i]! > mean,
    (i) => flag(i, `${RUN_LENGTH} or more points above the mean`, 'high'),
  );
  markRuns(
    values.length,
    (i) => values[i]! < mean,
    (i) => flag(i, `${RUN_LENGTH} or more points below the mean`, 'low'),
  );
  // A trend of 7 points is 6 consecutive rises (or falls) between them.
  const rising = (i: number) => i > 0 && values[i]! > values[i - 1]!;
  const falling = (i: number) => i > 0 && values[i]! < values[i - 1]!;
  for (const [member, side] of [
    [rising, 'high'],
    [falling, 'low'],
  ] as const) {
    markRuns(
      values.length,
      member,
      (i) => {
        flag(i, `a trend of ${RUN_LENGTH} or more points ${side === 'high' ? 'rising' : 'falling'}`, side);
        if (i > 0)
          flag(
            i - 1,
            `a trend of ${RUN_LENGTH} or more points ${side === 'high' ? 'rising' : 'falling'}`,
            side,
          );
      },
      RUN_LENGTH - 1,
    );
  }

  const points = values.map((value, i) => ({
    value,
    movingRange: i === 0 ? null : movingRanges[i - 1]!,
    reasons: [...reasons[i]!],
    side: sides[i]!,
  }));
  const latest = points.at(-1)!;
  const variation: Variation =
    latest.side === null
      ? 'common cause'
      : (latest.side === 'high') === higherIsBetter
        ? 'special cause improvement'
        : 'special cause concern';
  return {
    mean,
    averageMovingRange,
    upperLimit,
    lowerLimit,
    points,
    variation,
    assurance: assurance(lowerLimit, upperLimit, target, higherIsBetter),
  };
}

function assurance(lower: number, upper: number, target: number | null, higherIsBetter: boolean): Assurance {
  if (target === null) return 'no target';
  const passesAll = higherIsBetter ? lower > target : upper < target;
  const failsAll = higherIsBetter ? upper < target : lower > target;
  return passesAll
    ? 'consistently passes the target'
    : failsAll
      ? 'consistently fails the target'
      : 'hit and miss';
}
