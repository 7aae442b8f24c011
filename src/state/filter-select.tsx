import { useId } from 'react';
import type { FilterParam } from './hash-location';
import { useFilter } from './use-hash-location';

interface FilterSelectProps {
  readonly param: FilterParam;
  readonly label: string;
  readonly allLabel: string;
  readonly options: readonly string[];
}

/** A single-choice filter kept in the URL; "all" removes the parameter. */
export function FilterSelect({ param, label, allLabel, options }: FilterSelectProps) {
  const id = useId();
  const [values, setValues] = useFilter(param);
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={values[0] ?? ''}
        onChange={(e) => setValues(e.target.value ? [e.target.value] : [])}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
