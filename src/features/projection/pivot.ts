import type { StaffGroupYearRow } from './queries';

/** One year of the stacked chart: a `g0`, `g1`... value per staff group, in the order of `groups`. */
export interface StackedYearRow extends Record<string, unknown> {
  year: number;
  total: number;
  basis: string;
}

export interface StackedProjection {
  readonly groups: readonly string[];
  readonly years: readonly StackedYearRow[];
}

/** The key of the i-th staff group's values; positional, so a group name (data) never becomes a path. */
export const groupKey = (index: number): string => `g${index}`;

/**
 * Long rows (year, staff group) to one row per year, for a stacked chart and its table. The SQL has done the
 * sums; this only reshapes. Groups keep the order the SQL gives (the largest first); a group missing in a year
 * is absent from that row rather than zero, so the table shows a blank instead of an invented number.
 */
export function pivotByGroup(rows: readonly StaffGroupYearRow[]): StackedProjection {
  const groups: string[] = [];
  const index = new Map<string, number>();
  const years = new Map<number, StackedYearRow>();
  for (const row of rows) {
    let position = index.get(row.staff_group);
    if (position === undefined) {
      position = groups.push(row.staff_group) - 1;
      index.set(row.staff_group, position);
    }
    let year = years.get(row.year);
    if (!year) {
      year = { year: row.year, total: row.total, basis: row.basis };
      years.set(row.year, year);
    }
    year[groupKey(position)] = row.wte;
  }
  return { groups, years: [...years.values()].sort((a, b) => a.year - b.year) };
}
