import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/state/hash-location';
import {
  hashWithoutIgnored,
  ignoredSentence,
  ignoredValues,
  withoutIgnored,
  type ParamCheck,
} from '../../src/state/ignored-values';

const checks: ParamCheck[] = [
  { param: 'type', noun: 'type', known: ['Diagnostic', 'Therapeutic'] },
  { param: 'icb', noun: 'ICB', known: undefined },
  { param: 'archetype', noun: 'archetype', known: ['Users'], reason: 'is not an archetype here' },
];
const params = (query: string) => new URLSearchParams(query);

describe('ignoredValues', () => {
  it('names each value the data does not hold, once, and keeps the known ones', () => {
    const ignored = ignoredValues(
      params('type=Diagnostic&type=Nonsense&type=Nonsense&type=diagnostic'),
      checks,
    );
    expect(ignored).toEqual([
      { param: 'type', noun: 'type', value: 'Nonsense', reason: 'is not in the data' },
      { param: 'type', noun: 'type', value: 'diagnostic', reason: 'is not in the data' },
    ]);
  });

  it('judges nothing while a parameter’s values are still loading', () => {
    expect(ignoredValues(params('icb=QXX'), checks)).toEqual([]);
  });

  it('leaves parameters no check names alone (unknown names are not its business)', () => {
    expect(ignoredValues(params('colour=blue&leave=12'), checks)).toEqual([]);
  });

  it('uses the check’s own reason when it gives one', () => {
    const [ignored] = ignoredValues(params('archetype=Wizards'), checks);
    expect(ignoredSentence(ignored!)).toBe(
      'The link asked for archetype “Wizards”, which is not an archetype here, so it is ignored.',
    );
  });
});

describe('withoutIgnored', () => {
  it('drops exactly the ignored values and keeps every other parameter in order', () => {
    const url = params('type=Nonsense&leave=12&type=Diagnostic&icb=QE1&type=Nonsense');
    const ignored = ignoredValues(url, checks);
    expect(withoutIgnored(url, ignored).toString()).toBe('leave=12&type=Diagnostic&icb=QE1');
  });
});

describe('the notice', () => {
  it('says in plain English what was ignored', () => {
    const [ignored] = ignoredValues(params('type=Nonsense'), checks);
    expect(ignoredSentence(ignored!)).toBe(
      'The link asked for type “Nonsense”, which is not in the data, so it is ignored.',
    );
  });

  it('says when a parameter has no value at all', () => {
    const [ignored] = ignoredValues(params('type='), checks);
    expect(ignoredSentence(ignored!)).toBe('The link gives no value for type, so it is ignored.');
  });

  it('links to the same view without the ignored values', () => {
    const location = parseHash('#/technologies?type=Nonsense&region=London');
    const ignored = ignoredValues(location.params, checks);
    expect(hashWithoutIgnored(location, ignored)).toBe('#/technologies?region=London');
  });
});
