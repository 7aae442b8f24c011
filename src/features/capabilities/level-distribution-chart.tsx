import '../../charts/bar-chart.css';
import { formatPercent } from '../../charts/format';
import {
  AXIS,
  CategoryLabel,
  ChartLegend,
  ChartSurface,
  FONT,
  swatch,
  TEXT,
  ValueAxis,
  ValueGrid,
} from '../../charts/svg-parts';
import { textWidth, wrapText } from '../../charts/text-width';
import { useElementWidth } from '../../charts/use-element-width';
import { suppressedLabel } from './display';
import { LEVELS, type DistributionRow } from './queries';

// Pale to dark, so the order of levels reads from the shading too; each fill keeps its printed share at 4.5:1.
const LEVEL_FILLS = ['#e8edee', '#aecbe8', '#6ea6dc', '#005eb8', '#003087'] as const;
const LEVEL_TEXT = ['#212b32', '#212b32', '#212b32', '#ffffff', '#ffffff'] as const;
const LEVEL_NAMES = ['Level 0 (not yet level 1)', 'Level 1', 'Level 2', 'Level 3', 'Level 4'] as const;

const BAND = 64;
const BAR = 30;
const TOP = 8;
const AXIS_HEIGHT = 30;
const LINE_HEIGHT = 15;
const TICKS = [0, 25, 50, 75, 100];

interface LevelDistributionChartProps {
  readonly rows: readonly DistributionRow[];
  /** The label of each domain on the axis, with its target. */
  readonly categoryLabel: (row: DistributionRow) => string;
}

/**
 * Each domain's respondents split by level 0-4, as a bar of 100%. Where the domain's single target level
 * begins, a thick black rule crosses the bar, so the target is marked by position and shape, not colour. Plain
 * SVG, redrawn on every filter change (see bar-chart.tsx).
 */
export function LevelDistributionChart({ rows, categoryLabel }: LevelDistributionChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(600);
  const labelWidth = Math.min(220, Math.max(100, Math.round(width * 0.36)));
  const plotLeft = 8 + labelWidth;
  // Room on the right for the "100%" tick label, centred on the end of the axis.
  const plotRight = Math.max(plotLeft + 40, width - 24);
  const x = (share: number) => plotLeft + ((plotRight - plotLeft) * share) / 100;
  const plotHeight = rows.length * BAND;
  const height = TOP + plotHeight + AXIS_HEIGHT;

  return (
    <div ref={ref}>
      <ChartLegend
        items={LEVELS.map((level) => ({
          key: String(level),
          swatch: swatch(LEVEL_FILLS[level], AXIS),
          label: LEVEL_NAMES[level],
        }))}
      />
      <ChartSurface kind="bar-chart" width={width} height={height}>
        <ValueGrid ticks={TICKS} x={x} top={TOP} bottom={TOP + plotHeight} />
        {rows.map((row, index) => {
          const top = TOP + index * BAND;
          const barTop = top + (BAND - BAR) / 2;
          const label = categoryLabel(row);
          const lines = wrapText(label, labelWidth - 8, FONT, 4);
          const single = row.target_min === row.target_max;
          let start = 0;
          return (
            <g key={row.domain_id}>
              <CategoryLabel
                name={label}
                lines={lines}
                x={plotLeft - 8}
                y={top + BAND / 2}
                lineHeight={LINE_HEIGHT}
              />
              {row.level_0 === null ? (
                <text x={plotLeft + 5} y={top + BAND / 2} dominantBaseline="central" fill={TEXT}>
                  {suppressedLabel(row.respondents)}
                </text>
              ) : (
                LEVELS.map((level) => {
                  const share = row[`level_${level}`] ?? 0;
                  const left = x(start);
                  const segment = x(start + share) - left;
                  start += share;
                  const printed = formatPercent(share);
                  // Only segments wide enough to hold their label print it; the table holds every share.
                  const fits = segment >= Math.max(34, textWidth(printed, FONT) + 6);
                  return (
                    <g key={level}>
                      <rect
                        x={left}
                        y={barTop}
                        width={Math.max(0, segment)}
                        height={BAR}
                        fill={LEVEL_FILLS[level]}
                        stroke="#ffffff"
                      />
                      {single && row.target_min === level && (
                        <rect x={left - 2} y={barTop - 5} width={4} height={BAR + 10} fill={TEXT} />
                      )}
                      {fits && (
                        <text
                          className="bar-chart-value"
                          x={left + segment / 2}
                          y={barTop + BAR / 2}
                          textAnchor="middle"
                          dominantBaseline="central"
                          fill={LEVEL_TEXT[level]}
                        >
                          {printed}
                        </text>
                      )}
                    </g>
                  );
                })
              )}
            </g>
          );
        })}
        <ValueAxis
          ticks={TICKS}
          x={x}
          y={TOP + plotHeight}
          left={plotLeft}
          right={plotRight}
          format={formatPercent}
        />
      </ChartSurface>
    </div>
  );
}
