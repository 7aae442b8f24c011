import { useCallback, useDeferredValue, useId, useRef, useState } from 'react';
import { useVisibleFirst } from '../../charts/use-visible-first';
import { downloadBlob, toCsv } from '../../charts/csv-export';
import { formatInteger } from '../../charts/format';
import type { TechnologyFilters } from './filters';
import type { ListSort, SortDirection, TechnologyListRow } from './queries-list';
import { TechnologyTable } from './technology-table';
import { useAnalysis } from '../../data/use-analysis';
import { viewAnalyses } from './view-analyses';

const CSV_COLUMNS: readonly [keyof TechnologyListRow & string, string][] = [
  ['technology_id', 'Technology ID'],
  ['technology_name', 'Name'],
  ['technology_type', 'Technology type'],
  ['technology_subtype', 'Subtype'],
  ['clinical_area', 'Clinical area'],
  ['years_to_deployment', 'Years to deployment (0: within a year)'],
  ['workforce_groups', 'Workforce groups'],
  ['points_of_care', 'Points of care'],
  ['impact_workforce', 'Impact on the primary workforce group'],
  ['impact_pathway', 'Impact on the pathway'],
  ['impact_system', 'Impact on the system'],
  ['icbs', 'ICBs where in use (count)'],
];

/** The technologies behind the current selection: searchable, sortable, downloadable as shown. */
export function TechnologyList({ filters }: { readonly filters: TechnologyFilters }) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: ListSort; direction: SortDirection }>({
    key: 'technology_id',
    direction: 'ascending',
  });
  const deferredSearch = useDeferredValue(search);
  const result = useAnalysis<TechnologyListRow>(viewAnalyses.list(filters, deferredSearch, sort));
  const rows = result.data ?? [];
  const matches = rows[0]?.matches ?? 0;
  // The list is the page's largest piece of DOM (a row per technology); below the charts, it updates after them.
  const sectionRef = useRef<HTMLElement>(null);
  const table = useVisibleFirst(sectionRef, rows);
  const onSort = useCallback(
    (key: ListSort) =>
      setSort((current) => ({
        key,
        direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
      })),
    [],
  );
  const download = () => {
    const csv = toCsv(
      CSV_COLUMNS.map(([, header]) => header),
      rows.map((row) => CSV_COLUMNS.map(([key]) => row[key])),
    );
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'ai-roadmap-technologies.csv');
  };

  return (
    <section
      ref={sectionRef}
      className="technology-list"
      aria-labelledby="technology-list-heading"
      aria-busy={!table.current}
    >
      <h2 id="technology-list-heading" tabIndex={-1}>
        Technologies in this selection
      </h2>
      <div className="technology-list-controls">
        <div className="filter">
          <label htmlFor={searchId}>Search technologies</label>
          <input
            id={searchId}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            autoComplete="off"
          />
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={download}
          disabled={rows.length === 0}
        >
          Download list as CSV
        </button>
      </div>
      <p role="status" className="technology-list-status">
        {result.isPending
          ? 'Loading technologies…'
          : result.error
            ? `The list could not be loaded: ${result.error.message}`
            : `${formatInteger(matches)} ${matches === 1 ? 'technology matches' : 'technologies match'}${deferredSearch.trim() ? ` “${deferredSearch.trim()}”` : ''}${matches > rows.length ? `; showing the first ${formatInteger(rows.length)}` : ''}.`}
      </p>
      {table.shown.length > 0 && <TechnologyTable rows={table.shown} sort={sort} onSort={onSort} />}
    </section>
  );
}
