import { createElement, lazy, useState, type ComponentType } from 'react';
import type { Route } from '../state/hash-location';

export interface RouteDefinition {
  readonly path: Route;
  readonly label: string;
  readonly page: ComponentType;
  /** Loads the page's code; once it has loaded, the page renders at once, without a Suspense fallback. */
  readonly load: () => Promise<void>;
  /** False for pages linked from the footer rather than the main navigation, which lists the views. */
  readonly inNav: boolean;
}

/**
 * A page whose code is its own chunk and can be loaded ahead of being shown. A page rendered before its code has
 * loaded suspends as React.lazy does; one loaded ahead renders directly. That matters beyond the download: React
 * holds back content that replaces a Suspense fallback for up to 300 ms after the fallback appeared, which on a
 * cold load kept the first chart waiting with nothing left to do.
 */
function route(
  path: Route,
  label: string,
  importPage: () => Promise<ComponentType>,
  inNav = true,
): RouteDefinition {
  let loaded: ComponentType | undefined;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= importPage().then(
      (component) => void (loaded = component),
      (error: unknown) => {
        // Let a later visit try again (the error boundary says what failed meanwhile).
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => load().then(() => ({ default: loaded! })));
  // Fixed for the life of each mount, so the page is not remounted when its code arrives while it is shown.
  function Page() {
    const [component] = useState(() => loaded ?? Lazy);
    return createElement(component);
  }
  return { path, label, load, page: Page, inNav };
}

// Each view is its own chunk, so the first view does not wait for the code of the others.
export const ROUTE_DEFINITIONS: readonly RouteDefinition[] = [
  route('/', 'Board summary', () => import('../features/board/board-page').then((m) => m.BoardPage)),
  route('/technologies', 'Affected groups', () =>
    import('../features/technologies/technologies-page').then((m) => m.TechnologiesPage),
  ),
  route('/capabilities', 'Capability gaps', () =>
    import('../features/capabilities/capabilities-page').then((m) => m.CapabilitiesPage),
  ),
  route('/projection', 'Workforce projection', () =>
    import('../features/projection/projection-page').then((m) => m.ProjectionPage),
  ),
  route('/data', 'Data', () => import('../features/data/data-page').then((m) => m.DataPage)),
  route(
    '/accessibility',
    'Accessibility statement',
    () => import('./accessibility-statement').then((m) => m.AccessibilityStatement),
    false,
  ),
];

/** Loads the code of the view at `path`; resolves either way (a failure shows when the view renders). */
export function loadRoute(path: string): Promise<void> {
  return (
    ROUTE_DEFINITIONS.find((r) => r.path === path)
      ?.load()
      .catch(() => undefined) ?? Promise.resolve()
  );
}

/** Loads every view's code, so moving between views never waits for a download. */
export function loadAllRoutes(): Promise<void> {
  return Promise.all(ROUTE_DEFINITIONS.map((r) => loadRoute(r.path))).then(() => undefined);
}
