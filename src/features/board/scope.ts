import { sql, type SqlFragment } from '../../db/sql';

/** What the board summarises: England, one NHS region or one ICB (URL: `region=` or `icb=`; icb wins). */
export type Scope =
  | { readonly kind: 'england' }
  | { readonly kind: 'region'; readonly region: string }
  | { readonly kind: 'icb'; readonly icb: string };

export const ENGLAND: Scope = { kind: 'england' };

export function scopeFromUrl(params: URLSearchParams): Scope {
  const icb = params.get('icb');
  if (icb) return { kind: 'icb', icb };
  const region = params.get('region');
  if (region) return { kind: 'region', region };
  return ENGLAND;
}

/** The condition that keeps rows of the scope, for a relation with `icb_code` and `region` columns. */
export function scopeCondition(scope: Scope, alias: string): SqlFragment | null {
  switch (scope.kind) {
    case 'england':
      return null;
    case 'region':
      return sql(`${alias}.region = ?`, [scope.region]);
    case 'icb':
      return sql(`${alias}.icb_code = ?`, [scope.icb]);
  }
}

/** The scope's part of a URL query, so links from the board keep it. */
export function scopeQuery(scope: Scope): string {
  if (scope.kind === 'icb') return `icb=${encodeURIComponent(scope.icb)}`;
  if (scope.kind === 'region') return `region=${encodeURIComponent(scope.region)}`;
  return '';
}
