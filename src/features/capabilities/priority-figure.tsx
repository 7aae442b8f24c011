import type { UseQueryResult } from '@tanstack/react-query';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatTwoDecimals } from '../../charts/format';
import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import { displayRows, suppressedLabel } from './display';
import type { PriorityRow } from './queries';

export const PRIORITY_TITLE = 'Priority learning needs: people below target, by archetype and domain';

interface PriorityFigureProps {
  readonly needs: UseQueryResult<PriorityRow[]>;
  readonly source: string;
}

function takeaway(rows: readonly PriorityRow[]): string {
  const top = rows[0];
  if (!top || top.below_target === null) {
    return 'Every archetype and domain pair has fewer than 10 respondents here, so needs are suppressed.';
  }
  return `Commission first for ${top.archetype} in ${top.domain_name}: ${formatInteger(top.below_target)} of ${formatInteger(top.respondents)} people are below target level ${top.target_level}, ${formatInteger(top.levels_short ?? 0)} levels short in all.`;
}

/**
 * What a commissioner acts on: every archetype and domain pair with people below target, ranked by how many, then
 * by levels short (people times mean gap). The CSV download carries the whole ranked list.
 */
export function PriorityFigure({ needs, source }: PriorityFigureProps) {
  const rows = needs.data;
  return (
    <div className="figure-wide">
      <FigureFrame
        title={PRIORITY_TITLE}
        takeaway={rows ? takeaway(rows) : ''}
        source={source}
        provenance="illustrative"
        columns={[
          { key: 'rank', label: 'Rank', format: formatInteger },
          { key: 'archetype', label: 'Archetype' },
          { key: 'domain_name', label: 'Domain' },
          { key: 'target_level', label: 'Target level', unit: 'level', format: formatInteger },
          { key: 'respondents', label: 'Respondents', unit: 'count', format: formatInteger },
          { key: 'below_target', label: 'Below target', unit: 'people', format: formatInteger },
          { key: 'mean_gap', label: 'Mean gap', unit: 'levels', format: formatTwoDecimals },
          { key: 'levels_short', label: 'Levels short', unit: 'people × mean gap', format: formatInteger },
          { key: 'note', label: 'Note' },
        ]}
        rows={displayRows(rows)}
        error={needs.error}
        updating={needs.isPlaceholderData}
        onRetry={() => void needs.refetch()}
        emptyMessage="Nobody in this selection is below target."
      >
        {rows && (
          <GroupedBarChart
            rows={rows}
            categoryKey="need"
            series={[{ key: 'below_target', label: 'People below target' }]}
            format={formatInteger}
            missingText={(row) => suppressedLabel(row.respondents)}
            labelWidth={340}
          />
        )}
      </FigureFrame>
    </div>
  );
}
