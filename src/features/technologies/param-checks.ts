import { POINTS_OF_CARE, REGIONS, TECHNOLOGY_TYPES } from '../../data/catalogue';
import type { ParamCheck } from '../../state/ignored-values';
import type { FilterOptionRow } from './queries-list';

/**
 * What each URL parameter of the view may hold: the catalogue's fixed lists (uploads are validated against
 * them), else the values of the filter options query the page runs anyway, so checking costs no extra query.
 */
export function technologyParamChecks(options: readonly FilterOptionRow[] | undefined): ParamCheck[] {
  const fromData = (param: FilterOptionRow['param']) =>
    options?.filter((o) => o.param === param).map((o) => o.value);
  return [
    { param: 'type', noun: 'type', known: TECHNOLOGY_TYPES },
    { param: 'subtype', noun: 'subtype', known: fromData('subtype') },
    { param: 'area', noun: 'clinical area', known: fromData('area') },
    { param: 'group', noun: 'workforce group', known: fromData('group') },
    { param: 'care', noun: 'point of care', known: POINTS_OF_CARE },
    { param: 'years', noun: 'years to deployment', known: fromData('years') },
    { param: 'region', noun: 'region', known: REGIONS },
    { param: 'icb', noun: 'ICB', known: fromData('icb') },
  ];
}
