import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger } from '../../charts/format';
import { HeatMap } from '../../charts/heat-map';
import { REGIONS, TECHNOLOGY_TYPES } from '../../data/catalogue';
import { breakAfterSlash, DEPLOYMENT_SOURCE, withoutBreaks } from './copy';
import type { TechnologyFilters } from './filters';
import type { IcbSpreadRow, RegionSpreadRow } from './queries-matrices';
import { viewAnalyses } from './view-analyses';
import type { FilterOptionRow } from './queries-list';
import { useAnalysis } from '../../data/use-analysis';
import { useCellFilter } from './use-cell-filter';

const TYPE_COLUMNS = TECHNOLOGY_TYPES.map(breakAfterSlash);
const drawnTypes = <T extends { technology_type: string }>(rows: readonly T[]): T[] =>
  rows.map((row) => ({ ...row, technology_type: breakAfterSlash(row.technology_type) }));

const SPREAD_NOTE =
  'Each cell counts distinct technologies in use there; one technology can be in use in several places, so cells do not add up to the total.';

export function RegionSpreadFigure({ filters }: { readonly filters: TechnologyFilters }) {
  const result = useAnalysis<RegionSpreadRow>(viewAnalyses.regions(filters));
  const cells = useCellFilter('region', 'type', undefined, withoutBreaks);
  const rows = result.data ?? [];
  const largest = rows.reduce<RegionSpreadRow | undefined>(
    (best, r) => (!best || r.technologies > best.technologies ? r : best),
    undefined,
  );
  return (
    <FigureFrame
      title="Spread by NHS region and type"
      takeaway={
        largest
          ? `The most widely used in one region: ${formatInteger(largest.technologies)} ${largest.technology_type} technologies in ${largest.region}. ${SPREAD_NOTE}`
          : ''
      }
      source={DEPLOYMENT_SOURCE}
      provenance="illustrative"
      columns={[
        { key: 'region', label: 'NHS region' },
        { key: 'technology_type', label: 'Technology type' },
        { key: 'technologies', label: 'Technologies in use', unit: 'count', format: formatInteger },
      ]}
      rows={result.data}
      error={result.error}
      updating={result.isPlaceholderData}
      onRetry={() => void result.refetch()}
      interactive
    >
      <div className="heat-map-frame">
        <HeatMap
          rows={drawnTypes(rows)}
          rowKey="region"
          columnKey="technology_type"
          valueKey="technologies"
          rowOrder={REGIONS}
          columnOrder={TYPE_COLUMNS}
          minCellWidth="6.5em"
          rowLabel="NHS region"
          format={formatInteger}
          selectLabel="Filter by NHS region and type"
          onSelect={cells.onSelect}
          onIntent={cells.onIntent}
          onIntentEnd={cells.onIntentEnd}
          isSelected={cells.isSelected}
        />
      </div>
    </FigureFrame>
  );
}

interface IcbProps {
  readonly filters: TechnologyFilters;
  /** Every ICB with its label and region, so ICBs with nothing in use still get a row. */
  readonly icbs: readonly FilterOptionRow[];
}

/** ICBs against type; with a region chosen, only that region's ICBs. */
export function IcbSpreadFigure({ filters, icbs }: IcbProps) {
  const result = useAnalysis<IcbSpreadRow>(viewAnalyses.icbs(filters));
  const shown = icbs.filter(
    (icb) => filters.region.length === 0 || filters.region.includes(icb.parent ?? ''),
  );
  const codes = new Map(shown.map((icb) => [icb.label, icb.value]));
  const cells = useCellFilter('icb', 'type', (label) => codes.get(label) ?? label, withoutBreaks);
  const rows = result.data ?? [];
  const where = filters.region.length > 0 ? ` in ${filters.region.join(' and ')}` : '';
  const reached = new Set(rows.map((r) => r.icb_code)).size;
  return (
    <FigureFrame
      title="Spread by ICB and type"
      takeaway={`${formatInteger(reached)} of ${formatInteger(shown.length)} ICBs${where} have at least one of these technologies in use. ${SPREAD_NOTE}`}
      source={DEPLOYMENT_SOURCE}
      provenance="illustrative"
      columns={[
        { key: 'icb', label: 'ICB' },
        { key: 'region', label: 'NHS region' },
        { key: 'technology_type', label: 'Technology type' },
        { key: 'technologies', label: 'Technologies in use', unit: 'count', format: formatInteger },
      ]}
      rows={result.data}
      error={result.error}
      updating={result.isPlaceholderData}
      onRetry={() => void result.refetch()}
      interactive
    >
      <div className="heat-map-frame heat-map-wide">
        <HeatMap
          rows={drawnTypes(rows)}
          rowKey="icb"
          columnKey="technology_type"
          valueKey="technologies"
          rowOrder={shown.map((icb) => icb.label)}
          columnOrder={TYPE_COLUMNS}
          minCellWidth="6.5em"
          rowLabel="ICB"
          format={formatInteger}
          selectLabel="Filter by ICB and type"
          onSelect={cells.onSelect}
          onIntent={cells.onIntent}
          onIntentEnd={cells.onIntentEnd}
          isSelected={cells.isSelected}
        />
      </div>
    </FigureFrame>
  );
}
