import { useIsFetching } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Marks `view-settled` whenever the last analysis query of the view has its result and the charts have been
 * given it, so the benchmark can time a filter change from the URL change to the updated charts.
 */
export function SettledMark() {
  const fetching = useIsFetching({ queryKey: ['analysis'] });
  useEffect(() => {
    if (fetching === 0) performance.mark('view-settled');
  }, [fetching]);
  return null;
}
