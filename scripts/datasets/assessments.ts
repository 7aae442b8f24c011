import { targetLevel } from './capabilities';
import { toCsv } from './csv';
import { icbPopulation } from './icbs';
import { ARCHETYPES, FRAMEWORK, ICBS, type Archetype } from './published';
import type { Rng } from './random';

/**
 * Synthetic capability self-assessments: no results are published. Each respondent rates themself 0-4 in
 * each of the six domains. Levels rise slowly across the 15 quarterly rounds, with a step up from round 9
 * (as after a national training offer) so that a control chart shows special-cause variation.
 */
export const ROUND_DATES = [
  '2023-03-31',
  '2023-06-30',
  '2023-09-30',
  '2023-12-31',
  '2024-03-31',
  '2024-06-30',
  '2024-09-30',
  '2024-12-31',
  '2025-03-31',
  '2025-06-30',
  '2025-09-30',
  '2025-12-31',
  '2026-03-31',
  '2026-06-30',
  '2026-09-30',
] as const;
/** Zero-based index of the first round after the step change (round 9, 2025-03-31). */
export const STEP_ROUND = 8;

export const ORGANISATION_TYPES = {
  'Acute trust': 42,
  'Mental health trust': 12,
  'Community trust': 10,
  'Ambulance trust': 5,
  'Primary care': 18,
  'Integrated care board': 8,
  'Specialist trust': 5,
} as const;

export const STAFF_GROUPS = {
  'Medical and dental': 14,
  'Nursing and midwifery': 26,
  'Allied health professionals': 11,
  'Healthcare scientists': 4,
  'Scientific therapeutic and technical': 6,
  'Administrative and clerical': 17,
  'Digital data and technology': 13,
  Managers: 9,
} as const;
type StaffGroup = keyof typeof STAFF_GROUPS;

/** Archetype weights by staff group, in ARCHETYPES order: Shapers, Drivers, Creators, Embedders, Users. */
const ARCHETYPE_WEIGHTS: Readonly<Record<StaffGroup, readonly number[]>> = {
  'Medical and dental': [5, 12, 7, 14, 62],
  'Nursing and midwifery': [3, 9, 3, 13, 72],
  'Allied health professionals': [3, 8, 4, 13, 72],
  'Healthcare scientists': [3, 8, 18, 17, 54],
  'Scientific therapeutic and technical': [3, 7, 12, 16, 62],
  'Administrative and clerical': [2, 6, 3, 12, 77],
  'Digital data and technology': [5, 12, 32, 36, 15],
  Managers: [13, 34, 3, 10, 40],
};

/** Typical level of a User in each domain (1..6): AI lowest, implementation and data highest. */
const DOMAIN_BASE = [1.1, 0.8, 0.45, 0.6, 1.0, 0.2];
/** What each archetype adds in each domain. */
const ARCHETYPE_BONUS: Readonly<Record<Archetype, readonly number[]>> = {
  Shapers: [1.2, 0.8, 1.8, 1.8, 1.0, 1.0],
  Drivers: [1.6, 1.0, 1.1, 1.3, 0.9, 0.7],
  Creators: [0.9, 0.6, 0.8, 0.6, 1.8, 2.0],
  Embedders: [1.5, 1.0, 0.7, 0.7, 1.2, 1.2],
  Users: [0, 0, 0, 0, 0, 0],
};
const TREND_PER_ROUND = 0.02;
const STEP = 0.12;
const ABILITY_SD = 0.55;
const ICB_EFFECT_SD = 0.2;
const NOISE_SD = 0.55;

export function assessmentsCsv(rng: Rng): string {
  const icbs = ICBS.map((icb) => ({
    code: icb.code,
    participation: icbPopulation(icb.code) * Math.exp(rng.normal(0, 0.2)),
    effect: rng.normal(0, ICB_EFFECT_SD),
  }));
  const rows: (string | number)[][] = [];
  let respondent = 0;
  ROUND_DATES.forEach((assessedOn, round) => {
    const respondents = Math.max(450, Math.min(900, Math.round(500 + 28 * round + rng.normal(0, 45))));
    const shift = TREND_PER_ROUND * round + (round >= STEP_ROUND ? STEP : 0) + rng.normal(0, 0.02);
    for (let i = 0; i < respondents; i++) {
      respondent += 1;
      const responseId = `R${String(respondent).padStart(6, '0')}`;
      const icb = rng.weighted(icbs, (x) => x.participation);
      const organisationType = rng.weightedKey(ORGANISATION_TYPES);
      const staffGroup = rng.weightedKey(STAFF_GROUPS);
      const archetypeWeights = ARCHETYPE_WEIGHTS[staffGroup];
      const archetype = rng.weighted(ARCHETYPES, (a) => archetypeWeights[ARCHETYPES.indexOf(a)] ?? 0);
      const ability = rng.normal(0, ABILITY_SD) + icb.effect + shift;
      for (const domain of FRAMEWORK) {
        const mean =
          (DOMAIN_BASE[domain.id - 1] ?? 0) + (ARCHETYPE_BONUS[archetype][domain.id - 1] ?? 0) + ability;
        const level = Math.max(0, Math.min(4, Math.round(mean + rng.normal(0, NOISE_SD))));
        rows.push([
          responseId,
          assessedOn,
          icb.code,
          organisationType,
          staffGroup,
          archetype,
          domain.id,
          level,
        ]);
      }
    }
  });
  return toCsv(
    [
      'response_id',
      'assessed_on',
      'icb_code',
      'organisation_type',
      'staff_group',
      'archetype',
      'domain_id',
      'level',
    ],
    rows,
  );
}

/** Whether a respondent meets the target in a domain (used by the checks and the calibration). */
export const meetsTarget = (archetype: Archetype, domainId: number, level: number): boolean =>
  level >= targetLevel(archetype, domainId);
