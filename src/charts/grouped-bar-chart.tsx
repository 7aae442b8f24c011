import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Row } from '../db/connector';
import { SERIES_COLOURS } from './palette';
import { useElementWidth } from './use-element-width';
import { wrappedCategoryTick } from './wrapped-tick';

export interface BarSeries<T extends Row> {
  readonly key: keyof T & string;
  /** The series' name in the legend and tooltip. */
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

const CHAR_WIDTH = 7;
const LINE_HEIGHT = 15;
const barKey = (key: string) => `__bar_${key}`;

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
}

// A custom shape, because Recharts drops zero-length bars (and their labels) unless the shape is custom; a missing
// value must still say so beside its axis.
const renderBar = ({ x = 0, y = 0, width = 0, height = 0, fill }: BarShapeProps) => (
  <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={fill} />
);

/**
 * Horizontal bars for one or more series, each bar labelled with its value (and, with several series, the
 * series' short name), so no reading depends on colour. A missing value is said in words, not drawn as zero.
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
  const charsPerLine = Math.max(8, Math.floor((categoryWidth - 8) / CHAR_WIDTH));
  const lines = Math.max(1, ...rows.map((r) => Math.ceil(String(r[categoryKey]).length / charsPerLine)));
  const longestValue = Math.max(...rows.flatMap((r) => series.map((s) => text(r, s).length)));
  const valueWidth = Math.min(Math.round(width * 0.3), longestValue * CHAR_WIDTH + 12);
  const barSize = several ? 16 : 18;
  const band = Math.max(series.length * (barSize + 2) + 10, Math.min(lines, 4) * LINE_HEIGHT + 8);
  const height = rows.length * band + 40 + (several ? 32 : 0);

  const data = rows.map((row) => {
    const plotted: Row = { ...row };
    for (const s of series) plotted[barKey(s.key)] = typeof row[s.key] === 'number' ? row[s.key] : 0;
    return plotted;
  });
  const category: string = categoryKey;

  return (
    <div ref={ref}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: valueWidth, bottom: 8, left: 8 }}
          barGap={2}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#d8dde0" />
          <XAxis type="number" domain={[0, maxValue ?? 'auto']} tickFormatter={format} stroke="#425563" />
          <YAxis
            type="category"
            dataKey={category}
            width={categoryWidth}
            interval={0}
            stroke="#425563"
            tick={wrappedCategoryTick(categoryWidth)}
          />
          <Tooltip
            isAnimationActive={false}
            formatter={(_value, _name, item) => {
              const s = series.find((candidate) => barKey(candidate.key) === item.dataKey);
              return s ? [text(item.payload as T, { ...s, short: undefined }), s.label] : ['', ''];
            }}
          />
          {several && (
            <Legend
              itemSorter={null}
              formatter={(value: string) => <span className="legend-label">{value}</span>}
            />
          )}
          {series.map((s, index) => (
            <Bar
              key={s.key}
              dataKey={barKey(s.key)}
              name={s.short ? `${s.short}: ${s.label}` : s.label}
              fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              barSize={barSize}
              shape={renderBar}
              isAnimationActive={false}
            >
              <LabelList
                position="right"
                fill="#212b32"
                valueAccessor={(entry) => text(entry.payload as T, s)}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
