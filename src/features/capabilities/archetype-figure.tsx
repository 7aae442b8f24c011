import type { UseQueryResult } from '@tanstack/react-query';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent, formatTwoDecimals } from '../../charts/format';
import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import { displayRows, suppressedLabel } from './display';
import type { ArchetypeRow } from './queries';

export const ARCHETYPE_TITLE = 'Staff meeting their capability target, by archetype';

interface ArchetypeFigureProps {
  readonly byArchetype: UseQueryResult<ArchetypeRow[]>;
  readonly source: string;
}

function takeaway(rows: readonly ArchetypeRow[]): string {
  const lowest = rows
    .filter((r) => r.share_meeting !== null && r.mean_gap !== null)
    .reduce<ArchetypeRow | undefined>(
      (low, r) => (low === undefined || r.share_meeting! < low.share_meeting! ? r : low),
      undefined,
    );
  if (!lowest) return 'Every archetype has fewer than 10 respondents here, so shares are suppressed.';
  return `${lowest.archetype} are furthest behind: ${formatPercent(lowest.share_meeting!)} of their assessments meet the target level, with a mean gap of ${formatTwoDecimals(lowest.mean_gap!)} levels.`;
}

/** Share of respondent-domain pairs meeting the archetype's target, one bar per archetype. */
export function ArchetypeFigure({ byArchetype, source }: ArchetypeFigureProps) {
  const rows = byArchetype.data;
  return (
    <FigureFrame
      title={ARCHETYPE_TITLE}
      takeaway={rows ? takeaway(rows) : ''}
      source={source}
      provenance="illustrative"
      columns={[
        { key: 'archetype', label: 'Archetype' },
        { key: 'respondents', label: 'Respondents', unit: 'count', format: formatInteger },
        {
          key: 'share_meeting',
          label: 'Meeting target',
          unit: '% of respondent-domains',
          format: formatPercent,
        },
        { key: 'mean_gap', label: 'Mean gap', unit: 'levels', format: formatTwoDecimals },
        { key: 'note', label: 'Note' },
      ]}
      rows={displayRows(rows)}
      error={byArchetype.error}
      updating={byArchetype.isPlaceholderData}
      onRetry={() => void byArchetype.refetch()}
    >
      {rows && (
        <GroupedBarChart
          rows={rows}
          categoryKey="archetype"
          series={[{ key: 'share_meeting', label: 'Meeting target (%)' }]}
          format={formatPercent}
          missingText={(row) => suppressedLabel(row.respondents)}
          maxValue={100}
          labelWidth={110}
        />
      )}
    </FigureFrame>
  );
}
