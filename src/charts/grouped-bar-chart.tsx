import { scaleLinear } from 'd3-scale';
import type { Row } from '../db/connector';
import { SERIES_COLOURS } from './palette';
import {
  CategoryLabel,
  ChartLegend,
  ChartSurface,
  FONT,
  swatch,
  TEXT,
  ValueAxis,
  ValueGrid,
  valueTicks,
} from './svg-parts';
import { textWidth, wrapText } from './text-width';
import { useElementWidth } from './use-element-width';
import './bar-chart.css';

export interface BarSeries<T extends Row> {
  readonly key: keyof T & string;
  /** The series' name in the legend. */
  readonly label: string;
  /** A short name printed before each of its bars' values when there are several series ("ICB", "England"). */
  readonly short?: string;
}

interface GroupedBarChartProps<T extends Row> {
  readonly rows: readonly T[];
  readonly categoryKey: keyof T & string;
  readonly series: readonly BarSeries<T>[];
  readonly format: (value: number) => string;
  /** Printed instead of a series' value that is null (a suppressed share, say); its bar has no length. */
  readonly missingText?: (row: T, key: keyof T & string) => string;
  /** A fixed end for the value axis, such as 100 for percentages. */
  readonly maxValue?: number;
  /** The most room category labels get; long labels wrap, and narrow screens give them less. */
  readonly labelWidth?: number;
}

const LINE_HEIGHT = 15;
const MAX_LINES = 4;
const AXIS_HEIGHT = 30;
const TOP = 8;

/**
 * Horizontal bars for one or more series, each bar labelled with its value (and, with several series, the
 * series' short name), so no reading depends on colour. A missing value is said in words, not drawn as zero.
 * Plain SVG, like bar-chart.tsx and for the same reason: these charts are redrawn on every filter change.
 */
export function GroupedBarChart<T extends Row>(props: GroupedBarChartProps<T>) {
  const { rows, categoryKey, series, format, maxValue, labelWidth = 200 } = props;
  const missingText = props.missingText ?? (() => 'no value');
  const [ref, width] = useElementWidth<HTMLDivElement>(600);
  const several = series.length > 1;
  const text = (row: T, s: BarSeries<T>) => {
    const value = row[s.key];
    const shown = typeof value === 'number' ? format(value) : missingText(row, s.key);
    return several && s.short ? `${s.short} ${shown}` : shown;
  };

  // Room for labels: wrapped category names on the left, value labels on the right.
  const categoryWidth = Math.min(labelWidth, Math.max(90, Math.round(width * 0.38)));
  const labels = rows.map((row) => wrapText(String(row[categoryKey]), categoryWidth - 8, FONT, MAX_LINES));
  const lines = Math.max(1, ...labels.map((l) => l.length));
  const longestValue = Math.max(0, ...rows.flatMap((r) => series.map((s) => textWidth(text(r, s), FONT))));
  const valueWidth = Math.min(Math.round(width * 0.3), Math.ceil(longestValue) + 12);
  const barSize = several ? 16 : 18;
  const band = Math.max(series.length * (barSize + 2) + 10, lines * LINE_HEIGHT + 8);
  const plotLeft = 8 + categoryWidth;
  const plotRight = Math.max(plotLeft + 40, width - valueWidth);
  const plotHeight = rows.length * band;
  const height = TOP + plotHeight + AXIS_HEIGHT;

  const values = rows.flatMap((row) => series.map((s) => row[s.key])).filter((v) => typeof v === 'number');
  const x = scaleLinear()
    .domain([0, maxValue ?? Math.max(1e-9, ...values)])
    .nice()
    .range([plotLeft, plotRight]);
  const ticks = valueTicks(x, plotRight - plotLeft, format);

  return (
    <div ref={ref}>
      {several && (
        <ChartLegend
          items={series.map((s, index) => ({
            key: s.key,
            swatch: swatch(SERIES_COLOURS[index % SERIES_COLOURS.length]!),
            label: s.short ? `${s.short}: ${s.label}` : s.label,
          }))}
        />
      )}
      <ChartSurface kind="bar-chart" width={width} height={height}>
        <ValueGrid ticks={ticks} x={x} top={TOP} bottom={TOP + plotHeight} />
        {rows.map((row, index) => {
          const top = TOP + index * band;
          const barsTop = top + (band - series.length * (barSize + 2) + 2) / 2;
          const rowLines = labels[index]!;
          return (
            <g key={String(row[categoryKey])}>
              <CategoryLabel
                name={String(row[categoryKey])}
                lines={rowLines}
                x={plotLeft - 8}
                y={top + band / 2}
                lineHeight={LINE_HEIGHT}
              />
              {series.map((s, i) => {
                const value = row[s.key];
                const end = typeof value === 'number' ? x(value) : plotLeft;
                const y = barsTop + i * (barSize + 2);
                return (
                  <g key={s.key}>
                    <rect
                      x={plotLeft}
                      y={y}
                      width={Math.max(0, end - plotLeft)}
                      height={barSize}
                      fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                    />
                    <text
                      className="bar-chart-value"
                      x={end + 5}
                      y={y + barSize / 2}
                      dominantBaseline="central"
                      fill={TEXT}
                    >
                      {text(row, s)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <ValueAxis
          ticks={ticks}
          x={x}
          y={TOP + plotHeight}
          left={plotLeft}
          right={plotRight}
          format={format}
        />
      </ChartSurface>
    </div>
  );
}
