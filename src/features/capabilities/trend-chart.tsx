import '../../charts/bar-chart.css';
import { formatInteger, formatPercent } from '../../charts/format';
import { NHS_BLUE } from '../../charts/palette';
import { AXIS, ChartLegend, ChartSurface, FONT, GRID, TEXT } from '../../charts/svg-parts';
import { textWidth } from '../../charts/text-width';
import { useElementWidth } from '../../charts/use-element-width';
import { SUPPRESSED } from '../../data/small-numbers';
import type { RoundTrendRow } from './queries';

interface TrendChartProps {
  readonly rows: readonly RoundTrendRow[];
  /** The round the other charts show, marked on the axis; null when they pool every round. */
  readonly selectedRound: string | null;
}

const HEIGHT = 280;
const MARGIN = { top: 24, right: 24, bottom: 30, left: 56 };
const TICKS = [0, 25, 50, 75, 100];

const cross = (x: number, y: number) =>
  `M${x - 5},${y - 5}L${x + 5},${y + 5}M${x - 5},${y + 5}L${x + 5},${y - 5}`;

const describe = (row: RoundTrendRow) =>
  row.share_meeting === null
    ? `${row.round}: ${formatInteger(row.respondents)} respondents, ${SUPPRESSED}`
    : `${row.round}: ${formatPercent(row.share_meeting)} meeting target, ${formatInteger(row.respondents)} respondents`;

/**
 * Share meeting target by round: a line that breaks where a round is suppressed (marked with a cross on the axis)
 * rather than joining across it, and the selected round marked by a labelled rule. Plain SVG, redrawn on every
 * filter change (see bar-chart.tsx); pointing at a round shows its numbers, which are all in the table too.
 */
export function TrendChart({ rows, selectedRound }: TrendChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(600);
  const left = MARGIN.left;
  const right = Math.max(left + 40, width - MARGIN.right);
  const bottom = HEIGHT - MARGIN.bottom;
  const step = rows.length > 1 ? (right - left) / (rows.length - 1) : 0;
  const x = (index: number) => (rows.length > 1 ? left + index * step : (left + right) / 2);
  const y = (share: number) => bottom - ((bottom - MARGIN.top) * share) / 100;
  // Every round label that fits: a label is skipped when it would come within 12 px of the last one drawn.
  const labelWidth = Math.max(0, ...rows.map((r) => textWidth(r.round, FONT)));
  const every = Math.max(1, Math.ceil((labelWidth + 12) / Math.max(1, step)));
  // The line, broken at suppressed rounds.
  const segments: string[] = [];
  let path = '';
  rows.forEach((row, index) => {
    if (row.share_meeting === null) {
      if (path) segments.push(path);
      path = '';
      return;
    }
    path += `${path ? 'L' : 'M'}${x(index)},${y(row.share_meeting)}`;
  });
  if (path) segments.push(path);
  const selected = rows.findIndex((r) => r.round === selectedRound);
  const anySuppressed = rows.some((r) => r.share_meeting === null);

  return (
    <div ref={ref}>
      <ChartLegend
        items={[
          {
            key: 'share',
            swatch: (
              <svg width="18" height="14" aria-hidden="true">
                <line x1="0" x2="18" y1="7" y2="7" stroke={NHS_BLUE} strokeWidth="2.5" />
                <circle cx="9" cy="7" r="4" fill="#ffffff" stroke={NHS_BLUE} strokeWidth="2" />
              </svg>
            ),
            label: 'Meeting target (%)',
          },
          ...(anySuppressed
            ? [
                {
                  key: 'suppressed',
                  swatch: (
                    <svg width="14" height="14" aria-hidden="true">
                      <path d={cross(7, 7)} stroke={AXIS} strokeWidth="2" />
                    </svg>
                  ),
                  label: 'Suppressed round: fewer than 10 respondents',
                },
              ]
            : []),
        ]}
      />
      <ChartSurface kind="trend-chart" width={width} height={HEIGHT}>
        <g stroke={GRID}>
          {TICKS.map((tick) => (
            <line key={tick} x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
          ))}
          {rows.map((row, index) => (
            <line key={row.round} x1={x(index)} x2={x(index)} y1={MARGIN.top} y2={bottom} />
          ))}
        </g>
        <g fill={AXIS}>
          <line x1={left} x2={left} y1={MARGIN.top} y2={bottom} stroke={AXIS} />
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
          {TICKS.map((tick) => (
            <text key={tick} x={left - 8} y={y(tick)} textAnchor="end" dominantBaseline="central">
              {formatPercent(tick)}
            </text>
          ))}
          {rows.map((row, index) =>
            index % every === 0 ? (
              <text key={row.round} x={x(index)} y={bottom + 20} textAnchor="middle">
                {row.round}
              </text>
            ) : null,
          )}
        </g>
        {selected >= 0 && (
          <g>
            <line
              x1={x(selected)}
              x2={x(selected)}
              y1={MARGIN.top}
              y2={bottom}
              stroke={TEXT}
              strokeDasharray="4 3"
            />
            <text x={x(selected) - 6} y={MARGIN.top + 14} textAnchor="end" fill={TEXT}>
              Selected round
            </text>
          </g>
        )}
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke={NHS_BLUE} strokeWidth={2.5} />
        ))}
        {rows.map((row, index) => (
          <g key={row.round}>
            <title>{describe(row)}</title>
            {row.share_meeting === null ? (
              <path d={cross(x(index), y(0))} stroke={AXIS} strokeWidth={2} />
            ) : (
              <>
                <circle
                  cx={x(index)}
                  cy={y(row.share_meeting)}
                  r={4}
                  fill="#ffffff"
                  stroke={NHS_BLUE}
                  strokeWidth={2}
                />
                {width >= 640 && (
                  <text
                    className="bar-chart-value"
                    x={x(index)}
                    y={y(row.share_meeting) - 10}
                    textAnchor="middle"
                    fill={TEXT}
                  >
                    {formatPercent(row.share_meeting)}
                  </text>
                )}
              </>
            )}
          </g>
        ))}
      </ChartSurface>
    </div>
  );
}
