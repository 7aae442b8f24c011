import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  NO_FILTERS,
  technologyFiltersFromUrl,
  withoutFilters,
} from '../../src/features/technologies/filters';
import { cellSelected, toggleCell, toggleValue } from '../../src/features/technologies/selection';
import { clearFilters } from '../../src/state/filter-chips';

describe('bar selection', () => {
  it('adds a value, keeps the others, and removes it on a second click', () => {
    expect(toggleValue([], 'Diagnostic')).toEqual(['Diagnostic']);
    expect(toggleValue(['Diagnostic'], 'Other')).toEqual(['Diagnostic', 'Other']);
    expect(toggleValue(['Diagnostic', 'Other'], 'Diagnostic')).toEqual(['Other']);
  });
});

describe('heat-map cell selection', () => {
  it('selects a cell only when both its row and its column are chosen', () => {
    expect(cellSelected(['London'], 'London', ['Diagnostic'], 'Diagnostic')).toBe(true);
    expect(cellSelected([], 'London', ['Diagnostic'], 'Diagnostic')).toBe(false);
    expect(cellSelected(['London'], 'London', [], 'Diagnostic')).toBe(false);
  });

  it('adds the row and the column, and a second click removes both', () => {
    const once = toggleCell([], 'London', ['Diagnostic'], 'Diagnostic');
    expect(once).toEqual({ rows: ['London'], columns: ['Diagnostic'] });
    expect(toggleCell(once.rows, 'London', once.columns, 'Diagnostic')).toEqual({ rows: [], columns: [] });
    expect(toggleCell(['London'], 'Midlands', ['Other'], 'Diagnostic')).toEqual({
      rows: ['London', 'Midlands'],
      columns: ['Other', 'Diagnostic'],
    });
  });
});

describe('technology filters from the URL', () => {
  it('reads every parameter, repeated values included, and drops years that are not whole numbers', () => {
    const f = technologyFiltersFromUrl(
      new URLSearchParams('type=A&type=B&group=Medic%2C+Cardiology&years=0&years=x&years=12&icb=QE1'),
    );
    expect(f).toEqual({
      ...NO_FILTERS,
      type: ['A', 'B'],
      group: ['Medic, Cardiology'],
      years: [0, 12],
      icb: ['QE1'],
    });
    expect(hasFilters(f)).toBe(true);
    expect(hasFilters(technologyFiltersFromUrl(new URLSearchParams('org=x')))).toBe(false);
  });

  it('lets a chart drop its own filters and keep the others', () => {
    const f = { ...NO_FILTERS, type: ['A'], region: ['London'], icb: ['QE1'] };
    expect(withoutFilters(f, 'type')).toEqual({ ...NO_FILTERS, region: ['London'], icb: ['QE1'] });
    expect(withoutFilters(f, 'region', 'icb')).toEqual({ ...NO_FILTERS, type: ['A'] });
    expect(f.type).toEqual(['A']);
  });

  it('clears the given filters in one URL change and keeps the rest', () => {
    expect(clearFilters('#/technologies?type=A&scenario=S&group=B&group=C', ['type', 'group'])).toBe(
      '#/technologies?scenario=S',
    );
    expect(clearFilters('#/technologies?type=A', ['type'])).toBe('#/technologies');
  });
});
