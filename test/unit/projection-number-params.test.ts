import { describe, expect, it } from 'vitest';
import { ASSUMPTION_FIELDS, SHARE_SPEC } from '../../src/state/workforce-assumptions';
import { hashWithParams, parseNumber, withUnit, type NumberSpec } from '../../src/state/use-number-param';

// The projection's assumptions live in the URL; these check what a person (or a link) can put there.
const leave: NumberSpec = { label: 'Annual leaver rate', unit: '%', min: 0, max: 100 };
const flow: NumberSpec = { label: 'New entrants from training', unit: 'WTE per year', min: 0, max: 100_000 };

describe('parseNumber', () => {
  it('reads plain numbers, decimals, spaces and thousands separators', () => {
    expect(parseNumber('8', leave)).toEqual({ ok: true, value: 8 });
    expect(parseNumber(' 12.5 ', leave)).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('.5', leave)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('2,500', flow)).toEqual({ ok: true, value: 2500 });
    expect(parseNumber('100,000', flow)).toEqual({ ok: true, value: 100_000 });
    expect(parseNumber('-0', leave)).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseNumber('-0', leave) as { value: number }).value, 0)).toBe(true);
  });

  it('accepts both ends of the range and refuses just outside it, saying the range with its unit', () => {
    expect(parseNumber('0', leave)).toEqual({ ok: true, value: 0 });
    expect(parseNumber('100', leave)).toEqual({ ok: true, value: 100 });
    expect(parseNumber('100.01', leave)).toEqual({
      ok: false,
      message: 'Annual leaver rate must be between 0% and 100%.',
    });
    expect(parseNumber('-1', flow)).toEqual({
      ok: false,
      message: 'New entrants from training must be between 0 WTE per year and 100,000 WTE per year.',
    });
  });

  it('explains empty and non-numeric text instead of guessing', () => {
    expect(parseNumber('', leave)).toEqual({
      ok: false,
      message: 'Enter the annual leaver rate, between 0% and 100%.',
    });
    for (const text of ['abc', '8%', '1e3', '2,50', '1.2.3', '12 000', '0x10', 'Infinity', 'NaN']) {
      const parsed = parseNumber(text, leave);
      expect(parsed.ok, text).toBe(false);
      expect((parsed as { message: string }).message, text).toMatch(/must be a number between 0% and 100%/);
    }
  });

  it('refuses anything outside each projection field’s documented range', () => {
    for (const { spec } of [...ASSUMPTION_FIELDS, { spec: SHARE_SPEC }]) {
      expect(parseNumber(String(spec.min), spec).ok).toBe(true);
      expect(parseNumber(String(spec.max), spec).ok).toBe(true);
      expect(parseNumber(String(spec.max + 1), spec).ok).toBe(false);
      expect(parseNumber(String(spec.min - 0.01), spec).ok).toBe(false);
    }
  });
});

describe('withUnit', () => {
  it('puts % against the number and spells other units after a space', () => {
    expect(withUnit(8, '%')).toBe('8%');
    expect(withUnit(46009, 'WTE')).toBe('46,009 WTE');
    expect(withUnit(0.01, '%')).toBe('0.01%');
  });
});

describe('hashWithParams', () => {
  it('sets and removes parameters and keeps the view and the other parameters', () => {
    expect(hashWithParams('#/projection?scenario=Data+desert&leave=8', { leave: '5', train: '3000' })).toBe(
      '#/projection?scenario=Data+desert&leave=5&train=3000',
    );
    expect(hashWithParams('#/projection?icb=QE1&share=2.5', { icb: null, share: null })).toBe('#/projection');
  });

  it('replaces every repeat of a parameter with one value, and encodes values as data', () => {
    expect(hashWithParams('#/projection?scenario=A&scenario=B', { scenario: 'C&D=E' })).toBe(
      '#/projection?scenario=C%26D%3DE',
    );
  });

  it('treats an empty hash as the board summary', () => {
    expect(hashWithParams('', { leave: '5' })).toBe('#/?leave=5');
  });
});
