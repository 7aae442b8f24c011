import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchingAnalyses, useFetchingAnalyses } from '../data/fetching-analyses';
import { useHashLocation } from '../state/use-hash-location';

/**
 * Marks `view-settled` whenever the last analysis query of the view has its result and the charts have been
 * given it, so the benchmark can time a filter change from the URL change to the updated charts.
 */
export function SettledMark() {
  const fetching = useFetchingAnalyses();
  const location = useHashLocation();
  const client = useQueryClient();
  useEffect(() => {
    if (fetching === 0) performance.mark('view-settled');
  }, [fetching]);
  // A view answered wholly from the cache (seen before, or computed ahead of the click) fetches nothing: it is
  // settled once its queries have had their chance to start, after this render's effects.
  useEffect(() => {
    const check = setTimeout(() => {
      if (fetchingAnalyses(client.getQueryCache()).count() === 0) performance.mark('view-settled');
    });
    return () => clearTimeout(check);
  }, [location, client]);
  return null;
}
