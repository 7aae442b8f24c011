import { inList, where, type SqlFragment } from '../../db/sql';

/** Capability filters from the URL; `round` is an assessment date (YYYY-MM-DD), the latest when absent. */
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

export function capabilityFiltersFromUrl(params: URLSearchParams): CapabilityFilters {
  const round = params.get('round');
  return {
    icb: params.getAll('icb'),
    region: params.getAll('region'),
    org: params.getAll('org'),
    staff: params.getAll('staff'),
    archetype: params.getAll('archetype'),
    domain: params
      .getAll('domain')
      .filter((v) => /^[1-6]$/.test(v))
      .map(Number),
    round: round && ISO_DATE.test(round) ? round : null,
  };
}

/** WHERE clause over the `capability_gaps` view (aliased g) for everything but the round. */
export function capabilityWhere(filters: CapabilityFilters, extra: SqlFragment | null = null): SqlFragment {
  return where(
    inList('g.icb_code', filters.icb),
    inList('g.region', filters.region),
    inList('g.organisation_type', filters.org),
    inList('g.staff_group', filters.staff),
    inList('g.archetype', filters.archetype),
    inList('g.domain_id', filters.domain),
    extra,
  );
}
