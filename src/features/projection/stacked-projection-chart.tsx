import { useId } from 'react';
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
import { groupKey, type StackedYearRow } from './pivot';
import { interpolatedYears } from './interpolated-years';
import { GroupPatterns, patternId } from './group-patterns';

interface StackedProjectionChartProps {
  readonly rows: readonly StackedYearRow[];
  readonly groups: readonly string[];
  readonly format: (value: number) => string;
  /** Years whose totals are printed on the chart: the published ends of the series. */
  readonly labelledYears: readonly number[];
}

/**
 * WTE by staff group, stacked per year. Each group has a colour and a fill pattern, so the legend reads without
 * colour; the interpolated years sit in a marked band, and the end-year totals are printed on their bars.
 */
export function StackedProjectionChart({ rows, groups, format, labelledYears }: StackedProjectionChartProps) {
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const years = rows.map((r) => r.year);
  const top = groups.length - 1;
  return (
    <ResponsiveContainer width="100%" height={380}>
      <BarChart
        data={rows as StackedYearRow[]}
        // Room above the plot for the band's label and the end-year totals.
        margin={{ top: 28, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <GroupPatterns prefix={prefix} count={groups.length} />
        <CartesianGrid vertical={false} stroke="#d8dde0" />
        <XAxis dataKey="year" stroke="#425563" interval="preserveStartEnd" />
        <YAxis tickFormatter={format} width={64} stroke="#425563" />
        {interpolatedYears(years)}
        <Tooltip formatter={(value) => format(Number(value))} isAnimationActive={false} />
        {/* In stacking order, bottom first, rather than alphabetical. */}
        <Legend
          itemSorter={null}
          formatter={(value: string) => <span className="legend-label">{value}</span>}
        />
        {groups.map((group, index) => (
          <Bar
            key={group}
            dataKey={groupKey(index)}
            name={group}
            stackId="wte"
            fill={`url(#${patternId(prefix, index)})`}
            stroke="#ffffff"
            strokeWidth={0.5}
            legendType="rect"
            isAnimationActive={false}
          >
            {index === top && (
              <LabelList
                dataKey="total"
                position="top"
                content={(props) => {
                  const { x, y, width, value, index: at } = props;
                  const row = at === undefined ? undefined : rows[at];
                  if (!row || !labelledYears.includes(row.year)) return null;
                  return (
                    <text
                      x={Number(x) + Number(width) / 2}
                      y={Number(y) - 6}
                      textAnchor="middle"
                      fill="#212b32"
                      fontWeight={600}
                    >
                      {format(Number(value))}
                    </text>
                  );
                }}
              />
            )}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
