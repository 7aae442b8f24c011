import { inList, sql, where, type SqlFragment } from '../../db/sql';

/**
 * `round=all` pools every assessment round. Rounds are ISO dates, so this word can never collide with one; it
 * is the one URL value here that is not the dataset's own.
 */
export const ALL_ROUNDS = 'all';

/**
 * Capability filters from the URL. `round` is an assessment date (YYYY-MM-DD), ALL_ROUNDS, or null for the
 * latest round in the data.
 */
export interface CapabilityFilters {
  readonly icb: readonly string[];
  readonly region: readonly string[];
  readonly org: readonly string[];
  readonly staff: readonly string[];
  readonly archetype: readonly string[];
  readonly domain: readonly number[];
  readonly round: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in ISO form: "2024-02-30" would make the SQL cast fail, so it is refused here. */
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function capabilityFiltersFromUrl(params: URLSearchParams): CapabilityFilters {
  const round = params.get('round');
  return {
    icb: params.getAll('icb'),
    region: params.getAll('region'),
    org: params.getAll('org'),
    staff: params.getAll('staff'),
    archetype: params.getAll('archetype'),
    // A domain that is not one of the framework's ids cannot match; it is dropped rather than sent to SQL.
    domain: params
      .getAll('domain')
      .filter((v) => /^\d{1,2}$/.test(v))
      .map(Number),
    round: round === ALL_ROUNDS || (round !== null && isIsoDate(round)) ? round : null,
  };
}

/** Whether any filter other than the round narrows the selection. */
export function isNarrowed(filters: CapabilityFilters): boolean {
  const { icb, region, org, staff, archetype, domain } = filters;
  return [icb, region, org, staff, archetype, domain].some((values) => values.length > 0);
}

/** The same filters without the geography, for comparing an ICB with its region and England. */
export function withoutGeography(filters: CapabilityFilters): CapabilityFilters {
  return { ...filters, icb: [], region: [] };
}

/**
 * The round condition on the `capability_gaps` view (aliased g). Rounds are compared as dates, not as the view's
 * formatted `round` text, so DuckDB can filter before formatting every row.
 */
export function roundCondition(filters: CapabilityFilters): SqlFragment | null {
  if (filters.round === ALL_ROUNDS) return null;
  return filters.round
    ? sql('g.assessed_on = CAST(? AS DATE)', [filters.round])
    : sql('g.assessed_on = (SELECT max(assessed_on) FROM assessment_rounds)');
}

/**
 * The filters as the SQL gets them: no round chosen (the latest) becomes that round's date. DuckDB then skips the
 * other rounds' stretches of the table by their min and max, which it cannot do against a subquery's result: the
 * capability view's queries took 12-16% less time on a 1,000,000-row upload (Node, DuckDB-wasm; about 5% of a
 * filter step in the browser, where drawing shares the two cores). `latest` is null when it is not known; the
 * SQL then finds the latest round itself.
 */
export function withLatestRound(filters: CapabilityFilters, latest: string | null): CapabilityFilters {
  return filters.round === null && latest !== null ? { ...filters, round: latest } : filters;
}

/** WHERE clause over the `capability_gaps` view (aliased g) for everything but the round, and any `extra`. */
export function capabilityWhere(filters: CapabilityFilters, ...extra: (SqlFragment | null)[]): SqlFragment {
  return where(
    inList('g.icb_code', filters.icb),
    inList('g.region', filters.region),
    inList('g.organisation_type', filters.org),
    inList('g.staff_group', filters.staff),
    inList('g.archetype', filters.archetype),
    inList('g.domain_id', filters.domain),
    ...extra,
  );
}

/** WHERE clause for every filter, the round included. */
export function selectionWhere(filters: CapabilityFilters): SqlFragment {
  return capabilityWhere(filters, roundCondition(filters));
}
