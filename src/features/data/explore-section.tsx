import { useEffect, useState, useSyncExternalStore } from 'react';
import { formatInteger, formatDateTime } from '../../charts/format';
import { removeExploreInBrowser, restoreExploreInBrowser } from '../../data/upload/browser-upload';
import { exploreTables, subscribeToExploreTables } from '../../data/upload/explore-tables';
import { TableProfile } from './table-profile';

/** CSVs that match no catalogue table, each loaded as a table of its own with a profile of its columns. */
export function ExploreSection() {
  const tables = useSyncExternalStore(subscribeToExploreTables, exploreTables);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Tables kept from an earlier visit are listed once they are back in the engine.
    restoreExploreInBrowser().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <section aria-labelledby="explore-heading" className="panel">
      <h2 id="explore-heading">Your own tables</h2>
      {error && <p role="alert">Saved tables could not be restored: {error}</p>}
      {tables.length === 0 ? (
        <p>
          None yet. Upload a CSV that matches none of the tables above and it appears here, with a profile of
          its columns.
        </p>
      ) : (
        tables.map((table) => (
          <article key={table.name} className="explore-table" aria-labelledby={`explore-${table.name}`}>
            <h3 id={`explore-${table.name}`}>
              <code>{table.name}</code>
            </h3>
            <p>
              From {table.fileName}, loaded {formatDateTime(table.loadedAt)}: {formatInteger(table.rows)}{' '}
              rows, {table.columns.length} columns. Query it in the SQL workbench below as{' '}
              <code>{table.name}</code>.
            </p>
            <TableProfile table={table} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                void removeExploreInBrowser(table.name).catch((e: unknown) => setError(String(e)))
              }
            >
              Remove {table.name}
            </button>
          </article>
        ))
      )}
    </section>
  );
}
