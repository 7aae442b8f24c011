import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { HorizontalBarChart } from '../../charts/bar-chart';
import { FigureFrame, type Provenance } from '../../charts/figure-frame';
import type { TableColumn } from '../../charts/data-table';
import { formatInteger } from '../../charts/format';
import type { Row } from '../../db/connector';
import { useIntentPrefetch } from '../../data/intent-prefetch';
import { parseHash, withFilter, type FilterParam } from '../../state/hash-location';
import { useFilter } from '../../state/use-hash-location';
import { toggleValue } from './selection';

interface BarFigureProps<T extends Row> {
  readonly title: string;
  readonly takeaway: string;
  readonly source: string;
  readonly provenance: Provenance;
  readonly columns: readonly TableColumn<T>[];
  readonly result: UseQueryResult<T[]>;
  readonly categoryKey: keyof T & string;
  /** The filter a bar toggles, and the URL value of a row (its category unless said otherwise). */
  readonly param: FilterParam;
  readonly urlValue?: (row: T) => string;
  /** What the bars choose, for the toolbar's name: "technology type" gives "Filter by technology type". */
  readonly filterName: string;
  readonly labelWidth?: number;
  /** Controls that change what the chart shows, such as "Show all". */
  readonly controls?: ReactNode;
}

/** A ranked bar chart of technology counts whose bars toggle a URL filter, in its figure frame. */
export function BarFigure<T extends Row & { technologies: number }>(props: BarFigureProps<T>) {
  const { result, categoryKey, param } = props;
  const [values] = useFilter(param);
  const urlValue = props.urlValue ?? ((row: T) => String(row[categoryKey]));
  const prefetch = useIntentPrefetch();
  // From the URL as it is now, not as it was at the last render, so quick key presses all count.
  const nextHash = (row: T) => {
    const current = parseHash(window.location.hash);
    return withFilter(current, param, toggleValue(current.params.getAll(param), urlValue(row)));
  };
  return (
    <FigureFrame
      title={props.title}
      takeaway={props.takeaway}
      source={props.source}
      provenance={props.provenance}
      columns={props.columns}
      rows={result.data}
      error={result.error}
      updating={result.isPlaceholderData}
      onRetry={() => void result.refetch()}
      interactive
    >
      {props.controls && <div className="chart-controls">{props.controls}</div>}
      {result.data && (
        <HorizontalBarChart
          rows={result.data}
          categoryKey={categoryKey}
          valueKey="technologies"
          valueLabel="Technologies"
          format={formatInteger}
          labelWidth={props.labelWidth ?? 200}
          selectLabel={`Filter by ${props.filterName}`}
          onSelect={(_, row) => {
            window.location.hash = nextHash(row);
          }}
          onIntent={(_, row) => prefetch.intent(nextHash(row))}
          onIntentEnd={prefetch.cancel}
          isSelected={(_, row) => values.includes(urlValue(row))}
        />
      )}
    </FigureFrame>
  );
}
