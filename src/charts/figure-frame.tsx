import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { isPrecomputed } from '../data/precomputed';
import type { Row } from '../db/connector';
import { downloadBlob, slugify, toCsv } from './csv-export';
import { cellText, DataTable, headerText, type TableColumn } from './data-table';
import { pngBlob, svgBlob } from './image-export';
import { ProvenanceBadge, useUploadedFiles, type Provenance } from './provenance-badge';
import { createWidthMemory, RememberedWidth } from './use-element-width';
import { useVisibleFirst } from './use-visible-first';
import type { TableName } from '../data/catalogue';

export type { Provenance } from './provenance-badge';

export interface FigureFrameProps<T extends Row> {
  readonly title: string;
  /** One sentence that says what the chart shows; also the chart's text alternative. */
  readonly takeaway: string;
  readonly source: string;
  readonly provenance: Provenance;
  /** The tables the numbers come from, when not all of the view's (see ProvenanceBadge). */
  readonly tables?: readonly TableName[];
  readonly columns: readonly TableColumn<T>[];
  /** The rows the chart plots; undefined while loading. The table shows exactly these. */
  readonly rows: readonly T[] | undefined;
  readonly error?: Error | null;
  /** Set while `rows` are the previous filter's, kept in view while the new ones are computed. */
  readonly updating?: boolean;
  readonly onRetry?: () => void;
  readonly emptyMessage?: string;
  /**
   * Set when the chart has controls (bars or cells that filter). The chart is then a labelled group rather than
   * an image, so its buttons stay reachable by keyboard and screen readers.
   */
  readonly interactive?: boolean;
  readonly children: ReactNode;
}

/** Marks the first moment a chart shows real numbers, for the benchmark. */
function markFirstChart(): void {
  if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
}

/**
 * The frame every chart sits in (DESIGN.md section 4): title, takeaway, chart, source, table and downloads. Off
 * screen, it draws new numbers just after the charts on screen (useVisibleFirst); `data-drawn` says whether it
 * shows the latest it was given.
 */
export function FigureFrame<T extends Row>(latest: FigureFrameProps<T>) {
  const figureRef = useRef<HTMLElement>(null);
  const { shown: props, current: drawnLatest } = useVisibleFirst(figureRef, latest);
  const current = drawnLatest && !latest.updating;
  const { title, takeaway, source, provenance, columns, rows, error, onRetry, children } = props;
  const [showTable, setShowTable] = useState(false);
  const uploadedFiles = useUploadedFiles(props.tables);
  const chartRef = useRef<HTMLDivElement>(null);
  const [chartWidth] = useState(createWidthMemory);
  const tableId = useId();
  const fileName = slugify(title);
  const ready = rows !== undefined && !error;
  const hasData = ready && rows.length > 0;

  // HTML charts (the heat map) have no SVG to export; their numbers download as CSV.
  const [drawnInSvg, setDrawnInSvg] = useState(true);
  useEffect(() => {
    // Only once a chart is drawn: a chart whose code is still loading shows a placeholder in its place.
    if (hasData && chartRef.current?.querySelector('svg, .heat-map')) markFirstChart();
    setDrawnInSvg(!chartRef.current?.querySelector('.heat-map'));
  }, [hasData, rows]);

  // The chart's own surface: ours, or Recharts' (whose legend draws each key in a small svg.recharts-surface
  // that comes first).
  const chartSvg = () =>
    (chartRef.current?.querySelector('svg.chart-surface') ??
      chartRef.current?.querySelector('.recharts-wrapper > svg.recharts-surface') ??
      chartRef.current?.querySelector('svg.recharts-surface')) as SVGSVGElement | null;
  const downloadCsv = () => {
    if (!rows) return;
    const csv = toCsv(
      columns.map(headerText),
      rows.map((row) => columns.map((c) => (typeof row[c.key] === 'number' ? row[c.key] : cellText(c, row)))),
    );
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
  };
  const downloadImage = async (kind: 'png' | 'svg') => {
    const svg = chartSvg();
    if (!svg) return;
    downloadBlob(kind === 'png' ? await pngBlob(svg) : svgBlob(svg), `${fileName}.${kind}`);
  };

  return (
    <figure
      ref={figureRef}
      className="figure"
      aria-busy={(!ready && !error) || !current}
      data-state={error ? 'error' : ready ? 'ready' : 'loading'}
      data-drawn={current ? 'current' : 'pending'}
      data-source={ready ? (isPrecomputed(rows) ? 'build' : 'live') : undefined}
    >
      <figcaption>
        <h2 className="figure-title">{title}</h2>
      </figcaption>
      <p className="figure-takeaway">{hasData ? takeaway : '\u00a0'}</p>
      {error ? (
        <div role="alert" className="figure-message figure-error">
          <p>This chart could not be computed: {error.message}</p>
          {onRetry && (
            <button type="button" className="button button-secondary" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      ) : !ready ? (
        <p className="figure-message figure-loading">Loading data…</p>
      ) : !hasData ? (
        <p className="figure-message">{props.emptyMessage ?? 'No data matches the current filters.'}</p>
      ) : (
        <div
          ref={chartRef}
          className="figure-chart"
          role={props.interactive ? 'group' : 'img'}
          aria-label={`${title}. ${takeaway}`}
        >
          <RememberedWidth value={chartWidth}>{children}</RememberedWidth>
        </div>
      )}
      <p className="figure-source">
        {uploadedFiles.length > 0
          ? `Source: your upload (${uploadedFiles.join(', ')}), in place of the bundled extract (${source}).`
          : `Source: ${source}.`}{' '}
        <ProvenanceBadge provenance={provenance} {...(props.tables ? { tables: props.tables } : {})} />
      </p>
      {hasData && (
        <div className="figure-actions">
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? 'Hide table' : 'Show table'}
          </button>
          <button type="button" className="button button-secondary" onClick={downloadCsv}>
            Download CSV
          </button>
          {drawnInSvg && (
            <>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void downloadImage('png')}
              >
                Download PNG
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void downloadImage('svg')}
              >
                Download SVG
              </button>
            </>
          )}
        </div>
      )}
      {hasData && (
        <DataTable id={tableId} caption={title} columns={columns} rows={rows} hidden={!showTable} />
      )}
    </figure>
  );
}
