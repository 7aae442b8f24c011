import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent } from '../../charts/format';
import { HeatMap } from '../../charts/heat-map';
import { IMPACT_LEVELS } from '../../data/catalogue';
import { ROADMAP_SOURCE } from './copy';
import type { TechnologyFilters } from './filters';
import { IMPACT_ON, type ImpactRow } from './queries-matrices';
import { viewAnalyses } from './view-analyses';
import { useAnalysis } from '../../data/use-analysis';

/** Impact ratings are not a URL filter, so this chart follows every filter and sets none. */
export function ImpactFigure({ filters }: { readonly filters: TechnologyFilters }) {
  const result = useAnalysis<ImpactRow>(viewAnalyses.impact(filters));
  const rows = result.data ?? [];
  const high = IMPACT_ON.map((on) => rows.find((r) => r.impact_on === on && r.rating === 'High'));
  return (
    <FigureFrame
      title="Impact on the workforce, the pathway and the system"
      takeaway={`Rated high impact: ${IMPACT_ON.map((on, i) => `${formatPercent(high[i]?.share ?? 0)} on the ${on.toLowerCase()}`).join(', ')}. Each technology has one rating for each, so a row adds up to 100%.`}
      source={`${ROADMAP_SOURCE}. Illustrative: the AI Roadmap rated each technology's impact but the ratings are not published`}
      provenance="illustrative"
      columns={[
        { key: 'impact_on', label: 'Impact on' },
        { key: 'rating', label: 'Rating' },
        { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
        { key: 'share', label: 'Share of technologies', unit: '%', format: formatPercent },
      ]}
      rows={result.data}
      error={result.error}
      updating={result.isPlaceholderData}
      onRetry={() => void result.refetch()}
    >
      <div className="heat-map-frame">
        <HeatMap
          rows={rows}
          rowKey="impact_on"
          columnKey="rating"
          valueKey="technologies"
          rowOrder={IMPACT_ON}
          columnOrder={IMPACT_LEVELS}
          rowLabel="Impact on"
          format={formatInteger}
        />
      </div>
    </FigureFrame>
  );
}
