import { describe, expect, it } from 'vitest';
import {
  formatInteger,
  formatPercent,
  formatSignedInteger,
  formatTwoDecimals,
  formatDateTime,
} from '../../src/charts/format';

describe('number formats', () => {
  it('uses thousands separators', () => {
    expect(formatInteger(46009)).toBe('46,009');
    expect(formatInteger(77923.4)).toBe('77,923');
  });

  it('gives what Intl gives, however often a number is formatted (-0 after 0 included)', () => {
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    for (const value of [0, -0, -0.4, 2.5, -2.5, 46009, 1e21, NaN, 0, -0]) {
      expect(formatInteger(value), String(value)).toBe(intl.format(value));
      expect(formatInteger(value), String(value)).toBe(intl.format(value));
    }
  });

  it('rounds shares half up to whole percentages, as the published shares are', () => {
    expect(formatPercent((100 * 82) / 240)).toBe('34%');
    expect(formatPercent((100 * 31) / 240)).toBe('13%');
    expect(formatPercent(12.5)).toBe('13%');
  });

  it('signs changes', () => {
    expect(formatSignedInteger(31914)).toBe('+31,914');
    expect(formatSignedInteger(-5)).toBe('−5');
    expect(formatSignedInteger(0)).toBe('0');
  });

  it('shows two decimals for mean gaps', () => {
    expect(formatTwoDecimals(0.5)).toBe('0.50');
  });
});

describe('formatDateTime', () => {
  it('shows when data was loaded as a British date and a 24-hour time', () => {
    const iso = new Date(2026, 10, 22, 8, 40).toISOString();
    expect(formatDateTime(iso)).toBe('22 Nov 2026, 08:40');
  });
});
