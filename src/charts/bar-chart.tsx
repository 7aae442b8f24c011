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

interface HorizontalBarChartProps<T extends Row> {
  readonly rows: readonly T[];
  readonly categoryKey: keyof T & string;
  readonly valueKey: keyof T & string;
  readonly valueLabel: string;
  readonly format: (value: number) => string;
  /** Width kept for category labels; long labels such as workforce groups need more. */
  readonly labelWidth?: number;
}

const BAR_HEIGHT = 28;

/** Bars ranked top to bottom, each labelled with its value, so no reading depends on colour or gridlines. */
export function HorizontalBarChart<T extends Row>(props: HorizontalBarChartProps<T>) {
  const { rows, categoryKey, valueKey, valueLabel, format, labelWidth = 180 } = props;
  const height = rows.length * BAR_HEIGHT + 48;
  // Recharts types data keys against its own row type; the keys were checked against T above.
  const category: string = categoryKey;
  const value: string = valueKey;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={rows as Row[]}
        layout="vertical"
        margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#d8dde0" />
        <XAxis type="number" tickFormatter={format} stroke="#425563" />
        <YAxis type="category" dataKey={category} width={labelWidth} interval={0} stroke="#425563" />
        <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} isAnimationActive={false} />
        <Bar dataKey={value} name={valueLabel} fill={NHS_BLUE} isAnimationActive={false}>
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
}
