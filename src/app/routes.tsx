import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Route } from '../state/hash-location';

export interface RouteDefinition {
  readonly path: Route;
  readonly label: string;
  readonly page: LazyExoticComponent<ComponentType>;
  /** False for pages linked from the footer rather than the main navigation, which lists the views. */
  readonly inNav: boolean;
}

// Each view is its own chunk, so the first view does not wait for the code of the others.
export const ROUTE_DEFINITIONS: readonly RouteDefinition[] = [
  {
    path: '/',
    label: 'Board summary',
    page: lazy(() => import('../features/board/board-page').then((m) => ({ default: m.BoardPage }))),
    inNav: true,
  },
  {
    path: '/technologies',
    label: 'Affected groups',
    page: lazy(() =>
      import('../features/technologies/technologies-page').then((m) => ({ default: m.TechnologiesPage })),
    ),
    inNav: true,
  },
  {
    path: '/capabilities',
    label: 'Capability gaps',
    page: lazy(() =>
      import('../features/capabilities/capabilities-page').then((m) => ({ default: m.CapabilitiesPage })),
    ),
    inNav: true,
  },
  {
    path: '/projection',
    label: 'Workforce projection',
    page: lazy(() =>
      import('../features/projection/projection-page').then((m) => ({ default: m.ProjectionPage })),
    ),
    inNav: true,
  },
  {
    path: '/data',
    label: 'Data',
    page: lazy(() => import('../features/data/data-page').then((m) => ({ default: m.DataPage }))),
    inNav: true,
  },
  {
    path: '/accessibility',
    label: 'Accessibility statement',
    page: lazy(() =>
      import('./accessibility-statement').then((m) => ({ default: m.AccessibilityStatement })),
    ),
    inNav: false,
  },
];
