import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { REGIONS } from '../../data/catalogue';
import { analysisQueryOptions } from '../../data/sql-query';
import { buildHash } from '../../state/hash-location';
import { scopeOptions, type ScopeOptionRow } from './queries';
import type { Scope } from './scope';

const valueOf = (scope: Scope) =>
  scope.kind === 'icb' ? `icb:${scope.icb}` : scope.kind === 'region' ? `region:${scope.region}` : '';

/** Chooses England, a region or an ICB once; the choice lives in the URL so every number and link follows it. */
export function ScopePicker({ scope }: { readonly scope: Scope }) {
  const id = useId();
  const icbs = useQuery(analysisQueryOptions<ScopeOptionRow>(scopeOptions()));
  const choose = (value: string) => {
    const params = new URLSearchParams();
    const [kind, code] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    if (kind === 'icb' || kind === 'region') params.set(kind, code);
    window.location.hash = buildHash('/', params);
  };
  return (
    <div className="filter scope-picker">
      <label htmlFor={id}>Summary for</label>
      <select id={id} value={valueOf(scope)} onChange={(e) => choose(e.target.value)}>
        <option value="">England</option>
        <optgroup label="NHS England regions">
          {REGIONS.map((region) => (
            <option key={region} value={`region:${region}`}>
              {region}
            </option>
          ))}
        </optgroup>
        {REGIONS.map((region) => (
          <optgroup key={region} label={`Integrated Care Boards: ${region}`}>
            {(icbs.data ?? [])
              .filter((icb) => icb.region === region)
              .map((icb) => (
                <option key={icb.icb_code} value={`icb:${icb.icb_code}`}>
                  {icb.icb_name.replace(/^NHS /, '').replace(/ Integrated Care Board$/, '')} ({icb.icb_code})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
