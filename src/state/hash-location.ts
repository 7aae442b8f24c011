/**
 * The view and its filters live in the URL hash (`#/technologies?type=Diagnostic&region=London`), so a link
 * reproduces the view, the back button undoes a filter, and any static file host can serve the app.
 */
export const ROUTES = [
  '/',
  '/technologies',
  '/capabilities',
  '/projection',
  '/data',
  '/accessibility',
] as const;
export type Route = (typeof ROUTES)[number];

/** Filter parameter names are part of the URL contract (DESIGN.md section 4). */
export const FILTER_PARAMS = [
  'type',
  'subtype',
  'area',
  'group',
  'care',
  'years',
  'region',
  'icb',
  'org',
  'staff',
  'archetype',
  'domain',
  'round',
  'scenario',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface HashLocation {
  readonly path: string;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): HashLocation {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryStart = body.indexOf('?');
  const rawPath = queryStart === -1 ? body : body.slice(0, queryStart);
  const query = queryStart === -1 ? '' : body.slice(queryStart + 1);
  return { path: rawPath === '' ? '/' : rawPath, params: new URLSearchParams(query) };
}

export function buildHash(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

export function isRoute(path: string): path is Route {
  return (ROUTES as readonly string[]).includes(path);
}

/** The URL after replacing every value of one filter; values keep the order given. */
export function withFilter(location: HashLocation, name: FilterParam, values: readonly string[]): string {
  const params = new URLSearchParams(location.params);
  params.delete(name);
  for (const value of values) params.append(name, value);
  return buildHash(location.path, params);
}
