import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isShortfall,
  projectSupply,
  type DemandPoint,
  type SupplyAssumptions,
} from '../../src/data/supply-model';

/**
 * Properties of the supply model over any valid inputs, not just the defaults the example tests use: the page
 * and the board both draw whatever a planner types (within the URL's ranges), so the arithmetic must hold for
 * all of it.
 */
const RUNS = { numRuns: 200 };

// The URL allows up to 1,000,000 WTE and 100,000 a year; the model itself takes any non-negative number, so the
// generators go well past those bounds to catch overflow or precision surprises.
const wte = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

const assumptions: fc.Arbitrary<SupplyAssumptions> = fc.record({
  startingWorkforce: wte(1e9),
  leaverRatePercent: fc.double({ min: 0, max: 100, noNaN: true }),
  trainingEntrants: wte(1e8),
  recruitment: wte(1e8),
  reskilling: wte(1e8),
});

/** Distinct whole years in any order (the model sorts them), with demand of any size. */
const demand: fc.Arbitrary<DemandPoint[]> = fc.uniqueArray(
  fc.record({ year: fc.integer({ min: 2000, max: 2100 }), demand: wte(1e10) }),
  { minLength: 1, maxLength: 15, selector: (p) => p.year },
);

/** The area's share of England as a factor (the page passes per cent / 100). */
const share = fc.double({ min: 0, max: 1, noNaN: true });

describe('projectSupply, for any valid assumptions and demand', () => {
  it('never gives a negative or non-finite supply, demand or gap', () => {
    fc.assert(
      fc.property(assumptions, demand, share, (a, d, s) => {
        for (const row of projectSupply(a, d, s).rows) {
          expect(row.supply).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(row.supply)).toBe(true);
          expect(Number.isFinite(row.demand)).toBe(true);
          expect(Number.isFinite(row.gap)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('keeps supply at the starting workforce when nobody leaves or joins', () => {
    fc.assert(
      fc.property(wte(1e9), demand, share, (start, d, s) => {
        const still = {
          startingWorkforce: start,
          leaverRatePercent: 0,
          trainingEntrants: 0,
          recruitment: 0,
          reskilling: 0,
        };
        for (const row of projectSupply(still, d, s).rows) expect(row.supply).toBe(start * s);
      }),
      RUNS,
    );
  });

  it('gives at least as much supply every year with more entrants from any source', () => {
    const source = fc.constantFrom<'trainingEntrants' | 'recruitment' | 'reskilling'>(
      'trainingEntrants',
      'recruitment',
      'reskilling',
    );
    fc.assert(
      fc.property(assumptions, demand, share, source, wte(1e6), (a, d, s, key, extra) => {
        const before = projectSupply(a, d, s).rows;
        const after = projectSupply({ ...a, [key]: a[key] + extra }, d, s).rows;
        after.forEach((row, i) => expect(row.supply).toBeGreaterThanOrEqual(before[i]!.supply));
      }),
      RUNS,
    );
  });

  it('gives at most as much supply every year with a higher leaver rate', () => {
    fc.assert(
      fc.property(
        assumptions,
        demand,
        share,
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, d, s, more) => {
          const higher = Math.min(100, a.leaverRatePercent + more);
          const before = projectSupply(a, d, s).rows;
          const after = projectSupply({ ...a, leaverRatePercent: higher }, d, s).rows;
          after.forEach((row, i) => expect(row.supply).toBeLessThanOrEqual(before[i]!.supply));
        },
      ),
      RUNS,
    );
  });

  it('reports every demand year once, in order, with gap = demand - supply and demand scaled by the share', () => {
    fc.assert(
      fc.property(assumptions, demand, share, (a, d, s) => {
        const { rows } = projectSupply(a, d, s);
        expect(rows.map((r) => r.year)).toEqual(d.map((p) => p.year).sort((x, y) => x - y));
        for (const row of rows) {
          expect(row.gap).toBe(row.demand - row.supply);
          expect(row.demand).toBe(d.find((p) => p.year === row.year)!.demand * s);
        }
      }),
      RUNS,
    );
  });

  it('steps through missing years: supply in a year does not depend on which other years are asked for', () => {
    fc.assert(
      fc.property(assumptions, demand, (a, d) => {
        const years = d.map((p) => p.year);
        const first = Math.min(...years);
        const last = Math.max(...years);
        const every = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, demand: 0 }));
        const full = new Map(projectSupply(a, every).rows.map((r) => [r.year, r.supply]));
        for (const row of projectSupply(a, d).rows) expect(row.supply).toBe(full.get(row.year));
      }),
      RUNS,
    );
  });

  it('says the gap closes in the first year from which there is no shortfall to the end, or null', () => {
    fc.assert(
      fc.property(assumptions, demand, share, (a, d, s) => {
        const { rows, gapClosesIn } = projectSupply(a, d, s);
        const lastShortfall = rows.findLastIndex(isShortfall);
        const expected = lastShortfall === rows.length - 1 ? null : rows[lastShortfall + 1]!.year;
        expect(gapClosesIn).toBe(expected);
        if (gapClosesIn !== null)
          for (const row of rows.filter((r) => r.year >= gapClosesIn))
            expect(row.gap).toBeLessThanOrEqual(1e-6);
      }),
      RUNS,
    );
  });

  it('refuses assumptions outside their ranges instead of projecting nonsense', () => {
    const bad = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
    );
    const key = fc.constantFrom<keyof SupplyAssumptions>(
      'startingWorkforce',
      'leaverRatePercent',
      'trainingEntrants',
      'recruitment',
      'reskilling',
    );
    fc.assert(
      fc.property(assumptions, demand, key, bad, (a, d, k, value) => {
        expect(() => projectSupply({ ...a, [k]: value }, d)).toThrow(RangeError);
      }),
      RUNS,
    );
  });
});
