import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent } from '../../charts/format';
import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import { isSuppressed, SUPPRESSION_REASON } from '../../data/small-numbers';
import { displayRows, shortIcbName, suppressedLabel } from './display';
import type { ComparisonRow } from './comparison-queries';
import type { ComparisonResult } from './use-icb-comparison';

export const COMPARISON_TITLE = 'ICB compared with its region and England';

interface ComparisonFigureProps {
  /** Undefined when no ICB is chosen. */
  readonly comparison: ComparisonResult | undefined;
  readonly source: string;
}

const AREAS = ['icb', 'region', 'england'] as const;

const respondentsOf = (row: ComparisonRow, key: string) =>
  row[`${key.replace(/_share$/, '')}_respondents` as keyof ComparisonRow] as number;

function note(row: ComparisonRow): string {
  const small = AREAS.filter((area) => isSuppressed(row[`${area}_respondents`]));
  const names = { icb: 'ICB', region: 'region', england: 'England' };
  return small.length === 0 ? '' : `${small.map((a) => names[a]).join(', ')}: ${SUPPRESSION_REASON}`;
}

function takeaway(rows: readonly ComparisonRow[]): string {
  const all = rows[0];
  if (!all) return '';
  const icb = shortIcbName(all.icb_name);
  if (all.icb_share === null) {
    return `${icb} has ${formatInteger(all.icb_respondents)} respondents in this selection, fewer than 10, so its share is suppressed.`;
  }
  const versus = (share: number | null, name: string) =>
    share === null ? `${name}: suppressed` : `${name} ${formatPercent(share)}`;
  return `${formatPercent(all.icb_share)} of assessments in ${icb} meet the target across all domains (${versus(all.region_share, all.region)}; ${versus(all.england_share, 'England')}).`;
}

/**
 * The chosen ICB beside its own region and England, for each domain: three labelled bars per domain, so the
 * series are told apart by their printed names, not their colours.
 */
export function ComparisonFigure({ comparison, source }: ComparisonFigureProps) {
  const rows = comparison ? comparison.data : [];
  const first = rows?.[0];
  const icb = first ? shortIcbName(first.icb_name) : 'ICB';
  const region = first?.region ?? 'Region';
  return (
    <FigureFrame
      title={COMPARISON_TITLE}
      takeaway={rows ? takeaway(rows) : ''}
      source={source}
      provenance="illustrative"
      columns={[
        { key: 'domain_name', label: 'Domain' },
        { key: 'icb_respondents', label: `${icb} respondents`, unit: 'count', format: formatInteger },
        { key: 'icb_share', label: `${icb} meeting target`, unit: '%', format: formatPercent },
        { key: 'region_respondents', label: `${region} respondents`, unit: 'count', format: formatInteger },
        { key: 'region_share', label: `${region} meeting target`, unit: '%', format: formatPercent },
        { key: 'england_respondents', label: 'England respondents', unit: 'count', format: formatInteger },
        { key: 'england_share', label: 'England meeting target', unit: '%', format: formatPercent },
        { key: 'note', label: 'Note' },
      ]}
      rows={displayRows(rows, note)}
      error={comparison?.error}
      updating={comparison?.isPlaceholderData}
      onRetry={() => comparison?.refetch()}
      emptyMessage="Choose an ICB in the filters above to compare it with its region and England."
    >
      {rows && (
        <GroupedBarChart
          rows={rows}
          categoryKey="domain_name"
          series={[
            { key: 'icb_share', label: icb, short: 'ICB' },
            { key: 'region_share', label: region, short: 'Region' },
            { key: 'england_share', label: 'England', short: 'England' },
          ]}
          format={formatPercent}
          missingText={(row, key) => suppressedLabel(respondentsOf(row, key))}
          maxValue={100}
          labelWidth={180}
        />
      )}
    </FigureFrame>
  );
}
