import { REGIONS } from '../../data/catalogue';
import type { ParamCheck } from '../../state/ignored-values';
import { ALL_ROUNDS } from './filters';
import type { FilterOptionRow } from './option-queries';

/** The regions of a URL that are NHS England regions: the filter options query lists ICBs within them. */
export const knownRegions = (params: URLSearchParams): string[] =>
  params.getAll('region').filter((r) => (REGIONS as readonly string[]).includes(r));

/**
 * What each URL parameter of the view may hold: the values of the filter options query the page runs anyway
 * (regions from the catalogue, since the options query needs them first), so checking costs no extra query.
 */
export function capabilityParamChecks(
  options: readonly FilterOptionRow[] | undefined,
  regionChosen: boolean,
): ParamCheck[] {
  const fromData = (param: string) => options?.filter((o) => o.param === param).map((o) => o.value);
  const rounds = fromData('round');
  return [
    { param: 'region', noun: 'region', known: REGIONS },
    {
      param: 'icb',
      noun: 'ICB',
      known: fromData('icb'),
      // The options list only the chosen regions' ICBs.
      reason: regionChosen ? 'is not an ICB in the chosen region' : undefined,
    },
    { param: 'org', noun: 'organisation type', known: fromData('org') },
    { param: 'staff', noun: 'staff group', known: fromData('staff') },
    { param: 'archetype', noun: 'archetype', known: fromData('archetype') },
    { param: 'domain', noun: 'domain', known: fromData('domain') },
    { param: 'round', noun: 'assessment round', known: rounds && [ALL_ROUNDS, ...rounds] },
  ];
}
