import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { NHS_BLUE, NHS_DARK_GREY } from './palette';
import type { XmrResult } from './xmr';

interface SpcChartProps {
  readonly labels: readonly string[];
  /** XmR statistics of the values; without them (too few points) this is a plain run chart around the median. */
  readonly xmr: XmrResult | null;
  readonly values: readonly number[];
  readonly higherIsBetter: boolean;
  readonly format: (value: number) => string;
  readonly target?: number | null;
}

// Making Data Count colours: blue for improvement, orange for concern, grey for common cause. Shapes differ
// too, and the table names every special-cause point, so colour is never the only cue.
const CONCERN = '#c75000';

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

export function SpcChart({ labels, xmr, values, higherIsBetter, format, target = null }: SpcChartProps) {
  const rows = labels.map((label, i) => ({ label, value: values[i] ?? null }));
  const centre = xmr ? xmr.mean : median(values);
  const renderDot = ({ cx, cy, index }: DotProps) => {
    if (cx === undefined || cy === undefined || index === undefined) return <g key={`dot-${index}`} />;
    const side = xmr?.points[index]?.side ?? null;
    if (side === null) return <circle key={`dot-${index}`} cx={cx} cy={cy} r={4} fill={NHS_DARK_GREY} />;
    const improvement = (side === 'high') === higherIsBetter;
    return improvement ? (
      <rect key={`dot-${index}`} x={cx - 6} y={cy - 6} width={12} height={12} fill={NHS_BLUE} />
    ) : (
      <path
        key={`dot-${index}`}
        d={`M${cx},${cy - 8}L${cx + 8},${cy}L${cx},${cy + 8}L${cx - 8},${cy}Z`}
        fill={CONCERN}
      />
    );
  };
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={rows} margin={{ top: 16, right: 96, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d8dde0" vertical={false} />
        <XAxis dataKey="label" stroke="#425563" />
        <YAxis tickFormatter={format} stroke="#425563" width={56} domain={['auto', 'auto']} />
        <Tooltip formatter={(value) => format(Number(value))} isAnimationActive={false} />
        <ReferenceLine
          y={centre}
          stroke="#212b32"
          label={{ value: xmr ? 'Mean' : 'Median', position: 'right', fill: '#212b32' }}
        />
        {xmr && (
          <ReferenceLine
            y={xmr.upperLimit}
            stroke="#425563"
            strokeDasharray="6 4"
            label={{ value: 'Upper limit', position: 'right', fill: '#212b32' }}
          />
        )}
        {xmr && (
          <ReferenceLine
            y={xmr.lowerLimit}
            stroke="#425563"
            strokeDasharray="6 4"
            label={{ value: 'Lower limit', position: 'right', fill: '#212b32' }}
          />
        )}
        {target !== null && (
          <ReferenceLine
            y={target}
            stroke="#7c2855"
            strokeDasharray="2 3"
            label={{ value: 'Target', position: 'right', fill: '#7c2855' }}
          />
        )}
        <Line
          dataKey="value"
          name="Value"
          stroke="#768692"
          strokeWidth={2}
          dot={renderDot}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
