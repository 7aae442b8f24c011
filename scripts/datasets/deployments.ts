import { icbPopulation } from './icbs';
import { ICBS } from './published';
import type { Rng } from './random';
import type { Technology } from './technologies';

export interface Deployment {
  readonly technologyId: string;
  readonly icbCode: string;
  readonly sites: number;
}

/** Chance that a technology is in use nowhere yet, by years to deployment at scale. */
const NOT_IN_USE = [0.02, 0.12, 0.3, 0.5, 0.7, 0.85];
/** Mean number of further ICBs (beyond the first) using a technology, by years to deployment. */
const SPREAD = [7, 4.5, 3, 2, 1.4, 1];
/** Share of technologies ready within a year that are already in wide use (30 or more ICBs). */
const WIDESPREAD = 0.13;
const MAX_SITES = 25;

/**
 * Illustrative spread of each technology across ICBs: technologies nearer deployment are in more ICBs, a
 * few in 30 or more and many in 1 to 5; bigger ICBs and London are a little more likely to use any given one.
 */
export function createDeployments(rng: Rng, technologies: readonly Technology[]): Deployment[] {
  const deployments: Deployment[] = [];
  const weight = (icb: (typeof ICBS)[number]) =>
    icbPopulation(icb.code) * (icb.region === 'London' ? 1.4 : 1);
  for (const technology of technologies) {
    const years = technology.yearsToDeployment;
    if (rng.chance(NOT_IN_USE[years] ?? 1)) continue;
    const niche = technology.type === 'Therapeutic' || technology.type === 'Other' ? 0.5 : 1;
    const count =
      years === 0 && rng.chance(WIDESPREAD)
        ? rng.int(30, ICBS.length)
        : Math.min(ICBS.length, 1 + Math.floor(-Math.log(1 - rng.next()) * (SPREAD[years] ?? 1) * niche));
    const perSite = technology.pointsOfCare.includes('Primary care') ? 3 : 1;
    for (const icb of rng.sampleWeighted(ICBS, count, weight)) {
      const expected = Math.exp(rng.normal(0.2, 0.8)) * Math.sqrt(icbPopulation(icb.code)) * perSite;
      deployments.push({
        technologyId: technology.id,
        icbCode: icb.code,
        sites: Math.max(1, Math.min(MAX_SITES, Math.round(expected))),
      });
    }
  }
  return deployments;
}
