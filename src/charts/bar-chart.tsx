import { scaleLinear } from 'd3-scale';
import { useState, type KeyboardEvent } from 'react';
import type { Row } from '../db/connector';
import { NHS_BLUE } from './palette';
import { CategoryLabel, ChartSurface, FONT, TEXT, ValueAxis, ValueGrid, valueTicks } from './svg-parts';
import { wrapText } from './text-width';
import { useElementWidth } from './use-element-width';
import './bar-chart.css';

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
  /**
   * The pointer or the focus rests on a selectable bar, and then leaves it: what it would select may be
   * computed ahead of the click (data/intent-prefetch.tsx). Pointer moves, not pointer enters, count: when a
   * redraw shifts the layout under a still pointer, that is not a planner pointing at something new.
   */
  readonly onIntent?: (category: string, row: T) => void;
  readonly onIntentEnd?: () => void;
  /** The toolbar's accessible name, such as "Filter by technology type". */
  readonly selectLabel?: string;
}

const BAR_HEIGHT = 28;
/** Rows get taller when labels are squeezed (a phone at 320 px), so a label wrapped onto lines still fits. */
const NARROW_BAR_HEIGHT = 40;
const MARGIN = { top: 8, right: 56, bottom: 8, left: 8 };
const AXIS_HEIGHT = 30;
const SELECTED_FILL = '#003087';
const LINE_HEIGHT = 14;

/** Keys that move between the bars of one chart, and where each goes. */
function target(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Bars ranked top to bottom, each labelled with its value, so no reading depends on colour or gridlines. Drawn
 * as plain SVG rather than through Recharts: this is the chart a filter change redraws most (six to eleven of
 * them on #/technologies), and CPU profiles of filter changes there put Recharts and its state libraries at
 * about 100 ms of script per change (README, Performance). Keyed by category, so a redraw keeps the focused bar
 * focused.
 */
export function HorizontalBarChart<T extends Row>(props: HorizontalBarChartProps<T>) {
  const { rows, categoryKey, valueKey, valueLabel, format, labelWidth = 180 } = props;
  const { onSelect, isSelected, selectLabel, onIntent, onIntentEnd } = props;
  const [focused, setFocused] = useState<number | null>(null);
  // Labels never take more than about half the chart, so bars stay readable on a narrow screen.
  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>(800);
  const squeezed = Math.max(90, Math.round(frameWidth * 0.45));
  const labelRoom = Math.min(labelWidth, squeezed);
  const barHeight = labelRoom < labelWidth ? NARROW_BAR_HEIGHT : BAR_HEIGHT;

  const values = rows.map((row) => Number(row[valueKey]));
  const plotLeft = MARGIN.left + labelRoom;
  const plotRight = Math.max(plotLeft + 40, frameWidth - MARGIN.right);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice()
    .range([plotLeft, plotRight]);
  // The zero line for a domain of all zeros, which nice() leaves as [0, 0].
  if (x.domain()[0] === x.domain()[1]) x.domain([0, 1]);
  const ticks = valueTicks(x, plotRight - plotLeft, format);
  const plotHeight = rows.length * barHeight;
  const height = MARGIN.top + plotHeight + AXIS_HEIGHT + MARGIN.bottom;
  const axisY = MARGIN.top + plotHeight;

  const selectable = onSelect !== undefined;
  const nameOf = (index: number) => String(rows[index]?.[categoryKey] ?? '');
  const selectedAt = (index: number) => {
    const row = rows[index];
    return row !== undefined && (isSelected?.(nameOf(index), row) ?? false);
  };
  // One bar is reachable by Tab: the last one focused, else the first selected, else the first.
  const firstSelected = rows.findIndex((_, index) => selectedAt(index));
  const tabStop = focused !== null && focused < rows.length ? focused : Math.max(0, firstSelected);
  const toggle = (index: number) => {
    const row = rows[index];
    if (row && onSelect) onSelect(nameOf(index), row);
  };
  const intentAt = (index: number) => {
    const row = rows[index];
    if (row && onIntent) onIntent(nameOf(index), row);
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(index);
      return;
    }
    const next = target(event.key, index, rows.length);
    if (next === null) return;
    event.preventDefault();
    event.currentTarget.ownerSVGElement?.querySelector<SVGGElement>(`g[data-bar-index="${next}"]`)?.focus();
  };

  return (
    <div ref={frameRef}>
      <ChartSurface
        kind="bar-chart"
        width={frameWidth}
        height={height}
        {...(selectable
          ? {
              attributes: {
                role: 'toolbar',
                'aria-label': selectLabel ?? `Select ${valueLabel.toLowerCase()} bars to filter`,
                'aria-orientation': 'vertical',
              },
            }
          : {})}
      >
        <ValueGrid ticks={ticks} x={x} top={MARGIN.top} bottom={axisY} />
        {values.map((value, index) => {
          const top = MARGIN.top + index * barHeight;
          const barTop = top + barHeight * 0.1;
          const start = x(Math.min(0, value));
          const width = Math.abs(x(value) - x(0));
          const selected = selectable && selectedAt(index);
          const name = nameOf(index);
          const lines = wrapText(name, labelRoom, FONT, barHeight < NARROW_BAR_HEIGHT ? 2 : 3);
          const valueText = format(value);
          const bar = (
            <>
              <rect
                className="selectable-bar-band"
                x={plotLeft}
                y={top}
                width={plotRight - plotLeft}
                height={barHeight}
                fill="transparent"
              />
              <rect
                className="selectable-bar-value"
                x={start}
                y={barTop}
                width={Math.max(0, width)}
                height={barHeight * 0.8}
                fill={selected ? SELECTED_FILL : NHS_BLUE}
                stroke={selected ? TEXT : 'none'}
                strokeWidth={selected ? 3 : 0}
              />
            </>
          );
          return (
            <g key={name}>
              <CategoryLabel
                name={name}
                lines={lines}
                x={plotLeft - 8}
                y={top + barHeight / 2}
                lineHeight={LINE_HEIGHT}
              />
              {selectable ? (
                <g
                  role="button"
                  className="selectable-bar"
                  data-bar-index={index}
                  tabIndex={index === tabStop ? 0 : -1}
                  aria-pressed={selected}
                  aria-label={`${name}: ${valueText} (${valueLabel.toLowerCase()})`}
                  onClick={() => toggle(index)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                  onFocus={() => {
                    setFocused(index);
                    intentAt(index);
                  }}
                  onBlur={onIntentEnd}
                  onPointerMove={() => intentAt(index)}
                  onPointerLeave={onIntentEnd}
                >
                  {bar}
                </g>
              ) : (
                bar
              )}
              <text
                className="bar-chart-value"
                x={value < 0 ? start - 5 : start + width + 5}
                y={top + barHeight / 2}
                textAnchor={value < 0 ? 'end' : 'start'}
                dominantBaseline="central"
                fill={TEXT}
              >
                {valueText}
              </text>
            </g>
          );
        })}
        <ValueAxis ticks={ticks} x={x} y={axisY} left={plotLeft} right={plotRight} format={format} />
      </ChartSurface>
    </div>
  );
}
