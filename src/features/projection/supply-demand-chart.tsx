import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { interpolatedYears } from './interpolated-years';
import type { SupplyTableRow } from './supply-rows';

interface SupplyDemandChartProps {
  readonly rows: readonly SupplyTableRow[];
  readonly format: (value: number) => string;
  /** The year the gap closes, marked with a labelled line; null when it does not close. */
  readonly closesIn: number | null;
}

/** Squares for supply, so its points differ from demand's circles in shape as well as colour. */
function SquareDot(props: { cx?: number; cy?: number; index?: number }) {
  const { cx, cy, index } = props;
  if (cx === undefined || cy === undefined) return <g key={index} />;
  return (
    <rect
      key={index}
      x={cx - 4}
      y={cy - 4}
      width={8}
      height={8}
      fill="#ffffff"
      stroke="#7C2855"
      strokeWidth={2}
    />
  );
}

/** Demand (the scenario) and supply (the planner's assumptions): solid against dashed, circles against squares. */
export function SupplyDemandChart({ rows, format, closesIn }: SupplyDemandChartProps) {
  return (
    <ResponsiveContainer width="100%" height={340}>
      <LineChart
        data={rows as SupplyTableRow[]}
        margin={{ top: 28, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#d8dde0" />
        <XAxis dataKey="year" stroke="#425563" interval="preserveStartEnd" />
        <YAxis tickFormatter={format} width={64} stroke="#425563" />
        {interpolatedYears(rows.map((r) => r.year))}
        {closesIn !== null && closesIn > (rows[0]?.year ?? closesIn) && (
          <ReferenceLine
            x={closesIn}
            stroke="#212b32"
            strokeWidth={2}
            label={{ value: `Gap closes ${closesIn}`, position: 'insideBottomRight', fill: '#212b32' }}
          />
        )}
        <Tooltip formatter={(value) => format(Number(value))} isAnimationActive={false} />
        <Legend
          itemSorter={null}
          formatter={(value: string) => <span className="legend-label">{value}</span>}
        />
        <Line
          dataKey="demand"
          name="Demand (scenario)"
          stroke="#005EB8"
          strokeWidth={2.5}
          dot={{ r: 4 }}
          legendType="circle"
          isAnimationActive={false}
        />
        <Line
          dataKey="supply"
          name="Supply (your assumptions)"
          stroke="#7C2855"
          strokeWidth={2.5}
          strokeDasharray="6 4"
          dot={SquareDot}
          legendType="square"
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
