import { describe, expect, it } from 'vitest';
import { xmr } from '../../src/charts/xmr';

describe('xmr', () => {
  it('computes the mean, the average moving range and limits at 2.66 times it', () => {
    const result = xmr([10, 12, 11, 13, 12]);
    expect(result.mean).toBeCloseTo(11.6, 12);
    // Moving ranges: 2, 1, 2, 1 -> 1.5
    expect(result.averageMovingRange).toBeCloseTo(1.5, 12);
    expect(result.upperLimit).toBeCloseTo(11.6 + 2.66 * 1.5, 12);
    expect(result.lowerLimit).toBeCloseTo(11.6 - 2.66 * 1.5, 12);
    expect(result.points.map((p) => p.movingRange)).toEqual([null, 2, 1, 2, 1]);
    expect(result.variation).toBe('common cause');
  });

  it('flags a point beyond a limit as special cause on that side', () => {
    const values = [50, 51, 49, 50, 51, 49, 50, 51, 49, 50, 80];
    const result = xmr(values);
    expect(result.points.at(-1)!.reasons).toContain('above the upper process limit');
    expect(result.variation).toBe('special cause improvement');
    expect(xmr(values, { higherIsBetter: false }).variation).toBe('special cause concern');
  });

  it('flags a shift of seven points on one side of the mean, and not six', () => {
    const seven = [40, 41, 40, 41, 40, 41, 40, 60, 61, 60, 61, 60, 61, 60];
    expect(
      xmr(seven)
        .points.slice(7)
        .every((p) => p.side === 'high'),
    ).toBe(true);
    const six = [40, 41, 40, 41, 40, 41, 40, 60, 61, 60, 61, 60, 61, 40, 41];
    const result = xmr(six);
    expect(result.points.slice(7, 13).some((p) => p.reasons.some((r) => r.includes('above the mean')))).toBe(
      false,
    );
  });

  it('flags a trend of seven points rising', () => {
    const result = xmr([5, 6, 5, 1, 2, 3, 4, 5, 6, 7, 5, 6]);
    const trend = result.points.map((p) => p.reasons.some((r) => r.includes('rising')));
    expect(trend).toEqual([false, false, false, true, true, true, true, true, true, true, false, false]);
  });

  it('judges assurance against a target from the process limits', () => {
    const steady = [60, 61, 59, 60, 61, 59, 60];
    expect(xmr(steady, { target: 50 }).assurance).toBe('consistently passes the target');
    expect(xmr(steady, { target: 70 }).assurance).toBe('consistently fails the target');
    expect(xmr(steady, { target: 60 }).assurance).toBe('hit and miss');
    expect(xmr(steady).assurance).toBe('no target');
  });

  it('refuses a single point', () => {
    expect(() => xmr([1])).toThrow(/at least two/);
  });
});
