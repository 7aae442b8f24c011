import {
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatInteger, formatPercent } from '../../charts/format';
import { NHS_BLUE } from '../../charts/palette';
import { useElementWidth } from '../../charts/use-element-width';
import { SUPPRESSED } from '../../data/small-numbers';
import type { RoundTrendRow } from './queries';

interface TrendChartProps {
  readonly rows: readonly RoundTrendRow[];
  /** The round the other charts show, marked on the axis; null when they pool every round. */
  readonly selectedRound: string | null;
}

interface CrossProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** A cross on the axis where a round is suppressed, so a gap in the line is explained where it appears. */
function renderCross({ cx, cy, index }: CrossProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cy)) return <g key={index} />;
  return (
    <path
      key={index}
      d={`M${cx - 5},${cy - 5}L${cx + 5},${cy + 5}M${cx - 5},${cy + 5}L${cx + 5},${cy - 5}`}
      stroke="#425563"
      strokeWidth={2}
    />
  );
}

function TrendTooltip({ active, payload }: { active?: boolean; payload?: { payload: RoundTrendRow }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.round}</strong>
      <br />
      {row.share_meeting === null
        ? `${formatInteger(row.respondents)} respondents: ${SUPPRESSED}`
        : `${formatPercent(row.share_meeting)} meeting target, ${formatInteger(row.respondents)} respondents`}
    </div>
  );
}

/**
 * Share meeting target by round: a line that breaks where a round is suppressed (marked with a cross on the axis)
 * rather than joining across it, and the selected round marked by a labelled rule.
 */
export function TrendChart({ rows, selectedRound }: TrendChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(600);
  const data = rows.map((row) => ({ ...row, suppressed_at: row.share_meeting === null ? 0 : null }));
  const anySuppressed = rows.some((r) => r.share_meeting === null);
  return (
    <div ref={ref}>
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d8dde0" />
          <XAxis dataKey="round" stroke="#425563" minTickGap={12} />
          <YAxis domain={[0, 100]} tickFormatter={formatPercent} width={48} stroke="#425563" />
          <Tooltip content={<TrendTooltip />} isAnimationActive={false} />
          <Legend formatter={(value: string) => <span className="legend-label">{value}</span>} />
          {selectedRound && (
            <ReferenceLine
              x={selectedRound}
              stroke="#212b32"
              strokeDasharray="4 3"
              label={{ value: 'Selected round', position: 'insideTopRight', fill: '#212b32' }}
            />
          )}
          <Line
            dataKey="share_meeting"
            name="Meeting target (%)"
            stroke={NHS_BLUE}
            strokeWidth={2.5}
            dot={{ r: 4 }}
            connectNulls={false}
            isAnimationActive={false}
          >
            {width >= 640 && (
              <LabelList
                position="top"
                fill="#212b32"
                valueAccessor={(entry) => {
                  const share = (entry.payload as RoundTrendRow).share_meeting;
                  return share === null ? '' : formatPercent(share);
                }}
              />
            )}
          </Line>
          {anySuppressed && (
            <Line
              dataKey="suppressed_at"
              name="Suppressed round: fewer than 10 respondents"
              stroke="none"
              dot={renderCross}
              legendType="cross"
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
