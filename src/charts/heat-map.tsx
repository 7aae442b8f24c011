import { useRef, useState, type KeyboardEvent } from 'react';
import type { Row } from '../db/connector';
import { nextGridCell } from './grid-keys';

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
  /**
   * Makes cells toggle buttons: selecting a cell (mouse, Enter or Space) reports its row and column. The map is
   * then a grid with one tab stop, moved through with the arrow keys, Home and End (Ctrl+Home, Ctrl+End), so a
   * map of 42 ICBs by 6 types is not 252 stops on the way through the page.
   */
  readonly onSelect?: (row: string, column: string) => void;
  readonly isSelected?: (row: string, column: string) => boolean;
  /**
   * The pointer or the focus rests on a selectable cell, and then leaves it: what it would select may be
   * computed ahead of the click (data/intent-prefetch.tsx). Pointer moves, not pointer enters, count: when a
   * redraw shifts the layout under a still pointer, that is not a planner pointing at something new.
   */
  readonly onIntent?: (row: string, column: string) => void;
  readonly onIntentEnd?: () => void;
  /** The grid's accessible name when cells are selectable, such as "Filter by NHS region and type". */
  readonly selectLabel?: string;
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
  const { onIntent, onIntentEnd } = props;
  const cells = new Map(rows.map((r) => [`${String(r[rowKey])}\u0000${String(r[columnKey])}`, r]));
  const valueOf = (row: T | undefined) => {
    const value = row?.[valueKey];
    return value === null || value === undefined ? undefined : Number(value);
  };
  const max = props.max ?? Math.max(1e-9, ...rows.map((r) => valueOf(r) ?? 0));
  const grid = onSelect !== undefined;
  const gridRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<[number, number] | null>(null);
  // The one cell reachable by Tab: the last one focused, else the first selected, else the first.
  const firstSelected = (() => {
    for (const [r, row] of rowOrder.entries())
      for (const [c, column] of columnOrder.entries()) if (isSelected?.(row, column)) return [r, c] as const;
    return [0, 0] as const;
  })();
  const [tabRow, tabColumn] =
    focused && focused[0] < rowOrder.length && focused[1] < columnOrder.length ? focused : firstSelected;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextGridCell(
      event.key,
      event.ctrlKey,
      [tabRow, tabColumn],
      rowOrder.length,
      columnOrder.length,
    );
    if (!next) return;
    event.preventDefault();
    setFocused(next);
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${next[0]}:${next[1]}"]`)?.focus();
  };

  return (
    <div
      ref={gridRef}
      className="heat-map"
      {...(grid ? { role: 'grid', 'aria-label': props.selectLabel, onKeyDown } : {})}
      style={{
        gridTemplateColumns: `minmax(7em, max-content) repeat(${columnOrder.length}, minmax(${props.minCellWidth ?? '3.5em'}, 1fr))`,
      }}
    >
      <div className="heat-map-row" role={grid ? 'row' : 'presentation'}>
        <div className="heat-map-corner" {...(grid ? { role: 'columnheader' } : {})}>
          {rowLabel}
        </div>
        {columnOrder.map((column) => (
          <div key={column} className="heat-map-column" {...(grid ? { role: 'columnheader' } : {})}>
            {column}
          </div>
        ))}
      </div>
      {rowOrder.map((row, r) => (
        <div key={row} className="heat-map-row" role={grid ? 'row' : 'presentation'}>
          <div className="heat-map-row-label" {...(grid ? { role: 'rowheader' } : {})}>
            {row}
          </div>
          {columnOrder.map((column, c) => {
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
              <div key={column} role="gridcell" className="heat-map-gridcell">
                <button
                  type="button"
                  className="heat-map-cell"
                  style={style}
                  data-cell={`${r}:${c}`}
                  tabIndex={r === tabRow && c === tabColumn ? 0 : -1}
                  aria-pressed={isSelected?.(row, column) ?? false}
                  aria-label={`${row}, ${column}: ${text}`}
                  onFocus={() => {
                    setFocused([r, c]);
                    onIntent?.(row, column);
                  }}
                  onBlur={onIntentEnd}
                  onPointerMove={() => onIntent?.(row, column)}
                  onPointerLeave={onIntentEnd}
                  onClick={() => onSelect(row, column)}
                >
                  {text}
                </button>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
