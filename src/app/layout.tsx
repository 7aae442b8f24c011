import { Suspense, useEffect, useRef } from 'react';

import { useHashLocation } from '../state/use-hash-location';
import { ErrorBoundary } from './error-boundary';
import { ROUTE_DEFINITIONS } from './routes';

const APP_NAME = 'Workforce readiness for AI and digital';

export function Layout() {
  const { path } = useHashLocation();
  const route = ROUTE_DEFINITIONS.find((r) => r.path === path);
  const mainRef = useRef<HTMLElement>(null);

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
          <p className="provenance-marker">
            Data: bundled national extracts (illustrative records calibrated to published totals), processed
            in this browser only
          </p>
        </div>
        <nav aria-label="Views" className="app-nav">
          <ul>
            {ROUTE_DEFINITIONS.map((r) => (
              <li key={r.path}>
                <a href={`#${r.path}`} aria-current={r.path === path ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        {Page ? (
          <ErrorBoundary key={path}>
            <Suspense fallback={<p className="figure-loading">Loading view…</p>}>
              <Page />
            </Suspense>
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
      </footer>
    </>
  );
}
