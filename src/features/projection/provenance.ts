import type { Provenance } from '../../charts/figure-frame';
import { MAIN_SCENARIO } from './queries';
import type { Area } from './use-area';

const REPORT = 'HEE, Data driven healthcare in 2030 (March 2021)';

/**
 * What the projection's numbers rest on. Published: the 2020 baseline (46,009 WTE), the main scenario's 2030
 * total (77,923 WTE) and clinical informatics' increase (+11,953 WTE); everything else is illustrative, and so
 * is any number scaled to an ICB.
 */
export function projectionSource(scenario: string, area: Area): string {
  const scaled =
    area.kind === 'icb' ? `; scaled to ${area.label} by its share of England (illustrative)` : '';
  const scenarioNote =
    scenario === MAIN_SCENARIO
      ? 'the split between staff groups other than the clinical informatics increase, and the years between, are illustrative'
      : `the ${scenario} scenario is illustrative beyond its 2020 baseline`;
  return `${REPORT}: the 2020 baseline and the 2030 total of the Digital transformation scenario; ${scenarioNote}${scaled}`;
}

export function projectionProvenance(area: Area): Provenance {
  return area.kind === 'icb' ? 'illustrative' : 'published and illustrative';
}

export function growthProvenance(scenario: string, area: Area): Provenance {
  return area.kind !== 'icb' && scenario === MAIN_SCENARIO ? 'published and illustrative' : 'illustrative';
}
