import { REMOTE_MONITORING_PROFILE, TOP_WORKFORCE_GROUPS } from './published';
import { pickTop, type Rng } from './random';
import type { Technology } from './technologies';
import { WORKFORCE_GROUPS } from './workforce-groups';

const TAGS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  WORKFORCE_GROUPS.map(([name, ...tags]) => [name, new Set(tags)]),
);
const MAX_GROUPS_PER_TECHNOLOGY = 5;
/** Every group outside the published top five stays below the fifth (19 technologies). */
const MAX_TECHNOLOGIES_PER_OTHER_GROUP = 18;
/** How many workforce groups a technology has (before coverage): mean about 2.4. */
const GROUPS_PER_TECHNOLOGY = { 1: 27, 2: 37, 3: 23, 4: 9, 5: 4 } as const;

/** How strongly a group is a direct user of a technology: shared area, subtype, type, point of care. */
export function groupAffinity(technology: Technology, group: string): number {
  const tags = TAGS.get(group);
  if (!tags) throw new Error(`Unknown workforce group ${group}`);
  let score = 0;
  if (tags.has(technology.area)) score += 3;
  if (tags.has(technology.subtype)) score += 2;
  if (tags.has(technology.type)) score += 1;
  for (const pointOfCare of technology.pointsOfCare) if (tags.has(pointOfCare)) score += 1;
  return score;
}

interface Quota {
  readonly group: string;
  readonly count: number;
  readonly among: (t: Technology) => boolean;
  readonly score?: (t: Technology) => number;
}

const isRemote = (t: Technology) => t.type === 'Remote monitoring';
const notRemote = (t: Technology) => !isRemote(t);
const everyTechnology = () => true;
const topCount = (index: number) => TOP_WORKFORCE_GROUPS[index]?.count ?? 0;
const GP = REMOTE_MONITORING_PROFILE.gpGroup;
const DISTRICT = REMOTE_MONITORING_PROFILE.districtNursing;

/**
 * Groups whose technology counts are published: the top five (36, 31, 24, 20, 19 of the 240) and, within
 * remote monitoring, GPs (10) and district nurses (6). Each is given to exactly that many technologies,
 * those with most affinity first.
 */
const QUOTAS: readonly Quota[] = [
  { group: 'Medic, Clinical Radiology', count: topCount(0), among: everyTechnology },
  { group: GP.name, count: GP.count, among: isRemote },
  { group: GP.name, count: topCount(1) - GP.count, among: notRemote },
  {
    group: 'Non Clinical, Admin',
    count: topCount(2),
    among: everyTechnology,
    score: (t) =>
      ({ 'Scheduling and administration': 3, 'Clinical documentation': 2, 'Triage and patient flow': 1 })[
        t.subtype
      ] ?? (t.type === 'Automation/Service efficiency' ? 0.5 : 0),
  },
  {
    group: 'Diagnostic Radiographer',
    count: topCount(3),
    among: everyTechnology,
    score: (t) => (t.subtype === 'Imaging' ? 2 : 0) + (t.area === 'Clinical Radiology' ? 0.5 : 0),
  },
  { group: 'Medic, Cardiology', count: topCount(4), among: everyTechnology },
  { group: DISTRICT.name, count: DISTRICT.count, among: isRemote },
  { group: DISTRICT.name, count: 4, among: notRemote },
];
const FIXED_GROUPS: ReadonlySet<string> = new Set(QUOTAS.map((q) => q.group));

export function assignWorkforceGroups(rng: Rng, technologies: Technology[]): void {
  for (const quota of QUOTAS) {
    const pool = technologies.filter(quota.among);
    const score = quota.score ?? ((t: Technology) => groupAffinity(t, quota.group));
    for (const t of pickTop(rng, pool, quota.count, (t) => 2 * score(t))) t.workforceGroups.push(quota.group);
  }

  const counts = new Map<string, number>();
  const add = (t: Technology, group: string) => {
    t.workforceGroups.push(group);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  };
  const others = WORKFORCE_GROUPS.map(([name]) => name).filter((name) => !FIXED_GROUPS.has(name));

  // Coverage first, the groups with fewest candidate technologies first, so that all 155 are used.
  const candidates = (group: string) =>
    technologies.filter(
      (t) =>
        t.workforceGroups.length < MAX_GROUPS_PER_TECHNOLOGY &&
        !t.workforceGroups.includes(group) &&
        groupAffinity(t, group) > 0,
    );
  const byScarcity = [...others].sort((a, b) => candidates(a).length - candidates(b).length);
  for (const group of byScarcity) {
    const pool = candidates(group);
    if (pool.length === 0) throw new Error(`No technology can take workforce group ${group}`);
    const [chosen] = pickTop(rng, pool, 1, (t) => groupAffinity(t, group) - 2 * t.workforceGroups.length);
    add(chosen as Technology, group);
  }

  // Then each technology up to its own number of groups, by affinity, keeping every group under the cap.
  for (const technology of technologies) {
    const target = Number(rng.weightedKey(GROUPS_PER_TECHNOLOGY));
    while (technology.workforceGroups.length < target) {
      const pool = others.filter(
        (g) =>
          !technology.workforceGroups.includes(g) &&
          (counts.get(g) ?? 0) < MAX_TECHNOLOGIES_PER_OTHER_GROUP &&
          groupAffinity(technology, g) > 0,
      );
      if (pool.length === 0) break;
      add(
        technology,
        rng.weighted(pool, (g) => groupAffinity(technology, g) ** 2),
      );
    }
    technology.workforceGroups.sort();
  }
}
