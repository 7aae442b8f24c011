import type { PointOfCare, TechnologyType } from './published';
import {
  POINTS_OF_CARE,
  READY_POINTS_OF_CARE,
  READY_SELF_CARE,
  REMOTE_MONITORING_PROFILE,
} from './published';
import { pickTop, type Rng } from './random';
import type { Technology } from './technologies';

type Scores = Record<PointOfCare, number>;

const TYPE_AFFINITY: Readonly<Record<TechnologyType, Scores>> = {
  Diagnostic: {
    'Secondary care': 3,
    'Primary care': 0.6,
    'Community care': 0.3,
    'Individual/self-care': 0.05,
  },
  'Automation/Service efficiency': {
    'Secondary care': 2.5,
    'Primary care': 1.2,
    'Community care': 0.5,
    'Individual/self-care': 0.2,
  },
  'P4 Medicine': {
    'Secondary care': 1.5,
    'Primary care': 1.5,
    'Community care': 0.6,
    'Individual/self-care': 0.8,
  },
  'Remote monitoring': {
    'Secondary care': 0.6,
    'Primary care': 1.2,
    'Community care': 1.2,
    'Individual/self-care': 3,
  },
  Therapeutic: {
    'Secondary care': 2,
    'Primary care': 0.5,
    'Community care': 0.5,
    'Individual/self-care': 1.2,
  },
  Other: { 'Secondary care': 1.5, 'Primary care': 0.5, 'Community care': 0.3, 'Individual/self-care': 0.3 },
};

/** Adjustments for areas and subtypes whose care happens outside hospital (or inside it). */
const FEATURE_AFFINITY: Readonly<Record<string, Partial<Scores>>> = {
  'General Practice': { 'Primary care': 3, 'Secondary care': -1.5 },
  Dermatology: { 'Primary care': 0.8 },
  Ophthalmology: { 'Primary care': 0.8 },
  Diabetes: { 'Primary care': 1, 'Community care': 0.5 },
  'Community nursing': { 'Community care': 3, 'Secondary care': -1.5 },
  'Mental health': { 'Community care': 1 },
  'Pre-hospital care': { 'Community care': 1.5 },
  'Public health': { 'Primary care': 1, 'Community care': 1, 'Secondary care': -1 },
  'Weight management': { 'Individual/self-care': 1, 'Community care': 1 },
  Podiatry: { 'Community care': 1 },
  Pharmacy: { 'Primary care': 1 },
  Dentistry: { 'Primary care': 2, 'Secondary care': -1.5 },
  'Substance misuse': { 'Community care': 1, 'Individual/self-care': 1 },
  'Sexual health': { 'Community care': 1 },
  'Geriatric medicine': { 'Community care': 1 },
  'Virtual wards': { 'Secondary care': 1.5, 'Community care': 0.5 },
  'Wearables and home sensors': { 'Individual/self-care': 1 },
  'Digital therapeutics': { 'Individual/self-care': 1.5 },
  'Population health management': { 'Primary care': 1 },
};

export function careAffinity(technology: Technology, pointOfCare: PointOfCare): number {
  const base = TYPE_AFFINITY[technology.type][pointOfCare];
  const area = FEATURE_AFFINITY[technology.area]?.[pointOfCare] ?? 0;
  const subtype = FEATURE_AFFINITY[technology.subtype]?.[pointOfCare] ?? 0;
  return Math.max(0.02, base + area + subtype);
}

/**
 * Points of care, 1 to 3 per technology. Two groups are built to published counts: the 56 technologies ready
 * within a year (Secondary 43, Primary 13, Community 4 of them) and the remote-monitoring technologies
 * (24 of 34 for individual/self-care). The rest follow their affinities at random.
 */
export function assignPointsOfCare(rng: Rng, technologies: Technology[]): void {
  const ready = technologies.filter((t) => t.yearsToDeployment === 0);
  const quota = (name: string) => READY_POINTS_OF_CARE.find((p) => p.pointOfCare === name)?.count ?? 0;
  const readyPrimaryCare = 9;
  const readyCommunity = 1;
  assignByQuota(
    rng,
    ready,
    {
      'Individual/self-care': READY_SELF_CARE,
      'Community care': readyCommunity,
      'Primary care': readyPrimaryCare,
      'Secondary care': quota('Secondary care'),
    },
    {
      'Primary care': quota('Primary care') - readyPrimaryCare,
      'Community care': quota('Community care') - readyCommunity,
    },
  );

  const remote = technologies.filter((t) => t.type === 'Remote monitoring' && t.yearsToDeployment !== 0);
  const remoteSelfCareSoFar = technologies.filter(
    (t) => t.type === 'Remote monitoring' && t.pointsOfCare.includes('Individual/self-care'),
  ).length;
  const selfCare = REMOTE_MONITORING_PROFILE.selfCare.count - remoteSelfCareSoFar;
  assignByQuota(
    rng,
    remote,
    {
      'Individual/self-care': selfCare,
      'Secondary care': 1,
      'Community care': 4,
      'Primary care': remote.length - selfCare - 5,
    },
    { 'Primary care': 6, 'Community care': 4, 'Secondary care': 2 },
  );

  for (const technology of technologies) {
    if (technology.pointsOfCare.length === 0) assignFreely(rng, technology);
  }
  for (const technology of technologies) {
    technology.pointsOfCare.sort((a, b) => POINTS_OF_CARE.indexOf(a) - POINTS_OF_CARE.indexOf(b));
  }
}

/**
 * Gives every technology one main point of care so that exactly `main[p]` have p as main, the rarest first
 * and each to the technologies with most affinity for it; then adds `extra[p]` more as second or third labels.
 */
function assignByQuota(
  rng: Rng,
  technologies: Technology[],
  main: Partial<Scores>,
  extra: Partial<Scores>,
): void {
  const total = Object.values(main).reduce((sum, n) => sum + n, 0);
  if (total !== technologies.length) {
    throw new Error(`Point-of-care quotas cover ${total} technologies, not ${technologies.length}`);
  }
  const order = (Object.keys(main) as PointOfCare[]).sort((a, b) => (main[a] ?? 0) - (main[b] ?? 0));
  for (const pointOfCare of order) {
    const open = technologies.filter((t) => t.pointsOfCare.length === 0);
    const chosen = pickTop(rng, open, main[pointOfCare] ?? 0, (t) => 2 * careAffinity(t, pointOfCare));
    for (const t of chosen) t.pointsOfCare.push(pointOfCare);
  }
  for (const pointOfCare of Object.keys(extra) as PointOfCare[]) {
    const open = technologies.filter(
      (t) => !t.pointsOfCare.includes(pointOfCare) && t.pointsOfCare.length < 3,
    );
    const chosen = pickTop(rng, open, extra[pointOfCare] ?? 0, (t) => 2 * careAffinity(t, pointOfCare));
    for (const t of chosen) t.pointsOfCare.push(pointOfCare);
  }
}

function assignFreely(rng: Rng, technology: Technology): void {
  const scores = POINTS_OF_CARE.map((p) => ({ p, s: careAffinity(technology, p) }));
  const main = rng.weighted(scores, (x) => x.s ** 3).p;
  technology.pointsOfCare.push(main);
  const best = Math.max(...scores.map((x) => x.s));
  for (const { p, s } of scores) {
    if (p !== main && technology.pointsOfCare.length < 3 && rng.chance((0.45 * s) / best)) {
      technology.pointsOfCare.push(p);
    }
  }
}
