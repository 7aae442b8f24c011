import { useId } from 'react';
import type { FilterParam } from './hash-location';
import { useFilter } from './use-hash-location';

export interface FilterOption {
  /** The value in the URL: the dataset's own value, such as an ICB code. */
  readonly value: string;
  /** What the person choosing sees, such as the ICB's name. */
  readonly label: string;
}

interface OptionFilterSelectProps {
  readonly param: FilterParam;
  readonly label: string;
  readonly allLabel: string;
  /** The choices; undefined while they load. */
  readonly options: readonly FilterOption[] | undefined;
}

/**
 * A single-choice filter kept in the URL whose options show a label other than their value (an ICB's name for
 * its code). A value in the URL that the data does not hold stays visible and selected, marked as such, so the
 * control never pretends that nothing is filtered.
 */
export function OptionFilterSelect({ param, label, allLabel, options }: OptionFilterSelectProps) {
  const id = useId();
  const [values, setValues] = useFilter(param);
  const current = values[0] ?? '';
  const known = options ?? [];
  // While the options load, the current value is listed under its own name.
  const shown =
    current && !known.some((o) => o.value === current)
      ? [...known, { value: current, label: options ? `${current} (not in the data)` : current }]
      : known;
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={current} onChange={(e) => setValues(e.target.value ? [e.target.value] : [])}>
        <option value="">{allLabel}</option>
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
