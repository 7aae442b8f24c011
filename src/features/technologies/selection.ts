/**
 * How a click on a bar or a heat-map cell changes the filters. Several values of one parameter are kept (they
 * repeat in the URL and mean "any of them"); parameters combine with "and".
 */

/** A bar toggles its value in its parameter. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/**
 * Whether a heat-map cell is selected: both its row value and its column value are chosen. (A column chosen by
 * itself, say a type picked on the bar chart, does not press every cell of that column: clicking one of them
 * then narrows to its row instead of undoing the type.)
 */
export function cellSelected(
  rows: readonly string[],
  row: string,
  columns: readonly string[],
  column: string,
) {
  return rows.includes(row) && columns.includes(column);
}

/**
 * A cell sets two parameters at once. Selecting an unselected cell adds its row value and its column value;
 * selecting a selected one removes both, so a second click undoes the first.
 */
export function toggleCell(
  rows: readonly string[],
  row: string,
  columns: readonly string[],
  column: string,
): { rows: string[]; columns: string[] } {
  if (cellSelected(rows, row, columns, column)) {
    return { rows: rows.filter((r) => r !== row), columns: columns.filter((c) => c !== column) };
  }
  return {
    rows: rows.includes(row) ? [...rows] : [...rows, row],
    columns: columns.includes(column) ? [...columns] : [...columns, column],
  };
}
