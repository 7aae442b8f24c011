import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatSignedInteger } from '../../charts/format';
import { BASELINE_YEAR, TARGET_YEAR } from './queries';
import { SupplyDemandChart } from './supply-demand-chart';
import type { SupplyResult } from '../../data/supply-model';
import type { SupplyTableRow } from './supply-rows';
import type { Area } from './use-area';

interface SupplyFigureProps {
  readonly scenario: string;
  readonly area: Area;
  readonly result: SupplyResult | undefined;
  readonly rows: readonly SupplyTableRow[] | undefined;
  readonly error: Error | null;
  readonly onRetry: () => void;
}

// Rounded before the sign is chosen, so a gap of a fraction of a WTE never prints as "−0".
const formatGap = (value: number) => formatSignedInteger(Math.round(value));

/** One sentence on the result: when the gap closes, or how large it still is at the end. */
export function supplySummary(result: SupplyResult, area: Area): string {
  const first = result.rows[0];
  const last = result.rows.at(-1);
  if (!first || !last) return '';
  const where = area.label;
  if (result.gapClosesIn === first.year) {
    return `With these assumptions, supply meets demand in ${where} in every year from ${first.year} to ${last.year}.`;
  }
  const peak = result.rows.reduce((a, b) => (b.gap > a.gap ? b : a));
  if (result.gapClosesIn !== null) {
    return `With these assumptions, the gap in ${where} peaks at ${formatInteger(peak.gap)} WTE in ${peak.year} and closes in ${result.gapClosesIn}.`;
  }
  return `With these assumptions, the gap in ${where} does not close by ${last.year}: supply reaches ${formatInteger(last.supply)} WTE against ${formatInteger(last.demand)} needed, ${formatInteger(last.gap)} WTE short.`;
}

/** Supply from the planner's assumptions against the scenario's demand, and the gap each year. */
export function SupplyFigure({ scenario, area, result, rows, error, onRetry }: SupplyFigureProps) {
  return (
    <FigureFrame
      title={`Supply against demand, ${scenario}, ${area.label}, ${BASELINE_YEAR} to ${TARGET_YEAR}`}
      takeaway={result ? supplySummary(result, area) : ''}
      source={`Demand: the ${scenario} projection (HEE, Data driven healthcare in 2030, March 2021; years between 2020 and 2030 interpolated)${area.kind === 'icb' ? `, scaled to ${area.label}` : ''}. Supply: the assumptions set on this page, whose defaults other than the starting workforce are illustrative`}
      provenance={area.kind === 'icb' ? 'illustrative' : 'published and illustrative'}
      columns={[
        { key: 'year', label: 'Year', format: String },
        { key: 'demand', label: 'Demand', unit: 'WTE', format: formatInteger },
        { key: 'supply', label: 'Supply', unit: 'WTE', format: formatInteger },
        { key: 'gap', label: 'Gap, demand less supply', unit: 'WTE', format: formatGap },
        { key: 'basis', label: 'Basis' },
      ]}
      rows={rows}
      error={error}
      onRetry={onRetry}
      emptyMessage={`The projection has no rows for the scenario "${scenario}".`}
    >
      {rows && result && (
        <SupplyDemandChart rows={rows} format={formatInteger} closesIn={result.gapClosesIn} />
      )}
    </FigureFrame>
  );
}
