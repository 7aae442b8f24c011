import { useState } from 'react';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent } from '../../charts/format';
import { HeatMap } from '../../charts/heat-map';
import { BarFigure } from './bar-figure';
import { MULTI_LABEL_NOTE, provenanceOf, ROADMAP_SOURCE, SINGLE_LABEL_NOTE } from './copy';
import { hasFilters, withoutFilters, type TechnologyFilters } from './filters';
import type { AreaRow, GroupRow } from './queries';
import type { AreaGroupRow } from './queries-matrices';
import { useAnalysis } from '../../data/use-analysis';
import { useCellFilter } from './use-cell-filter';
import { MATRIX_AREAS, MATRIX_GROUPS, TOP_AREAS, TOP_GROUPS, viewAnalyses } from './view-analyses';

interface Props {
  readonly filters: TechnologyFilters;
}

function ShowAll(props: {
  all: boolean;
  count: number;
  noun: string;
  top: number;
  onChange: (all: boolean) => void;
}) {
  const { all, count, noun, top, onChange } = props;
  if (count <= top) return null;
  return (
    <button type="button" className="button button-secondary" onClick={() => onChange(!all)}>
      {all ? `Show the top ${top} only` : `Show all ${formatInteger(count)} ${noun}`}
    </button>
  );
}

export function GroupsFigure({ filters }: Props) {
  const [all, setAll] = useState(false);
  const own = withoutFilters(filters, 'group');
  const result = useAnalysis<GroupRow>(viewAnalyses.groups(filters, all));
  const rows = result.data ?? [];
  const count = rows[0]?.categories ?? 0;
  const top = rows[0];
  const extra = all ? 0 : Math.max(0, rows.length - TOP_GROUPS);
  return (
    <BarFigure
      title={
        all
          ? `Most affected workforce groups (all ${formatInteger(count)})`
          : `Most affected workforce groups (top ${TOP_GROUPS})`
      }
      takeaway={
        top
          ? `${top.workforce_group} are direct users of ${formatInteger(top.technologies)} technologies (${formatPercent(top.share)}).${extra > 0 ? ` Chosen groups outside the top ${TOP_GROUPS} follow it.` : ''} ${MULTI_LABEL_NOTE}`
          : ''
      }
      source={`${ROADMAP_SOURCE}. Published: the five most affected groups; illustrative: the rest and any filtered selection`}
      provenance={provenanceOf(hasFilters(own), 'published and illustrative')}
      columns={[
        { key: 'workforce_group', label: 'Workforce group' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
        { key: 'share', label: 'Share of technologies', unit: '%', format: formatPercent },
      ]}
      result={result}
      categoryKey="workforce_group"
      param="group"
      filterName="workforce group"
      labelWidth={220}
      controls={<ShowAll all={all} count={count} noun="groups" top={TOP_GROUPS} onChange={setAll} />}
    />
  );
}

export function AreasFigure({ filters }: Props) {
  const [all, setAll] = useState(false);
  const own = withoutFilters(filters, 'area');
  const result = useAnalysis<AreaRow>(viewAnalyses.areas(filters, all));
  const rows = result.data ?? [];
  const count = rows[0]?.categories ?? 0;
  const top = rows[0];
  return (
    <BarFigure
      title={
        all
          ? `Technologies by clinical area (all ${formatInteger(count)})`
          : `Technologies by clinical area (top ${TOP_AREAS})`
      }
      takeaway={
        top
          ? `${top.clinical_area} is the largest: ${formatInteger(top.technologies)} technologies (${formatPercent(top.share)}), of ${formatInteger(count)} clinical areas. ${SINGLE_LABEL_NOTE}`
          : ''
      }
      source={`${ROADMAP_SOURCE}. Published: the number of clinical areas and the shares of the four largest; illustrative: the rest and any filtered selection`}
      provenance={provenanceOf(hasFilters(own), 'published and illustrative')}
      columns={[
        { key: 'clinical_area', label: 'Clinical area' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
        { key: 'share', label: 'Share of technologies', unit: '%', format: formatPercent },
      ]}
      result={result}
      categoryKey="clinical_area"
      param="area"
      filterName="clinical area"
      labelWidth={200}
      controls={<ShowAll all={all} count={count} noun="clinical areas" top={TOP_AREAS} onChange={setAll} />}
    />
  );
}

/** Which of the largest groups work in which of the largest clinical areas. */
export function AreaGroupFigure({ filters }: Props) {
  const result = useAnalysis<AreaGroupRow>(viewAnalyses.areaByGroup(filters));
  const cells = useCellFilter('area', 'group');
  const rows = result.data ?? [];
  const areas = [...new Set(rows.map((r) => r.clinical_area))];
  const groups = [
    ...new Set([...rows].sort((a, b) => a.group_rank - b.group_rank).map((r) => r.workforce_group)),
  ];
  const largest = rows.reduce<AreaGroupRow | undefined>(
    (best, r) => (!best || r.technologies > best.technologies ? r : best),
    undefined,
  );
  return (
    <FigureFrame
      title={`Clinical areas by workforce group (${MATRIX_GROUPS} largest groups, their ${MATRIX_AREAS} largest areas)`}
      takeaway={
        largest
          ? `The largest overlap is ${largest.workforce_group} in ${largest.clinical_area}: ${formatInteger(largest.technologies)} technologies. A technology with several groups counts in each of their columns.`
          : ''
      }
      source={`${ROADMAP_SOURCE}. Illustrative: which groups use technologies in which clinical area is not published`}
      provenance="illustrative"
      columns={[
        { key: 'clinical_area', label: 'Clinical area' },
        { key: 'workforce_group', label: 'Workforce group' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
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
          rowKey="clinical_area"
          columnKey="workforce_group"
          valueKey="technologies"
          rowOrder={areas}
          columnOrder={groups}
          rowLabel="Clinical area"
          format={formatInteger}
          minCellWidth="6.5em"
          selectLabel="Filter by clinical area and workforce group"
          onSelect={cells.onSelect}
          onIntent={cells.onIntent}
          onIntentEnd={cells.onIntentEnd}
          isSelected={cells.isSelected}
        />
      </div>
    </FigureFrame>
  );
}
