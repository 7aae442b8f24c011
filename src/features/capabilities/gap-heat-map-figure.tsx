import type { UseQueryResult } from '@tanstack/react-query';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent, formatTwoDecimals } from '../../charts/format';
import { HeatMap } from '../../charts/heat-map';
import { SUPPRESSED } from '../../data/small-numbers';
import { displayRows } from './display';
import type { GapCellRow } from './queries';

export const GAP_HEAT_MAP_TITLE = 'Capability gap by archetype and domain';

/** A fixed colour scale, so the same gap has the same shade whatever the selection; wider gaps are darkest. */
const FULL_SHADE_GAP = 2;

interface GapHeatMapFigureProps {
  readonly cells: UseQueryResult<GapCellRow[]>;
  readonly source: string;
}

const cellText = (row: GapCellRow) =>
  row.mean_gap === null || row.share_meeting === null
    ? `${SUPPRESSED}\nn = ${formatInteger(row.respondents)}`
    : `gap ${formatTwoDecimals(row.mean_gap)}\n${formatPercent(row.share_meeting)} meet`;

function takeaway(rows: readonly GapCellRow[]): string {
  const shown = rows.filter((r) => r.mean_gap !== null && r.share_meeting !== null);
  const widest = shown.reduce<GapCellRow | undefined>(
    (max, r) => (max === undefined || r.mean_gap! > max.mean_gap! ? r : max),
    undefined,
  );
  if (!widest) return `Every cell has fewer than 10 respondents, so no gap can be shown.`;
  const hidden = rows.length - shown.length;
  return (
    `The widest gap is ${widest.archetype} in ${widest.domain_name}: ${formatTwoDecimals(widest.mean_gap!)} levels ` +
    `below target on average (target level ${widest.target_level}), with ${formatPercent(widest.share_meeting!)} meeting it.` +
    (hidden > 0
      ? ` ${hidden} of ${rows.length} cells have fewer than 10 respondents and are suppressed.`
      : '')
  );
}

/**
 * Archetype against domain. Each cell prints the mean gap and the share meeting target, so it reads without its
 * shading (darker is a wider gap); a cell under ten respondents prints its count and "suppressed" instead.
 */
export function GapHeatMapFigure({ cells, source }: GapHeatMapFigureProps) {
  const rows = cells.data;
  const archetypes = [...new Set(rows?.map((r) => r.archetype))];
  const domains = [...new Set(rows?.map((r) => r.domain_name))];
  return (
    <div className="figure-wide capability-heat-map">
      <FigureFrame
        title={GAP_HEAT_MAP_TITLE}
        takeaway={rows ? takeaway(rows) : ''}
        source={source}
        provenance="illustrative"
        columns={[
          { key: 'archetype', label: 'Archetype' },
          { key: 'domain_name', label: 'Domain' },
          { key: 'target_level', label: 'Target level', unit: 'level', format: formatInteger },
          { key: 'respondents', label: 'Respondents', unit: 'count', format: formatInteger },
          { key: 'mean_gap', label: 'Mean gap', unit: 'levels', format: formatTwoDecimals },
          { key: 'share_meeting', label: 'Meeting target', unit: '%', format: formatPercent },
          { key: 'note', label: 'Note' },
        ]}
        rows={displayRows(rows)}
        error={cells.error}
        updating={cells.isPlaceholderData}
        onRetry={() => void cells.refetch()}
        interactive
      >
        {rows && (
          <>
            {/* The grid scrolls sideways on a narrow screen; focusable so a keyboard can scroll it too. */}
            <div
              className="heat-map-scroll"
              tabIndex={0}
              role="region"
              aria-label={`${GAP_HEAT_MAP_TITLE}: grid`}
            >
              <HeatMap
                rows={rows}
                rowKey="archetype"
                columnKey="domain_name"
                valueKey="mean_gap"
                rowOrder={archetypes}
                columnOrder={domains}
                rowLabel="Archetype"
                format={formatTwoDecimals}
                cellText={cellText}
                minCellWidth="6.5em"
                max={FULL_SHADE_GAP}
              />
            </div>
            <p className="figure-note">
              Each cell: the mean gap in levels below the archetype&rsquo;s target (0 where it is met) and the
              share of respondents meeting the target; darker cells have wider gaps (darkest at{' '}
              {FULL_SHADE_GAP} levels or more). A cell with fewer than 10 respondents shows their number and
              &ldquo;{SUPPRESSED}&rdquo; instead.
            </p>
          </>
        )}
      </FigureFrame>
    </div>
  );
}
