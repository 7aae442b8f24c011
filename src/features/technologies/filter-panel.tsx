import { formatInteger } from '../../charts/format';
import { POINTS_OF_CARE, REGIONS, TECHNOLOGY_TYPES } from '../../data/catalogue';
import { FilterChips, type ChipParam } from '../../state/filter-chips';
import type { FilterOptionRow } from './queries-list';
import type { SummaryRow } from './queries';
import { MultiValueSelect, type SelectOption } from './multi-value-select';
import type { TechnologyFilterParam } from './filters';

interface FilterPanelProps {
  readonly options: readonly FilterOptionRow[];
  readonly summary: SummaryRow | undefined;
  /** The URL's filters without values the data does not hold: the chips show what is applied. */
  readonly applied: URLSearchParams;
}

const fixed = (values: readonly string[]): SelectOption[] => values.map((value) => ({ value, label: value }));

interface FilterDefinition {
  readonly param: TechnologyFilterParam;
  readonly label: string;
  readonly allLabel: string;
}

/** In the order the filters appear, with the words used on their controls and chips. */
const FILTERS: readonly FilterDefinition[] = [
  { param: 'type', label: 'Technology type', allLabel: 'All types' },
  { param: 'subtype', label: 'Subtype', allLabel: 'All subtypes' },
  { param: 'area', label: 'Clinical area', allLabel: 'All clinical areas' },
  { param: 'group', label: 'Workforce group', allLabel: 'All workforce groups' },
  { param: 'care', label: 'Point of care', allLabel: 'All points of care' },
  { param: 'years', label: 'Time to deployment', allLabel: 'Any time' },
  { param: 'region', label: 'NHS region', allLabel: 'All regions' },
  { param: 'icb', label: 'ICB', allLabel: 'All ICBs' },
];

/** Every filter of the view as a control, the active ones as removable chips, and how many technologies match. */
export function FilterPanel({ options, summary, applied }: FilterPanelProps) {
  const fromData = (param: FilterOptionRow['param']): SelectOption[] =>
    options
      .filter((o) => o.param === param)
      .map((o) => ({ value: o.value, label: o.label, group: o.parent }));
  const choices: Record<TechnologyFilterParam, SelectOption[]> = {
    type: fixed(TECHNOLOGY_TYPES),
    subtype: fromData('subtype'),
    area: fromData('area'),
    group: fromData('group'),
    care: fixed(POINTS_OF_CARE),
    years: fromData('years'),
    region: fixed(REGIONS),
    icb: fromData('icb'),
  };
  const labelOf = (param: TechnologyFilterParam) => {
    const labels = new Map(choices[param].map((o) => [o.value, o.label]));
    return (value: string) => labels.get(value) ?? value;
  };
  const chips: ChipParam[] = FILTERS.map(({ param, label }) => ({
    param,
    label,
    valueLabel: labelOf(param),
  }));

  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <p className="filter-hint">
        Select any bar or heat-map cell to filter the other charts, and select it again to remove it. With a
        keyboard, Tab to a chart's bars, move with the arrow keys and press Enter.
      </p>
      <div className="filter-grid" role="group" aria-label="Filters">
        {FILTERS.map(({ param, label, allLabel }) => (
          <MultiValueSelect
            key={param}
            param={param}
            label={label}
            allLabel={allLabel}
            options={choices[param]}
          />
        ))}
      </div>
      <FilterChips
        params={chips}
        applied={applied}
        emptyText="No filters: every technology in the roadmap is shown."
      />
      <p role="status" className="selection-summary">
        {summary
          ? `Showing ${formatInteger(summary.selected)} of ${formatInteger(summary.total)} technologies.`
          : 'Counting technologies…'}
      </p>
    </section>
  );
}
