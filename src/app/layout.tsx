import { formatDateTime } from '../charts/format';
import { Suspense, useEffect, useRef, useSyncExternalStore } from 'react';
import { TABLE_NAMES, type TableName } from '../data/catalogue';
import { provenanceSnapshot, subscribeToProvenance, type ProvenanceSnapshot } from '../data/dataset-versions';

import { useHashLocation } from '../state/use-hash-location';
import { ViewTablesContext } from '../charts/provenance-badge';
import { EngineBanner } from './engine-banner';
import { ErrorBoundary } from './error-boundary';
import { SavedElsewhereNotice } from './saved-elsewhere-notice';
import { SettledMark } from './settled-mark';
import { ROUTE_DEFINITIONS } from './routes';

const APP_NAME = 'Workforce readiness for AI and digital';

/**
 * The tables each view reads, so its marker, and each figure's source line, can say whether any of them holds
 * uploaded data.
 */
const VIEW_TABLES: Readonly<Record<string, readonly TableName[]>> = {
  '/technologies': [
    'ai_roadmap_technologies',
    'ai_roadmap_workforce_groups',
    'ai_roadmap_points_of_care',
    'ai_roadmap_deployments',
    'icbs',
  ],
  '/capabilities': ['capability_assessments', 'capability_targets', 'capability_framework', 'icbs'],
  '/projection': ['digital_workforce_projection', 'icbs'],
};

/** DESIGN.md section 4 "Provenance": whether this view reads bundled or uploaded data, and since when. */
function ProvenanceMarker({ path, provenance }: { path: string; provenance: ProvenanceSnapshot }) {
  const uploads = (VIEW_TABLES[path] ?? TABLE_NAMES).flatMap((table) => {
    const upload = provenance.get(table)?.upload;
    return provenance.get(table)?.source === 'uploaded' && upload ? [{ table, ...upload }] : [];
  });
  if (uploads.length === 0)
    return (
      <p className="provenance-marker" data-source="bundled">
        Data: bundled national extracts (illustrative records calibrated to published totals), processed in
        this browser only
      </p>
    );
  return (
    <p className="provenance-marker" data-source="uploaded">
      <strong>Data: your uploads</strong>{' '}
      {uploads.map((u) => `${u.table} from ${u.fileName} (loaded ${formatDateTime(u.loadedAt)})`).join('; ')};
      bundled extracts for the other tables. Processed in this browser only. <a href="#/data">Manage data</a>
    </p>
  );
}

export function Layout() {
  const { path } = useHashLocation();
  const route = ROUTE_DEFINITIONS.find((r) => r.path === path);
  const mainRef = useRef<HTMLElement>(null);
  // Subscribed here rather than in the marker: a new table version re-renders the view too, so its queries are
  // keyed by the new versions and re-run.
  const provenance = useSyncExternalStore(subscribeToProvenance, provenanceSnapshot);

  useEffect(() => {
    document.title = route ? `${route.label} · ${APP_NAME}` : `Page not found · ${APP_NAME}`;
  }, [route]);

  const Page = route?.page;
  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="app-name">{APP_NAME}</p>
          <ProvenanceMarker path={path} provenance={provenance} />
        </div>
        <nav aria-label="Views" className="app-nav">
          <ul>
            {ROUTE_DEFINITIONS.filter((r) => r.inNav).map((r) => (
              <li key={r.path}>
                <a href={`#${r.path}`} aria-current={r.path === path ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <SettledMark />
      <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        <EngineBanner />
        <SavedElsewhereNotice provenance={provenance} />
        {Page ? (
          <ErrorBoundary key={path}>
            <ViewTablesContext.Provider value={VIEW_TABLES[path] ?? TABLE_NAMES}>
              <Suspense fallback={<p className="figure-loading">Loading view…</p>}>
                <Page />
              </Suspense>
            </ViewTablesContext.Provider>
          </ErrorBoundary>
        ) : (
          <>
            <h1>Page not found</h1>
            <p>
              There is no view at <code>{path}</code>. <a href="#/">Go to the board summary</a>.
            </p>
          </>
        )}
      </main>
      <footer className="app-footer">
        <p>
          Sources: HEE AI Roadmap (2022); HEE Data driven healthcare in 2030 (2021); AI and Digital Healthcare
          Technologies Capability Framework (HEE, 2023). Record-level data is synthetic; see each chart's
          source line.
        </p>
        <p>
          <a href="#/accessibility" aria-current={path === '/accessibility' ? 'page' : undefined}>
            Accessibility statement
          </a>
        </p>
      </footer>
    </>
  );
}
