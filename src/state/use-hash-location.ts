import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseHash, withFilter, type FilterParam, type HashLocation } from './hash-location';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export function useHashLocation(): HashLocation {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseHash(hash), [hash]);
}

/** The values of one filter from the URL, and a setter that adds a history entry (so Back undoes it). */
export function useFilter(name: FilterParam): [string[], (values: readonly string[]) => void] {
  const location = useHashLocation();
  const values = location.params.getAll(name);
  const setValues = useCallback(
    (next: readonly string[]) => {
      window.location.hash = withFilter(parseHash(window.location.hash), name, next);
    },
    [name],
  );
  return [values, setValues];
}
