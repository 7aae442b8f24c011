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
import { formatPercent } from '../../charts/format';
import { useElementWidth } from '../../charts/use-element-width';
import { wrappedCategoryTick } from '../../charts/wrapped-tick';
import type { Row } from '../../db/connector';
import { suppressedLabel } from './display';
import { LEVELS, type DistributionRow } from './queries';

// Pale to dark, so the order of levels reads from the shading too; each fill keeps its printed share at 4.5:1.
const LEVEL_FILLS = ['#e8edee', '#aecbe8', '#6ea6dc', '#005eb8', '#003087'] as const;
const LEVEL_TEXT = ['#212b32', '#212b32', '#212b32', '#ffffff', '#ffffff'] as const;
const LEVEL_NAMES = ['Level 0 (not yet level 1)', 'Level 1', 'Level 2', 'Level 3', 'Level 4'] as const;

interface SegmentProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  payload?: DistributionRow;
}

/**
 * One level's segment; where the domain's single target level begins, a thick black rule crosses the bar, so the
 * target is marked by position and shape, not colour.
 */
function renderSegment(level: number, { x = 0, y = 0, width = 0, height = 0, fill, payload }: SegmentProps) {
  const marked =
    payload &&
    payload.level_0 !== null &&
    payload.target_min === payload.target_max &&
    payload.target_min === level;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={fill} />
      {marked && <rect x={x - 2} y={y - 5} width={4} height={height + 10} fill="#212b32" />}
    </g>
  );
}

interface LevelDistributionChartProps {
  readonly rows: readonly DistributionRow[];
  /** The label of each domain on the axis, with its target. */
  readonly categoryLabel: (row: DistributionRow) => string;
}

/** Each domain's respondents split by level 0-4, as a bar of 100%. */
export function LevelDistributionChart({ rows, categoryLabel }: LevelDistributionChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(600);
  const labelWidth = Math.min(220, Math.max(100, Math.round(width * 0.36)));
  const data = rows.map((row) => {
    const plotted: Row = { ...row, category: categoryLabel(row) };
    for (const level of LEVELS) plotted[`__level_${level}`] = row[`level_${level}`] ?? 0;
    return plotted;
  });
  return (
    <div ref={ref}>
      <ResponsiveContainer width="100%" height={rows.length * 64 + 90}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          barSize={30}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#d8dde0" />
          <XAxis type="number" domain={[0, 100]} tickFormatter={formatPercent} stroke="#425563" />
          <YAxis
            type="category"
            dataKey="category"
            width={labelWidth}
            interval={0}
            stroke="#425563"
            tick={wrappedCategoryTick(labelWidth)}
          />
          <Tooltip
            isAnimationActive={false}
            formatter={(_value, name, item) => {
              const row = item.payload as DistributionRow;
              const level = LEVELS[LEVEL_NAMES.indexOf(name as (typeof LEVEL_NAMES)[number])];
              if (level === undefined) return ['', ''];
              const share = row[`level_${level}`];
              return [share === null ? suppressedLabel(row.respondents) : formatPercent(share), name];
            }}
          />
          <Legend
            itemSorter={null}
            formatter={(value: string) => <span className="legend-label">{value}</span>}
          />
          {LEVELS.map((level) => (
            <Bar
              key={level}
              dataKey={`__level_${level}`}
              name={LEVEL_NAMES[level]}
              stackId="levels"
              fill={LEVEL_FILLS[level]}
              stroke="#ffffff"
              shape={(props: SegmentProps) => renderSegment(level, props)}
              isAnimationActive={false}
            >
              <LabelList
                position="center"
                fill={LEVEL_TEXT[level]}
                // Only segments wide enough to hold their label print it; the table holds every share.
                valueAccessor={(entry) => {
                  const share = (entry.payload as DistributionRow)[`level_${level}`];
                  return share !== null && 'width' in entry && Number(entry.width) >= 34
                    ? formatPercent(share)
                    : '';
                }}
              />
            </Bar>
          ))}
          <Bar
            dataKey={() => 0}
            stackId="levels"
            legendType="none"
            tooltipType="none"
            // A custom shape keeps Recharts from dropping this zero-length bar, whose label says why a row is empty.
            shape={() => <g />}
            isAnimationActive={false}
          >
            <LabelList
              position="right"
              fill="#212b32"
              valueAccessor={(entry) => {
                const row = entry.payload as DistributionRow;
                return row.level_0 === null ? suppressedLabel(row.respondents) : '';
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
