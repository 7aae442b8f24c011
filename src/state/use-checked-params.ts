import type { HashLocation } from './hash-location';
import { ignoredValues, withoutIgnored, type IgnoredValue, type ParamCheck } from './ignored-values';
import { useHashLocation } from './use-hash-location';

export interface CheckedParams {
  /** The URL's parameters without the values the data does not hold: what the view filters by. */
  readonly params: URLSearchParams;
  readonly ignored: readonly IgnoredValue[];
  readonly location: HashLocation;
}

/**
 * The view's URL parameters, checked against the values its filter options already hold (ignored-values.ts).
 * Values whose options are still loading pass through unjudged, so a valid link is never held back.
 */
export function useCheckedParams(checks: readonly ParamCheck[]): CheckedParams {
  const location = useHashLocation();
  const ignored = ignoredValues(location.params, checks);
  return { params: withoutIgnored(location.params, ignored), ignored, location };
}
