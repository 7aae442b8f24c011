import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent } from '../../charts/format';
import { HeatMap } from '../../charts/heat-map';
import { POINTS_OF_CARE } from '../../data/catalogue';
import { BarFigure } from './bar-figure';
import { MULTI_LABEL_NOTE, provenanceOf, ROADMAP_SOURCE, SINGLE_LABEL_NOTE } from './copy';
import { hasFilters, withoutFilters, type TechnologyFilters } from './filters';
import type { CareRow, YearsRow } from './queries';
import type { CareByYearsRow } from './queries-matrices';
import { viewAnalyses } from './view-analyses';
import { useAnalysis } from '../../data/use-analysis';
import { useCellFilter } from './use-cell-filter';

interface Props {
  readonly filters: TechnologyFilters;
}

export function CareFigure({ filters }: Props) {
  const own = withoutFilters(filters, 'care');
  const result = useAnalysis<CareRow>(viewAnalyses.care(filters));
  const top = result.data?.[0];
  return (
    <BarFigure
      title="Point of care"
      takeaway={
        top
          ? `${formatPercent(top.share)} of the technologies (${formatInteger(top.technologies)}) are used in ${top.point_of_care.toLowerCase()}. ${MULTI_LABEL_NOTE}`
          : ''
      }
      source={`${ROADMAP_SOURCE}. Published: the four points of care; illustrative: the counts`}
      provenance={provenanceOf(hasFilters(own), 'illustrative')}
      columns={[
        { key: 'point_of_care', label: 'Point of care' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
        { key: 'share', label: 'Share of technologies', unit: '%', format: formatPercent },
      ]}
      result={result}
      categoryKey="point_of_care"
      param="care"
      filterName="point of care"
      labelWidth={160}
    />
  );
}

export function YearsFigure({ filters }: Props) {
  const own = withoutFilters(filters, 'years');
  const result = useAnalysis<YearsRow>(viewAnalyses.years(filters));
  const within = result.data?.find((row) => row.years_to_deployment === 0);
  return (
    <BarFigure
      title="Time to deployment at scale"
      takeaway={`${within ? `${formatInteger(within.technologies)} technologies (${formatPercent(within.share)}) are likely to be ready for deployment at scale within a year.` : 'None of these technologies is likely to be ready within a year.'} ${SINGLE_LABEL_NOTE}`}
      source={`${ROADMAP_SOURCE}. Published: the 56 ready within a year; illustrative: the other years and any filtered selection`}
      provenance={provenanceOf(hasFilters(own), 'published and illustrative')}
      columns={[
        { key: 'time_to_deployment', label: 'Time to deployment' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
        { key: 'share', label: 'Share of technologies', unit: '%', format: formatPercent },
      ]}
      result={result}
      categoryKey="time_to_deployment"
      param="years"
      urlValue={(row) => String(row.years_to_deployment)}
      filterName="time to deployment"
      labelWidth={120}
    />
  );
}

/** Where the technologies of each time to deployment are used; unfiltered, the published 56 within a year. */
export function CareByYearsFigure({ filters }: Props) {
  const own = withoutFilters(filters, 'years', 'care');
  const result = useAnalysis<CareByYearsRow>(viewAnalyses.careByYears(filters));
  const rows = result.data ?? [];
  const labels = new Map(rows.map((row) => [row.time_to_deployment, String(row.years_to_deployment)]));
  const cells = useCellFilter('years', 'care', (label) => labels.get(label) ?? label);
  const within = rows.filter((row) => row.years_to_deployment === 0);
  const first = within[0];
  return (
    <FigureFrame
      title="Points of care by time to deployment"
      takeaway={
        first
          ? `Of the technologies ready within a year, ${within.map((r) => `${formatPercent(r.share)} are used in ${r.point_of_care.toLowerCase()}`).join(', ')}. Each cell is a share of its row; a technology can have several points of care, so a row adds up to more than 100%.`
          : 'Each cell is a share of its row; a technology can have several points of care, so a row adds up to more than 100%.'
      }
      source={`${ROADMAP_SOURCE}. Published: the points of care of the 56 technologies ready within a year (Secondary 77%, Primary 23%, Community 7%); illustrative: the rest`}
      provenance={provenanceOf(hasFilters(own), 'published and illustrative')}
      columns={[
        { key: 'time_to_deployment', label: 'Time to deployment' },
        { key: 'point_of_care', label: 'Point of care' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
        {
          key: 'share',
          label: 'Share of technologies with that time to deployment',
          unit: '%',
          format: formatPercent,
        },
      ]}
      rows={result.data}
      error={result.error}
      updating={result.isPlaceholderData}
      onRetry={() => void result.refetch()}
      interactive
    >
      <div className="heat-map-frame">
        <HeatMap
          rows={rows}
          rowKey="time_to_deployment"
          columnKey="point_of_care"
          valueKey="share"
          rowOrder={[...labels.keys()]}
          columnOrder={POINTS_OF_CARE}
          rowLabel="Time to deployment"
          format={formatPercent}
          max={100}
          minCellWidth="5.5em"
          selectLabel="Filter by time to deployment and point of care"
          onSelect={cells.onSelect}
          onIntent={cells.onIntent}
          onIntentEnd={cells.onIntentEnd}
          isSelected={cells.isSelected}
        />
      </div>
    </FigureFrame>
  );
}
