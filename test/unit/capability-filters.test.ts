import { describe, expect, it } from 'vitest';
import {
  ALL_ROUNDS,
  capabilityFiltersFromUrl,
  isNarrowed,
  roundCondition,
  selectionWhere,
  withLatestRound,
  withoutGeography,
} from '../../src/features/capabilities/filters';

const from = (query: string) => capabilityFiltersFromUrl(new URLSearchParams(query));

describe('capability filters from the URL', () => {
  it('reads every parameter of the contract, repeated values included', () => {
    const filters = from(
      'icb=QE1&icb=QOP&region=London&org=Acute+trust&staff=Managers&archetype=Users&domain=6&domain=2&round=2025-03-31',
    );
    expect(filters).toEqual({
      icb: ['QE1', 'QOP'],
      region: ['London'],
      org: ['Acute trust'],
      staff: ['Managers'],
      archetype: ['Users'],
      domain: [6, 2],
      round: '2025-03-31',
    });
  });

  it('keeps "all" rounds, and falls back to the latest round for anything that is not a real date', () => {
    expect(from(`round=${ALL_ROUNDS}`).round).toBe('all');
    expect(from('round=2025-02-29').round).toBeNull();
    expect(from('round=2025-3-31').round).toBeNull();
    expect(from('round=latest').round).toBeNull();
    expect(from('').round).toBeNull();
  });

  it('drops domains that are not numbers', () => {
    expect(from('domain=1&domain=AI&domain=1;DROP').domain).toEqual([1]);
  });
});

describe('capability SQL conditions', () => {
  it('binds every value as a parameter, never in the SQL text', () => {
    const where = selectionWhere(from("icb=Q'E1&staff=x%22y&round=2025-03-31"));
    expect(where.sql).not.toContain("Q'E1");
    expect(where.params).toEqual(["Q'E1", 'x"y', '2025-03-31']);
  });

  it('filters the round by date, pools every round for "all", and takes the latest by default', () => {
    expect(roundCondition(from('round=2025-03-31'))?.params).toEqual(['2025-03-31']);
    expect(roundCondition(from('round=all'))).toBeNull();
    expect(roundCondition(from(''))?.sql).toContain('max(assessed_on)');
  });

  it('knows when a selection is narrowed, and drops only the geography for comparisons', () => {
    expect(isNarrowed(from('round=2025-03-31'))).toBe(false);
    expect(isNarrowed(from('staff=Managers'))).toBe(true);
    const compared = withoutGeography(from('icb=QE1&region=London&staff=Managers&round=all'));
    expect([compared.icb, compared.region, compared.staff, compared.round]).toEqual([
      [],
      [],
      ['Managers'],
      'all',
    ]);
  });
});

describe('withLatestRound', () => {
  it('names the latest round by its date only where no round is chosen', () => {
    expect(withLatestRound(from('archetype=Users'), '2025-03-31')).toEqual(
      from('archetype=Users&round=2025-03-31'),
    );
    expect(withLatestRound(from('round=2024-03-31'), '2025-03-31').round).toBe('2024-03-31');
    expect(withLatestRound(from(`round=${ALL_ROUNDS}`), '2025-03-31').round).toBe(ALL_ROUNDS);
  });

  it('leaves the SQL to find the latest round when it is not known', () => {
    const filters = from('region=London');
    expect(withLatestRound(filters, null)).toBe(filters);
    expect(roundCondition(withLatestRound(filters, null))?.sql).toContain('max(assessed_on)');
  });
});
