import { describe, expect, it } from 'vitest';
import { projectSupply, type DemandPoint, type SupplyAssumptions } from '../../src/data/supply-model';

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** A demand series growing linearly from `start` by `step` a year, 2020 to 2030. */
const linearDemand = (start: number, step: number): DemandPoint[] =>
  years(2020, 2030).map((year, i) => ({ year, demand: start + step * i }));

const base: SupplyAssumptions = {
  startingWorkforce: 46_009,
  leaverRatePercent: 8,
  trainingEntrants: 2_500,
  recruitment: 1_500,
  reskilling: 1_000,
};
const none = { trainingEntrants: 0, recruitment: 0, reskilling: 0 };

describe('projectSupply', () => {
  it('follows the stated recurrence: last year less leavers plus joiners', () => {
    const { rows } = projectSupply(base, linearDemand(46_009, 3_000));
    expect(rows[0]).toEqual({ year: 2020, demand: 46_009, supply: 46_009, gap: 0 });
    expect(rows[1]!.supply).toBeCloseTo(46_009 * 0.92 + 5_000, 9);
    expect(rows[2]!.supply).toBeCloseTo((46_009 * 0.92 + 5_000) * 0.92 + 5_000, 9);
    expect(rows.map((r) => r.year)).toEqual(years(2020, 2030));
  });

  it('keeps the workforce unchanged with no leavers and no joiners', () => {
    const { rows, gapClosesIn } = projectSupply(
      { ...base, ...none, leaverRatePercent: 0 },
      linearDemand(46_009, 0),
    );
    expect(rows.every((r) => r.supply === 46_009 && r.gap === 0)).toBe(true);
    expect(gapClosesIn).toBe(2020);
  });

  it('adds the joiners every year when nobody leaves', () => {
    const { rows } = projectSupply({ ...base, leaverRatePercent: 0 }, linearDemand(46_009, 0));
    rows.forEach((row, i) => expect(row.supply).toBe(46_009 + 5_000 * i));
  });

  it('with a 100% leaver rate, supply after the first year is exactly the year’s joiners', () => {
    const { rows } = projectSupply({ ...base, leaverRatePercent: 100 }, linearDemand(46_009, 3_000));
    expect(rows[0]!.supply).toBe(46_009);
    for (const row of rows.slice(1)) expect(row.supply).toBe(5_000);
  });

  it('with a 100% leaver rate and no joiners, the workforce is gone after one year', () => {
    const { rows, gapClosesIn } = projectSupply(
      { ...base, ...none, leaverRatePercent: 100 },
      linearDemand(46_009, 3_000),
    );
    expect(rows.slice(1).every((r) => r.supply === 0 && r.gap === r.demand)).toBe(true);
    expect(gapClosesIn).toBeNull();
  });

  it('closes the gap in the first year after the baseline with huge recruitment', () => {
    const demand = linearDemand(50_000, 3_000);
    const { rows, gapClosesIn } = projectSupply({ ...base, recruitment: 1_000_000 }, demand);
    expect(rows[0]!.gap).toBe(50_000 - 46_009);
    expect(gapClosesIn).toBe(2021);
    expect(rows.slice(1).every((r) => r.gap < 0)).toBe(true);
  });

  it('reports null when the gap never closes, and the year it closes when it does', () => {
    // Defaults settle at 5,000 / 8% = 62,500 WTE, short of 77,923.
    const demand = linearDemand(48_000, 2_992.3);
    const never = projectSupply(base, demand);
    expect(never.gapClosesIn).toBeNull();
    expect(never.rows.at(-1)!.gap).toBeGreaterThan(0);

    // Settles at 8,500 / 8% = 106,250: 2021 is 50,828 against 50,992, 2022 is 55,262 against 53,985.
    const closing = projectSupply({ ...base, reskilling: 4_500 }, demand);
    expect(closing.gapClosesIn).toBe(2022);
    const at = closing.rows.findIndex((r) => r.year === closing.gapClosesIn);
    expect(closing.rows[at - 1]!.gap).toBeGreaterThan(0);
    expect(closing.rows.slice(at).every((r) => r.gap <= 0)).toBe(true);
  });

  it('counts a gap that reopens as not closed until it closes for good', () => {
    const demand: DemandPoint[] = [
      { year: 2020, demand: 100 },
      { year: 2021, demand: 90 },
      { year: 2022, demand: 130 },
      { year: 2023, demand: 100 },
    ];
    const result = projectSupply(
      { startingWorkforce: 100, leaverRatePercent: 0, trainingEntrants: 0, recruitment: 0, reskilling: 0 },
      demand,
    );
    expect(result.rows.map((r) => r.gap)).toEqual([0, -10, 30, 0]);
    expect(result.gapClosesIn).toBe(2023);
  });

  it('is a steady state when the joiners replace exactly the leavers', () => {
    const { rows } = projectSupply(
      { ...base, startingWorkforce: 62_500, leaverRatePercent: 8 },
      linearDemand(62_500, 0),
    );
    for (const row of rows) expect(row.supply).toBeCloseTo(62_500, 6);
  });

  it('scales supply, demand and gap by the share, with the same closing year', () => {
    const demand = linearDemand(46_009, 3_191.4);
    const england = projectSupply({ ...base, reskilling: 6_000 }, demand);
    const icb = projectSupply({ ...base, reskilling: 6_000 }, demand, 0.0254);
    icb.rows.forEach((row, i) => {
      const national = england.rows[i]!;
      expect(row.demand).toBeCloseTo(national.demand * 0.0254, 6);
      expect(row.supply).toBeCloseTo(national.supply * 0.0254, 6);
      expect(row.gap).toBeCloseTo(national.gap * 0.0254, 6);
    });
    expect(icb.gapClosesIn).toBe(england.gapClosesIn);
  });

  it('sorts the demand series and steps through a missing year', () => {
    const { rows } = projectSupply({ ...base, leaverRatePercent: 0 }, [
      { year: 2022, demand: 1 },
      { year: 2020, demand: 1 },
    ]);
    expect(rows.map((r) => [r.year, r.supply])).toEqual([
      [2020, 46_009],
      [2022, 56_009],
    ]);
  });

  it('returns no rows and no closing year for an empty series', () => {
    expect(projectSupply(base, [])).toEqual({ rows: [], gapClosesIn: null });
  });

  it('refuses assumptions outside their range and repeated years', () => {
    const demand = linearDemand(1, 0);
    expect(() => projectSupply({ ...base, leaverRatePercent: 101 }, demand)).toThrow(RangeError);
    expect(() => projectSupply({ ...base, leaverRatePercent: -1 }, demand)).toThrow(RangeError);
    expect(() => projectSupply({ ...base, recruitment: Number.NaN }, demand)).toThrow(RangeError);
    expect(() => projectSupply({ ...base, trainingEntrants: Infinity }, demand)).toThrow(RangeError);
    expect(() => projectSupply(base, demand, -0.5)).toThrow(RangeError);
    expect(() =>
      projectSupply(base, [
        { year: 2020, demand: 1 },
        { year: 2020, demand: 2 },
      ]),
    ).toThrow(/twice/);
  });
});

