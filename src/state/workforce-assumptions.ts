import { parseNumber, type NumberSpec } from './use-number-param';
import type { SupplyAssumptions } from '../data/supply-model';

/*
 * URL parameters of #/projection (the README's URL section lists them):
 *   scenario  projection scenario (the shared contract), default "Digital transformation"
 *   icb       ICB code to scale the national projection to (the shared contract); absent means England
 *   share     the ICB's share of England in %, 0.01 to 100; absent means its share of assessment respondents
 *   start     starting workforce in 2020, WTE, 0 to 1,000,000; absent means the scenario's 2020 total
 *   leave     annual leaver rate, % of the workforce, 0 to 100; default 8 (illustrative)
 *   train     new entrants from training, WTE per year, 0 to 100,000; default 2,500 (illustrative)
 *   intl      international and other recruitment, WTE per year, 0 to 100,000; default 1,500 (illustrative)
 *   reskill   reskilling from other staff groups, WTE per year, 0 to 100,000; default 1,000 (illustrative)
 * The supply assumptions are for England; with an ICB chosen, supply and demand are both scaled by its share.
 */
export type AssumptionParam = 'start' | 'leave' | 'train' | 'intl' | 'reskill';

export interface AssumptionField {
  readonly param: AssumptionParam;
  readonly key: keyof SupplyAssumptions;
  readonly spec: NumberSpec;
  /** The default, or null when it comes from the data (the starting workforce). */
  readonly fallback: number | null;
  /** Where the default comes from, shown under the field. */
  readonly basis: string;
}

const FLOW_MAX = 100_000;

// The report publishes the 2020 baseline but not the rates behind its model; these defaults are round numbers
// chosen to be plausible and are labelled illustrative wherever they are shown.
export const ASSUMPTION_FIELDS: readonly AssumptionField[] = [
  {
    param: 'start',
    key: 'startingWorkforce',
    spec: { label: 'Starting workforce in 2020', unit: 'WTE', min: 0, max: 1_000_000 },
    fallback: null,
    basis: "the scenario's 2020 total in the projection (in the bundled data, HEE's published 46,009 WTE)",
  },
  {
    param: 'leave',
    key: 'leaverRatePercent',
    spec: { label: 'Annual leaver rate', unit: '%', min: 0, max: 100 },
    fallback: 8,
    basis: '8%, illustrative: not a published rate',
  },
  {
    param: 'train',
    key: 'trainingEntrants',
    spec: { label: 'New entrants from training', unit: 'WTE per year', min: 0, max: FLOW_MAX },
    fallback: 2500,
    basis: '2,500 WTE per year, illustrative: not a published figure',
  },
  {
    param: 'intl',
    key: 'recruitment',
    spec: { label: 'International and other recruitment', unit: 'WTE per year', min: 0, max: FLOW_MAX },
    fallback: 1500,
    basis: '1,500 WTE per year, illustrative: not a published figure',
  },
  {
    param: 'reskill',
    key: 'reskilling',
    spec: { label: 'Reskilling from other staff groups', unit: 'WTE per year', min: 0, max: FLOW_MAX },
    fallback: 1000,
    basis: '1,000 WTE per year, illustrative: not a published figure',
  },
];

export function assumptionField(param: AssumptionParam): AssumptionField {
  const field = ASSUMPTION_FIELDS.find((f) => f.param === param);
  if (!field) throw new Error(`Unknown assumption: ${param}`);
  return field;
}

export const SHARE_SPEC: NumberSpec = { label: "The ICB's share of England", unit: '%', min: 0.01, max: 100 };

/**
 * The supply assumptions a URL holds, each falling back to its default when absent or invalid; the starting
 * workforce falls back to `baseline` (the scenario's 2020 total). The board uses this to show the gap under
 * the same assumptions as the projection view.
 */
export function assumptionsFromUrl(params: URLSearchParams, baseline: number): SupplyAssumptions {
  const read = (field: AssumptionField) => {
    const text = params.get(field.param);
    const parsed = text === null ? null : parseNumber(text, field.spec);
    return parsed?.ok ? parsed.value : (field.fallback ?? baseline);
  };
  const values = Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, read(f)]));
  return values as unknown as SupplyAssumptions;
}

/** The URL query of the assumptions set in `params`, to carry them to another view. */
export function assumptionQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const field of ASSUMPTION_FIELDS) {
    const value = params.get(field.param);
    if (value !== null) kept.set(field.param, value);
  }
  return kept.toString();
}
