import { buildHash, type FilterParam, type HashLocation } from './hash-location';

/**
 * A shared link can ask for a value the data does not hold (`#/technologies?type=Nonsense`): a typo, an old
 * link, or a link made on someone else's upload. Filtering by it would draw empty charts with no reason given,
 * so each view checks its parameters against the values it already has for its filter options, leaves the
 * unknown ones out, and says so. Pure functions here; the hook and the notice use them.
 */
export interface ParamCheck {
  readonly param: FilterParam;
  /** How the parameter reads in a sentence: "type", "ICB", "archetype". */
  readonly noun: string;
  /** The values the data holds; undefined while they load, when nothing is judged yet. */
  readonly known: readonly string[] | undefined;
  /** Why a value is not among them, when "not in the data" would mislead ("not in the chosen region"). */
  readonly reason?: string;
}

export interface IgnoredValue {
  readonly param: FilterParam;
  readonly noun: string;
  readonly value: string;
  readonly reason: string;
}

const NOT_IN_DATA = 'is not in the data';

/** The URL's values that the checks say the data does not hold, in the order of the checks, once each. */
export function ignoredValues(params: URLSearchParams, checks: readonly ParamCheck[]): IgnoredValue[] {
  return checks.flatMap(({ param, noun, known, reason }) => {
    if (known === undefined) return [];
    const allowed = new Set(known);
    const unknown = [...new Set(params.getAll(param))].filter((value) => !allowed.has(value));
    return unknown.map((value) => ({ param, noun, value, reason: reason ?? NOT_IN_DATA }));
  });
}

/** The parameters without the ignored values; everything else keeps its order. */
export function withoutIgnored(params: URLSearchParams, ignored: readonly IgnoredValue[]): URLSearchParams {
  const next = new URLSearchParams();
  for (const [name, value] of params)
    if (!ignored.some((i) => i.param === name && i.value === value)) next.append(name, value);
  return next;
}

/** The sentence the notice shows for one ignored value. */
export const ignoredSentence = ({ noun, value, reason }: IgnoredValue): string =>
  value === ''
    ? `The link gives no value for ${noun}, so it is ignored.`
    : `The link asked for ${noun} \u201c${value}\u201d, which ${reason}, so it is ignored.`;

/** Where the notice's link goes: this view without the ignored values. */
export const hashWithoutIgnored = (location: HashLocation, ignored: readonly IgnoredValue[]): string =>
  buildHash(location.path, withoutIgnored(location.params, ignored));
