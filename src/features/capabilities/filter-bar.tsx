import type { FilterOption } from '../../state/option-filter-select';
import { OptionFilterSelect } from '../../state/option-filter-select';
import { ALL_ROUNDS, isNarrowed, type CapabilityFilters } from './filters';
import type { FilterOptionRow } from './option-queries';

interface FilterBarProps {
  readonly filters: CapabilityFilters;
  /** The options of every filter, from the data; undefined while they load. */
  readonly options: readonly FilterOptionRow[] | undefined;
  readonly latestRound: string | undefined;
}

/** The view's filters, all kept in the URL (DESIGN.md section 4) so that a link reproduces the view. */
export function FilterBar({ filters, options, latestRound }: FilterBarProps) {
  const of = (param: string): FilterOption[] | undefined =>
    options?.filter((o) => o.param === param).map(({ value, label }) => ({ value, label }));
  const rounds = of('round');
  const narrowed = isNarrowed(filters) || filters.round !== null;
  return (
    <div className="filters" role="group" aria-label="Filters">
      <OptionFilterSelect param="region" label="Region" allLabel="All regions" options={of('region')} />
      <OptionFilterSelect param="icb" label="ICB" allLabel="All ICBs" options={of('icb')} />
      <OptionFilterSelect param="org" label="Organisation type" allLabel="All types" options={of('org')} />
      <OptionFilterSelect
        param="staff"
        label="Staff group"
        allLabel="All staff groups"
        options={of('staff')}
      />
      <OptionFilterSelect
        param="archetype"
        label="Archetype"
        allLabel="All archetypes"
        options={of('archetype')}
      />
      <OptionFilterSelect param="domain" label="Domain" allLabel="All domains" options={of('domain')} />
      <OptionFilterSelect
        param="round"
        label="Assessment round"
        allLabel={latestRound ? `Latest round (${latestRound})` : 'Latest round'}
        options={rounds && [{ value: ALL_ROUNDS, label: 'All rounds, pooled' }, ...rounds]}
      />
      {narrowed && (
        <p className="filters-clear">
          <a href="#/capabilities">Clear all filters</a>
        </p>
      )}
    </div>
  );
}