describe('projectSupply invariants over many random assumptions', () => {
  // A seeded generator (mulberry32), so a failure is reproducible.
  function random(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }
  const next = random(20220131);
  const cases = Array.from({ length: 300 }, () => ({
    assumptions: {
      startingWorkforce: next() * 100_000,
      leaverRatePercent: next() < 0.1 ? (next() < 0.5 ? 0 : 100) : next() * 100,
      trainingEntrants: next() * 10_000,
      recruitment: next() < 0.05 ? 100_000 : next() * 5_000,
      reskilling: next() * 5_000,
    },
    demand: linearDemand(next() * 100_000, next() * 8_000 - 2_000),
    share: next() < 0.3 ? 1 : next(),
  }));

  it('never gives negative supply, and gap is always demand less supply', () => {
    for (const { assumptions, demand, share } of cases) {
      for (const row of projectSupply(assumptions, demand, share).rows) {
        expect(row.supply).toBeGreaterThanOrEqual(0);
        expect(row.gap).toBe(row.demand - row.supply);
      }
    }
  });

  it('gives a closing year exactly when the last year has no shortfall, with none from then on', () => {
    for (const { assumptions, demand, share } of cases) {
      const { rows, gapClosesIn } = projectSupply(assumptions, demand, share);
      const tolerance = 1e-6;
      if (rows.at(-1)!.gap > tolerance) {
        expect(gapClosesIn).toBeNull();
        continue;
      }
      const at = rows.findIndex((r) => r.year === gapClosesIn);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(rows.slice(at).every((r) => r.gap <= tolerance)).toBe(true);
      if (at > 0) expect(rows[at - 1]!.gap).toBeGreaterThan(tolerance);
    }
  });

  it('gives more supply with more joiners and less with a higher leaver rate', () => {
    for (const { assumptions, demand } of cases) {
      const supply = projectSupply(assumptions, demand).rows.map((r) => r.supply);
      const more = projectSupply({ ...assumptions, recruitment: assumptions.recruitment + 100 }, demand);
      const leaky = projectSupply(
        { ...assumptions, leaverRatePercent: Math.min(100, assumptions.leaverRatePercent + 5) },
        demand,
      );
      more.rows.forEach((r, i) => expect(r.supply).toBeGreaterThanOrEqual(supply[i]!));
      leaky.rows.forEach((r, i) => expect(r.supply).toBeLessThanOrEqual(supply[i]! + 1e-9));
    }
  });

  it('stays between the starting workforce and its steady state, moving towards the steady state', () => {
    for (const { assumptions, demand } of cases) {
      const rate = assumptions.leaverRatePercent / 100;
      if (rate === 0) continue;
      const joiners = assumptions.trainingEntrants + assumptions.recruitment + assumptions.reskilling;
      const steady = joiners / rate;
      const low = Math.min(assumptions.startingWorkforce, steady) - 1e-6;
      const high = Math.max(assumptions.startingWorkforce, steady) + 1e-6;
      for (const row of projectSupply(assumptions, demand).rows) {
        expect(row.supply).toBeGreaterThanOrEqual(low);
        expect(row.supply).toBeLessThanOrEqual(high);
      }
    }
  });
});
