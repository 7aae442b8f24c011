/** Where focus moves in a grid of `rows` by `columns` cells for a key, or null if the key is not a move. */
export function nextGridCell(
  key: string,
  ctrl: boolean,
  [row, column]: readonly [number, number],
  rows: number,
  columns: number,
): [number, number] | null {
  const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));
  switch (key) {
    case 'ArrowUp':
      return [clamp(row - 1, rows), column];
    case 'ArrowDown':
      return [clamp(row + 1, rows), column];
    case 'ArrowLeft':
      return [row, clamp(column - 1, columns)];
    case 'ArrowRight':
      return [row, clamp(column + 1, columns)];
    case 'Home':
      return ctrl ? [0, 0] : [row, 0];
    case 'End':
      return ctrl ? [rows - 1, columns - 1] : [row, columns - 1];
    default:
      return null;
  }
}
