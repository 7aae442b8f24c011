import { describe, expect, it } from 'vitest';
import { buildHash, isRoute, parseHash, withFilter } from '../../src/state/hash-location';

describe('parseHash', () => {
  it('reads the view and repeated filter values', () => {
    const location = parseHash('#/technologies?type=Diagnostic&group=A&group=B%2C%20C');
    expect(location.path).toBe('/technologies');
    expect(location.params.getAll('group')).toEqual(['A', 'B, C']);
  });

  it('treats an empty hash as the board summary', () => {
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#').path).toBe('/');
    expect(parseHash('#/?icb=QE1').params.get('icb')).toBe('QE1');
  });
});

describe('withFilter', () => {
  it('replaces one filter and keeps the others', () => {
    const location = parseHash('#/technologies?type=Diagnostic&region=London');
    expect(withFilter(location, 'type', ['Automation/Service efficiency', 'Other'])).toBe(
      '#/technologies?region=London&type=Automation%2FService+efficiency&type=Other',
    );
    expect(withFilter(location, 'type', [])).toBe('#/technologies?region=London');
  });

  it('round-trips through parseHash', () => {
    const hash = buildHash('/capabilities', new URLSearchParams([['staff', 'Nursing & midwifery']]));
    expect(parseHash(hash).params.get('staff')).toBe('Nursing & midwifery');
  });
});

describe('isRoute', () => {
  it('knows the five views', () => {
    expect(['/', '/technologies', '/capabilities', '/projection', '/data'].every(isRoute)).toBe(true);
    expect(isRoute('/admin')).toBe(false);
  });
});
