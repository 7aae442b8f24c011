import type { AnalysisQuery } from '../../data/sql-query';
import { NO_FILTERS, withoutFilters, type TechnologyFilters } from './filters';
import { profileAnalyses } from './profile-queries';
import {
  clinicalAreas,
  mostAffectedGroups,
  pointsOfCare,
  selectionSummary,
  subtypesInFocus,
  technologiesByType,
  timeToDeployment,
} from './queries';
import { technologyList, type FilterOptionRow, type ListSort, type SortDirection } from './queries-list';
import { areaByGroup, careByYears, impactRatings, spreadByIcb, spreadByRegion } from './queries-matrices';

export const TOP_GROUPS = 10;
export const TOP_AREAS = 10;
export const MATRIX_AREAS = 10;
export const MATRIX_GROUPS = 5;
const LIST_LIMIT = 1000;

/**
 * What each part of #/technologies computes, in one place: the figures call these, and `technologyViewAnalyses`
 * lists them for a whole view, so the view can be computed ahead of a click (intent-prefetch.ts) with exactly
 * the queries its figures will ask for. Each chart is filtered by every filter but its own (crossfilter).
 */
export const viewAnalyses = {
  summary: (filters: TechnologyFilters) => selectionSummary(filters),
  types: (filters: TechnologyFilters) => technologiesByType(withoutFilters(filters, 'type')),
  subtypes: (filters: TechnologyFilters) => subtypesInFocus(withoutFilters(filters, 'subtype')),
  groups: (filters: TechnologyFilters, all = false) =>
    mostAffectedGroups(withoutFilters(filters, 'group'), all ? null : TOP_GROUPS, filters.group),
  areas: (filters: TechnologyFilters, all = false) =>
    clinicalAreas(withoutFilters(filters, 'area'), all ? null : TOP_AREAS, filters.area),
  areaByGroup: (filters: TechnologyFilters) =>
    areaByGroup(withoutFilters(filters, 'area', 'group'), {
      areas: MATRIX_AREAS,
      groups: MATRIX_GROUPS,
      includeAreas: filters.area,
      includeGroups: filters.group,
    }),
  care: (filters: TechnologyFilters) => pointsOfCare(withoutFilters(filters, 'care')),
  years: (filters: TechnologyFilters) => timeToDeployment(withoutFilters(filters, 'years')),
  careByYears: (filters: TechnologyFilters) => careByYears(withoutFilters(filters, 'years', 'care')),
  impact: (filters: TechnologyFilters) => impactRatings(filters),
  regions: (filters: TechnologyFilters) => spreadByRegion(withoutFilters(filters, 'region', 'type')),
  icbs: (filters: TechnologyFilters) => spreadByIcb(withoutFilters(filters, 'icb', 'type'), filters.region),
  list: (
    filters: TechnologyFilters,
    search = '',
    sort: { key: ListSort; direction: SortDirection } = { key: 'technology_id', direction: 'ascending' },
  ) => technologyList(filters, { search, sort: sort.key, direction: sort.direction, limit: LIST_LIMIT }),
};

/**
 * Every analysis the view runs for `filters`, with each figure as it first opens (top lists, the list unsearched
 * and in ID order). A figure a planner has changed (say "Show all") asks for its own and is computed on demand.
 */
export function technologyViewAnalyses(filters: TechnologyFilters): AnalysisQuery[] {
  const [type] = filters.type;
  const profile = filters.type.length === 1 && type !== undefined ? Object.values(profileAnalyses(type)) : [];
  return [
    viewAnalyses.summary(filters),
    viewAnalyses.types(filters),
    viewAnalyses.subtypes(filters),
    viewAnalyses.groups(filters),
    viewAnalyses.areas(filters),
    viewAnalyses.areaByGroup(filters),
    viewAnalyses.care(filters),
    viewAnalyses.years(filters),
    viewAnalyses.careByYears(filters),
    viewAnalyses.impact(filters),
    viewAnalyses.regions(filters),
    viewAnalyses.icbs(filters),
    viewAnalyses.list(filters),
    ...profile,
  ];
}

/**
 * What the engine warm-up runs while a planner reads the view (engine-warm-up.ts): the whole view for one
 * type, one workforce group, one region and one time to deployment, the first of each the filter options offer.
 * Between them they use every kind of filter the view's SQL has (a text or number in a list, a list holding a
 * value) and the type's profile.
 */
export function technologyWarmUpAnalyses(options: readonly FilterOptionRow[]): AnalysisQuery[] {
  const first = (param: FilterOptionRow['param']) => options.find((o) => o.param === param);
  const type = first('subtype')?.parent;
  const group = first('group')?.value;
  const region = first('icb')?.parent;
  const years = first('years')?.value;
  const states: Partial<TechnologyFilters>[] = [
    type ? { type: [type] } : {},
    group ? { group: [group] } : {},
    region ? { region: [region] } : {},
    years ? { years: [Number(years)] } : {},
  ].filter((state) => Object.keys(state).length > 0);
  return states.flatMap((state) => technologyViewAnalyses({ ...NO_FILTERS, ...state }));
}
