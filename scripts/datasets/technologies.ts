import { SUBTYPE_PLANS, SUBTYPE_READINESS, YEARS_BY_TYPE } from './clinical-areas';
import type { PointOfCare, TechnologyType } from './published';
import { TECHNOLOGY_COUNT, TECHNOLOGY_TYPES } from './published';
import type { Rng } from './random';

export type Impact = 'Low' | 'Medium' | 'High';

/** One AI Roadmap technology as the generator builds it up, stage by stage. */
export interface Technology {
  id: string;
  name: string;
  type: TechnologyType;
  subtype: string;
  area: string;
  yearsToDeployment: number;
  impactWorkforce: Impact;
  impactPathway: Impact;
  impactSystem: Impact;
  pointsOfCare: PointOfCare[];
  workforceGroups: string[];
}

/** Loose link between type and impact: diagnostics change the workforce most, automation the system. */
const IMPACT_WEIGHTS: Readonly<
  Record<TechnologyType, Record<'workforce' | 'pathway' | 'system', Record<Impact, number>>>
> = {
  Diagnostic: {
    workforce: { Low: 2, Medium: 4, High: 4 },
    pathway: { Low: 2, Medium: 5, High: 3 },
    system: { Low: 4, Medium: 4, High: 2 },
  },
  'Automation/Service efficiency': {
    workforce: { Low: 2, Medium: 5, High: 3 },
    pathway: { Low: 4, Medium: 4, High: 2 },
    system: { Low: 2, Medium: 4, High: 4 },
  },
  'P4 Medicine': {
    workforce: { Low: 4, Medium: 4, High: 2 },
    pathway: { Low: 2, Medium: 5, High: 3 },
    system: { Low: 3, Medium: 5, High: 2 },
  },
  'Remote monitoring': {
    workforce: { Low: 3, Medium: 5, High: 2 },
    pathway: { Low: 2, Medium: 4, High: 4 },
    system: { Low: 3, Medium: 4, High: 3 },
  },
  Therapeutic: {
    workforce: { Low: 3, Medium: 4, High: 3 },
    pathway: { Low: 2, Medium: 4, High: 4 },
    system: { Low: 5, Medium: 4, High: 1 },
  },
  Other: {
    workforce: { Low: 5, Medium: 4, High: 1 },
    pathway: { Low: 6, Medium: 3, High: 1 },
    system: { Low: 4, Medium: 4, High: 2 },
  },
};

/**
 * The 240 technologies with type, subtype, clinical area, years to deployment and impacts. Identifiers are
 * given in a shuffled order so that T001.. do not run through the types one after another.
 */
export function createTechnologies(rng: Rng): Technology[] {
  const planned = SUBTYPE_PLANS.flatMap((plan) =>
    Object.entries(plan.areas).flatMap(([area, count]) =>
      Array.from({ length: count }, () => ({ type: plan.type, subtype: plan.subtype, area })),
    ),
  );
  if (planned.length !== TECHNOLOGY_COUNT) {
    throw new Error(`The subtype plans add up to ${planned.length} technologies, not ${TECHNOLOGY_COUNT}`);
  }
  const technologies: Technology[] = rng.shuffle(planned).map((base, index) => ({
    ...base,
    id: `T${String(index + 1).padStart(3, '0')}`,
    name: '',
    yearsToDeployment: -1,
    impactWorkforce: 'Medium',
    impactPathway: 'Medium',
    impactSystem: 'Medium',
    pointsOfCare: [],
    workforceGroups: [],
  }));
  assignYears(rng, technologies);
  for (const technology of technologies) {
    const weights = IMPACT_WEIGHTS[technology.type];
    technology.impactWorkforce = rng.weightedKey(weights.workforce);
    technology.impactPathway = rng.weightedKey(weights.pathway);
    technology.impactSystem = rng.weightedKey(weights.system);
  }
  return technologies;
}

/** Within each type, the most mature subtypes (plus noise) take the nearest deployment years. */
function assignYears(rng: Rng, technologies: Technology[]): void {
  for (const type of TECHNOLOGY_TYPES) {
    const ofType = technologies.filter((t) => t.type === type);
    const keyed = ofType.map((t) => ({ t, key: (SUBTYPE_READINESS[t.subtype] ?? 0.5) + rng.normal(0, 0.6) }));
    keyed.sort((a, b) => b.key - a.key);
    const buckets = YEARS_BY_TYPE[type];
    let next = 0;
    buckets.forEach((count, years) => {
      for (let i = 0; i < count; i++) {
        const entry = keyed[next++];
        if (!entry) throw new Error(`YEARS_BY_TYPE for ${type} counts more technologies than there are`);
        entry.t.yearsToDeployment = years;
      }
    });
    if (next !== ofType.length)
      throw new Error(`YEARS_BY_TYPE for ${type} covers ${next} of ${ofType.length}`);
  }
}
