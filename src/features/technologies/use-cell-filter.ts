import { useCallback } from 'react';
import { parseHash, withFilter, type FilterParam } from '../../state/hash-location';
import { useHashLocation } from '../../state/use-hash-location';
import { cellSelected, toggleCell } from './selection';

/**
 * Selection for a heat map whose rows and columns are two filters: whether a cell is selected, and a toggle
 * that changes both filters in one history entry (so Back undoes a click in one step). `rowValue` and
 * `columnValue` turn a displayed label into the URL value (an ICB label into its code).
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
  const onSelect = useCallback(
    (row: string, column: string) => {
      const current = parseHash(window.location.hash);
      const next = toggleCell(
        current.params.getAll(rowParam),
        rowValue(row),
        current.params.getAll(columnParam),
        columnValue(column),
      );
      const withRows = parseHash(withFilter(current, rowParam, next.rows));
      window.location.hash = withFilter(withRows, columnParam, next.columns);
    },
    [rowParam, columnParam, rowValue, columnValue],
  );
  return { isSelected, onSelect };
}
