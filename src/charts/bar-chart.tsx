import { useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Row } from '../db/connector';
import { NHS_BLUE } from './palette';
import { BarSelectionContext, renderSelectableBar, type BarSelection } from './selectable-bar';
import { useElementWidth } from './use-element-width';

interface HorizontalBarChartProps<T extends Row> {
  readonly rows: readonly T[];
  readonly categoryKey: keyof T & string;
  readonly valueKey: keyof T & string;
  readonly valueLabel: string;
  readonly format: (value: number) => string;
  /** Width kept for category labels; long labels such as workforce groups need more. */
  readonly labelWidth?: number;
  /**
   * Makes every bar a toggle button: a click, or Enter or Space, reports its category. The bars are one tab stop
   * (a toolbar): arrow keys, Home and End move between them. Put the chart in an interactive FigureFrame.
   */
  readonly onSelect?: (category: string, row: T) => void;
  readonly isSelected?: (category: string, row: T) => boolean;
  /** The toolbar's accessible name, such as "Filter by technology type". */
  readonly selectLabel?: string;
}

const BAR_HEIGHT = 28;
/** Rows get taller when labels are squeezed (a phone at 320 px), so a label wrapped onto lines still fits. */
const NARROW_BAR_HEIGHT = 40;

/** Bars ranked top to bottom, each labelled with its value, so no reading depends on colour or gridlines. */
export function HorizontalBarChart<T extends Row>(props: HorizontalBarChartProps<T>) {
  const {
    categoryKey,
    valueKey,
    valueLabel,
    format,
    labelWidth = 180,
    onSelect,
    isSelected,
    selectLabel,
  } = props;
  const [focused, setFocused] = useState<number | null>(null);
  // Labels never take more than about half the chart, so bars stay readable on a narrow screen.
  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>(800);
  const squeezed = Math.max(90, Math.round(frameWidth * 0.45));
  const labelRoom = Math.min(labelWidth, squeezed);
  const barHeight = labelRoom < labelWidth ? NARROW_BAR_HEIGHT : BAR_HEIGHT;
  const rows = props.rows;
  // Recharts remounts every bar when any of its props changes, which would drop keyboard focus. So the chart is
  // rebuilt only when what it draws (categories and values) changes, not when a refetch returns equal numbers
  // in a new array or the selection changes; the selection reaches the bars through context.
  const drawnKey = rows.map((r) => `${String(r[categoryKey])}\u0001${String(r[valueKey])}`).join('\u0002');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the drawn content on purpose (above)
  const drawn = useMemo(() => rows, [drawnKey]);
  const selectable = onSelect !== undefined;
  const nameOf = (index: number) => String(rows[index]?.[categoryKey] ?? '');
  const selectedAt = (index: number) => {
    const row = rows[index];
    return row !== undefined && (isSelected?.(nameOf(index), row) ?? false);
  };
  // One bar is reachable by Tab: the last one focused, else the first selected, else the first.
  const firstSelected = rows.findIndex((_, index) => selectedAt(index));
  const tabStop = focused !== null && focused < rows.length ? focused : Math.max(0, firstSelected);
  const selection: BarSelection | null = onSelect
    ? {
        label: (index) =>
          `${nameOf(index)}: ${format(Number(rows[index]?.[valueKey]))} (${valueLabel.toLowerCase()})`,
        selected: selectedAt,
        tabStop,
        fill: NHS_BLUE,
        toggle: (index) => {
          const row = rows[index];
          if (row) onSelect(nameOf(index), row);
        },
        focus: setFocused,
      }
    : null;

  const chart = useMemo(() => {
    // Recharts types data keys against its own row type; the keys were checked against T above.
    const category: string = categoryKey;
    const value: string = valueKey;
    return (
      <ResponsiveContainer width="100%" height={drawn.length * barHeight + 48}>
        <BarChart
          data={drawn as Row[]}
          layout="vertical"
          margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
          accessibilityLayer={false}
          {...(selectable
            ? {
                role: 'toolbar',
                'aria-label': selectLabel ?? `Select ${valueLabel.toLowerCase()} bars to filter`,
                'aria-orientation': 'vertical' as const,
              }
            : {})}
        >
          <CartesianGrid horizontal={false} stroke="#d8dde0" />
          <XAxis type="number" tickFormatter={format} stroke="#425563" />
          <YAxis type="category" dataKey={category} width={labelRoom} interval={0} stroke="#425563" />
          <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} isAnimationActive={false} />
          <Bar
            dataKey={value}
            name={valueLabel}
            fill={NHS_BLUE}
            isAnimationActive={false}
            {...(selectable ? { shape: renderSelectableBar } : {})}
          >
            <LabelList
              dataKey={value}
              position="right"
              formatter={(value) => format(Number(value))}
              fill="#212b32"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    );
  }, [drawn, categoryKey, valueKey, valueLabel, format, labelRoom, barHeight, selectable, selectLabel]);

  return (
    <BarSelectionContext.Provider value={selection}>
      <div ref={frameRef}>{chart}</div>
    </BarSelectionContext.Provider>
  );
}
