import type { Row } from '../db/connector';

interface HeatMapProps<T extends Row> {
  readonly rows: readonly T[];
  readonly rowKey: keyof T & string;
  readonly columnKey: keyof T & string;
  readonly valueKey: keyof T & string;
  /** Row and column order; categories missing from the data show as empty cells. */
  readonly rowOrder: readonly string[];
  readonly columnOrder: readonly string[];
  readonly rowLabel: string;
  readonly format: (value: number) => string;
  /**
   * The text printed in a cell, when it should say more than its value (two measures, or why a value is
   * missing). Defaults to the formatted value. A row whose value is null is printed but not shaded.
   */
  readonly cellText?: (row: T) => string;
  /** The narrowest a value column may get (a CSS length); wider cell text needs more. Defaults to 3.5em. */
  readonly minCellWidth?: string;
  /** Largest value of the colour scale; defaults to the largest value shown. */
  readonly max?: number;
  /** Makes cells buttons: selecting a cell (mouse or keyboard) reports its row and column. */
  readonly onSelect?: (row: string, column: string) => void;
  readonly isSelected?: (row: string, column: string) => boolean;
}

// Sequential scale from pale to NHS dark blue; cells print their value, so colour is never the only cue.
const PALE = [232, 237, 238];
const DARK = [0, 48, 135];

function shade(fraction: number): { background: string; color: string } {
  const f = Math.max(0, Math.min(1, fraction));
  // Between about 0.48 and 0.63 of the way to dark blue neither dark nor white text reaches 4.5:1, so the
  // scale steps over that band: the lower half ends at 0.47 (dark text), the upper half starts at 0.64 (white).
  const t = f <= 0.5 ? f * 0.94 : 0.64 + (f - 0.5) * 0.72;
  const [r, g, b] = PALE.map((p, i) => Math.round(p + (DARK[i]! - p) * t));
  return { background: `rgb(${r}, ${g}, ${b})`, color: t > 0.5 ? '#ffffff' : '#212b32' };
}

/** A grid of categories against categories, each cell shaded by its value and labelled with it. */
export function HeatMap<T extends Row>(props: HeatMapProps<T>) {
  const { rows, rowKey, columnKey, valueKey, rowOrder, columnOrder, rowLabel, format, onSelect, isSelected } =
    props;
  const cells = new Map(rows.map((r) => [`${String(r[rowKey])}\u0000${String(r[columnKey])}`, r]));
  const valueOf = (row: T | undefined) => {
    const value = row?.[valueKey];
    return value === null || value === undefined ? undefined : Number(value);
  };
  const max = props.max ?? Math.max(1e-9, ...rows.map((r) => valueOf(r) ?? 0));

  return (
    <div
      className="heat-map"
      style={{
        gridTemplateColumns: `minmax(7em, max-content) repeat(${columnOrder.length}, minmax(${props.minCellWidth ?? '3.5em'}, 1fr))`,
      }}
    >
      <div className="heat-map-corner">{rowLabel}</div>
      {columnOrder.map((column) => (
        <div key={column} className="heat-map-column">
          {column}
        </div>
      ))}
      {rowOrder.map((row) => (
        <div key={row} className="heat-map-row" role="presentation">
          <div className="heat-map-row-label">{row}</div>
          {columnOrder.map((column) => {
            const cell = cells.get(`${row}\u0000${column}`);
            const value = valueOf(cell);
            const text =
              cell && props.cellText ? props.cellText(cell) : value === undefined ? '–' : format(value);
            const style = value === undefined ? undefined : shade(value / max);
            if (!onSelect) {
              return (
                <div key={column} className="heat-map-cell" style={style}>
                  {text}
                </div>
              );
            }
            return (
              <button
                key={column}
                type="button"
                className="heat-map-cell"
                style={style}
                aria-pressed={isSelected?.(row, column) ?? false}
                aria-label={`${row}, ${column}: ${text}`}
                onClick={() => onSelect(row, column)}
              >
                {text}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
