import { useCallback } from 'react';
import { useIntentPrefetch } from '../../data/intent-prefetch';
import { parseHash, withFilter, type FilterParam } from '../../state/hash-location';
import { useHashLocation } from '../../state/use-hash-location';
import { cellSelected, toggleCell } from './selection';

/**
 * Selection for a heat map whose rows and columns are two filters: whether a cell is selected, a toggle that
 * changes both filters in one history entry (so Back undoes a click in one step), and intent to select a cell,
 * which computes its view ahead. `rowValue` and `columnValue` turn a displayed label into the URL value (an ICB
 * label into its code).
 */
export function useCellFilter(
  rowParam: FilterParam,
  columnParam: FilterParam,
  rowValue: (label: string) => string = (label) => label,
  columnValue: (label: string) => string = (label) => label,
) {
  const { params } = useHashLocation();
  const rows = params.getAll(rowParam);
  const columns = params.getAll(columnParam);
  const isSelected = (row: string, column: string) =>
    cellSelected(rows, rowValue(row), columns, columnValue(column));
  const nextHash = useCallback(
    (row: string, column: string) => {
      const current = parseHash(window.location.hash);
      const next = toggleCell(
        current.params.getAll(rowParam),
        rowValue(row),
        current.params.getAll(columnParam),
        columnValue(column),
      );
      const withRows = parseHash(withFilter(current, rowParam, next.rows));
      return withFilter(withRows, columnParam, next.columns);
    },
    [rowParam, columnParam, rowValue, columnValue],
  );
  const prefetch = useIntentPrefetch();
  const onSelect = useCallback(
    (row: string, column: string) => {
      window.location.hash = nextHash(row, column);
    },
    [nextHash],
  );
  const onIntent = useCallback(
    (row: string, column: string) => prefetch.intent(nextHash(row, column)),
    [prefetch, nextHash],
  );
  return { isSelected, onSelect, onIntent, onIntentEnd: prefetch.cancel };
}
