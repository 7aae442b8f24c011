import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Row } from '../db/connector';
import { SERIES_COLOURS } from './palette';

export interface LineSeries<T extends Row> {
  readonly key: keyof T & string;
  readonly label: string;
}

interface MultiLineChartProps<T extends Row> {
  readonly rows: readonly T[];
  readonly xKey: keyof T & string;
  readonly series: readonly LineSeries<T>[];
  readonly format: (value: number) => string;
}

// Each series differs by dash pattern and marker as well as colour, so the legend works without colour.
const DASHES = ['', '6 4', '2 3', '10 3 2 3'];
const MARKERS = ['circle', 'square', 'diamond', 'triangle'] as const;

export function MultiLineChart<T extends Row>({ rows, xKey, series, format }: MultiLineChartProps<T>) {
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart
        data={rows as Row[]}
        margin={{ top: 8, right: 24, bottom: 8, left: 16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#d8dde0" />
        <XAxis dataKey={xKey as string} stroke="#425563" />
        <YAxis tickFormatter={format} width={72} stroke="#425563" />
        <Tooltip formatter={(value) => format(Number(value))} isAnimationActive={false} />
        <Legend formatter={(value: string) => <span className="legend-label">{value}</span>} />
        {series.map((s, index) => (
          <Line
            key={s.key}
            dataKey={s.key as string}
            name={s.label}
            stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
            strokeWidth={2.5}
            strokeDasharray={DASHES[index % DASHES.length]}
            dot={{ r: 4 }}
            legendType={MARKERS[index % MARKERS.length]}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
