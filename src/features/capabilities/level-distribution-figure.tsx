import type { UseQueryResult } from '@tanstack/react-query';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent } from '../../charts/format';
import { displayRows, targetText } from './display';
import { LevelDistributionChart } from './level-distribution-chart';
import type { DistributionRow, GapCellRow } from './queries';

export const DISTRIBUTION_TITLE = 'Self-assessed level by domain, with the target marked';

interface LevelDistributionFigureProps {
  readonly distribution: UseQueryResult<DistributionRow[]>;
  /** Each archetype's target in each domain, from the heat map's rows, to spell out a mix of targets. */
  readonly targets: readonly GapCellRow[] | undefined;
  readonly source: string;
}

/** "Shapers 3, Drivers 4, …" for one domain: what a mixed target is made of. */
function targetMix(targets: readonly GapCellRow[] | undefined, domainId: number): string {
  const parts = targets
    ?.filter((t) => t.domain_id === domainId)
    .map((t) => `${t.archetype} ${t.target_level}`);
  return parts && parts.length > 0 ? `: ${parts.join(', ')}` : '';
}

const singleTarget = (row: DistributionRow) => row.target_min === row.target_max;

function takeaway(rows: readonly DistributionRow[]): string {
  const shown = rows.filter((r) => r.level_0 !== null);
  if (shown.length === 0) return 'Every domain has fewer than 10 respondents here, so levels are suppressed.';
  const lowest = shown.reduce((low, r) => (r.level_0! > low.level_0! ? r : low));
  const mix = rows.every(singleTarget)
    ? 'The black rule marks where the target level begins.'
    : 'Targets differ by archetype here, so no single target is marked: choose one archetype to mark its target.';
  return `${lowest.domain_name} has the most respondents not yet at level 1 (${formatPercent(lowest.level_0!)}). ${mix}`;
}

/**
 * How respondents spread over levels 0-4 in each domain. The target is marked when every respondent shares it
 * (one archetype selected, or only one present); otherwise the axis and the table state the range of targets.
 */
export function LevelDistributionFigure({ distribution, targets, source }: LevelDistributionFigureProps) {
  const rows = distribution.data;
  const shown = displayRows(rows)?.map((row) => ({
    ...row,
    target:
      targetText(row.target_min, row.target_max) +
      (row.target_min === row.target_max ? '' : targetMix(targets, row.domain_id)),
  }));
  return (
    <FigureFrame
      title={DISTRIBUTION_TITLE}
      takeaway={rows ? takeaway(rows) : ''}
      source={source}
      provenance="illustrative"
      columns={[
        { key: 'domain_name', label: 'Domain' },
        { key: 'target', label: 'Target' },
        { key: 'respondents', label: 'Respondents', unit: 'count', format: formatInteger },
        { key: 'level_0', label: 'Level 0', unit: '%', format: formatPercent },
        { key: 'level_1', label: 'Level 1', unit: '%', format: formatPercent },
        { key: 'level_2', label: 'Level 2', unit: '%', format: formatPercent },
        { key: 'level_3', label: 'Level 3', unit: '%', format: formatPercent },
        { key: 'level_4', label: 'Level 4', unit: '%', format: formatPercent },
        { key: 'note', label: 'Note' },
      ]}
      rows={shown}
      error={distribution.error}
      updating={distribution.isPlaceholderData}
      onRetry={() => void distribution.refetch()}
    >
      {rows && (
        <LevelDistributionChart
          rows={rows}
          categoryLabel={(row) =>
            `${row.domain_name} (${singleTarget(row) ? `target ${row.target_min}` : `targets ${row.target_min} to ${row.target_max}`})`
          }
        />
      )}
    </FigureFrame>
  );
}
