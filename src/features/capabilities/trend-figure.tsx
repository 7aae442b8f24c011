import type { UseQueryResult } from '@tanstack/react-query';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent } from '../../charts/format';
import { displayRows } from './display';
import type { RoundTrendRow } from './queries';
import { TrendChart } from './trend-chart';

export const TREND_TITLE = 'Share meeting target by assessment round';

interface TrendFigureProps {
  readonly trend: UseQueryResult<RoundTrendRow[]>;
  readonly selectedRound: string | null;
  readonly source: string;
}

function takeaway(rows: readonly RoundTrendRow[]): string {
  const shown = rows.filter((r) => r.share_meeting !== null);
  const first = shown[0];
  const last = shown[shown.length - 1];
  const hidden = rows.length - shown.length;
  const suppressed =
    hidden > 0
      ? ` ${hidden} of ${rows.length} rounds have fewer than 10 respondents and are suppressed.`
      : '';
  if (!first || !last)
    return `Every round has fewer than 10 respondents in this selection, so shares are suppressed.`;
  if (first === last)
    return `Only ${first.round} has enough respondents to show: ${formatPercent(first.share_meeting!)} meeting target.${suppressed}`;
  return `The share meeting target went from ${formatPercent(first.share_meeting!)} in ${first.round} to ${formatPercent(last.share_meeting!)} in ${last.round}.${suppressed}`;
}

/** Change over time for the current selection; every filter applies except the round, which is marked instead. */
export function TrendFigure({ trend, selectedRound, source }: TrendFigureProps) {
  const rows = trend.data;
  return (
    <FigureFrame
      title={TREND_TITLE}
      takeaway={rows ? takeaway(rows) : ''}
      source={source}
      provenance="illustrative"
      columns={[
        { key: 'round', label: 'Assessment round' },
        { key: 'respondents', label: 'Respondents', unit: 'count', format: formatInteger },
        {
          key: 'share_meeting',
          label: 'Meeting target',
          unit: '% of respondent-domains',
          format: formatPercent,
        },
        { key: 'note', label: 'Note' },
      ]}
      rows={displayRows(rows)}
      error={trend.error}
      updating={trend.isPlaceholderData}
      onRetry={() => void trend.refetch()}
    >
      {rows && <TrendChart rows={rows} selectedRound={selectedRound} />}
    </FigureFrame>
  );
}
