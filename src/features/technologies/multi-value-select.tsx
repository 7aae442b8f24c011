import { useId } from 'react';
import type { FilterParam } from '../../state/hash-location';
import { useFilter } from '../../state/use-hash-location';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  /** Options with a group are shown under it (subtypes under their type, ICBs under their region). */
  readonly group?: string | null;
}

interface MultiValueSelectProps {
  readonly param: FilterParam;
  readonly label: string;
  readonly allLabel: string;
  readonly options: readonly SelectOption[];
}

const SEVERAL = '\u0000several';

/**
 * A filter kept in the URL. Choosing an option makes it the only value; bars and cells add more, and then the
 * control says how many are chosen (the chips list them).
 */
export function MultiValueSelect({ param, label, allLabel, options }: MultiValueSelectProps) {
  const id = useId();
  const [values, setValues] = useFilter(param);
  // A value in the URL that the data does not hold still shows, so the control never claims "all".
  const known = new Set(options.map((o) => o.value));
  const all = [
    ...options,
    ...values.filter((v) => !known.has(v)).map((value) => ({ value, label: value, group: null })),
  ];
  const groups = [...new Set(all.map((o) => o.group ?? ''))];
  const render = (o: SelectOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={values.length === 0 ? '' : values.length === 1 ? values[0] : SEVERAL}
        onChange={(e) => {
          if (e.target.value !== SEVERAL) setValues(e.target.value ? [e.target.value] : []);
        }}
      >
        <option value="">{allLabel}</option>
        {values.length > 1 && (
          <option value={SEVERAL} disabled>
            {values.length} chosen
          </option>
        )}
        {groups.length <= 1
          ? all.map(render)
          : groups.map((group) => (
              <optgroup key={group} label={group || 'Other'}>
                {all.filter((o) => (o.group ?? '') === group).map(render)}
              </optgroup>
            ))}
      </select>
    </div>
  );
}
