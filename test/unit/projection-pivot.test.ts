import { describe, expect, it } from 'vitest';
import { groupKey, pivotByGroup } from '../../src/features/projection/pivot';
import type { StaffGroupYearRow } from '../../src/features/projection/queries';

const row = (year: number, staff_group: string, wte: number, total: number): StaffGroupYearRow => ({
  year,
  staff_group,
  wte,
  total,
  basis: year === 2020 ? 'Published baseline' : 'Interpolated (illustrative)',
});

describe('pivotByGroup', () => {
  it('makes one row per year with positional group keys, in the order the SQL gives the groups', () => {
    const { groups, years } = pivotByGroup([
      row(2020, 'Clinical informatics', 10, 15),
      row(2020, 'A.b [odd] name', 5, 15),
      row(2021, 'Clinical informatics', 11, 17),
      row(2021, 'A.b [odd] name', 6, 17),
    ]);
    expect(groups).toEqual(['Clinical informatics', 'A.b [odd] name']);
    expect(years).toEqual([
      { year: 2020, total: 15, basis: 'Published baseline', g0: 10, g1: 5 },
      { year: 2021, total: 17, basis: 'Interpolated (illustrative)', g0: 11, g1: 6 },
    ]);
    expect(groupKey(1)).toBe('g1');
  });

  it('leaves a group out of a year it has no row for, rather than inventing a zero', () => {
    const { years } = pivotByGroup([row(2021, 'B', 4, 4), row(2020, 'A', 1, 1)]);
    expect(years.map((y) => y.year)).toEqual([2020, 2021]);
    expect(years[0]).not.toHaveProperty('g0');
    expect(years[0]).toHaveProperty('g1', 1);
    expect(years[1]).toHaveProperty('g0', 4);
  });

  it('gives nothing for no rows', () => {
    expect(pivotByGroup([])).toEqual({ groups: [], years: [] });
  });
});
