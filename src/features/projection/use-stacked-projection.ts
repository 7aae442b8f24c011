import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { analysisQueryOptions } from '../../data/sql-query';
import { pivotByGroup, type StackedProjection } from './pivot';
import { projectionByGroup, type StaffGroupYearRow } from './queries';
import type { Area } from './use-area';

/** The scenario's WTE by year and staff group for the area, one row per year; shared by the headlines and chart. */
export function useStackedProjection(scenario: string, area: Area) {
  const query = useQuery({
    ...analysisQueryOptions<StaffGroupYearRow>(projectionByGroup(scenario, area.scale ?? 1)),
    enabled: area.scale !== undefined,
  });
  const stacked = useMemo<StackedProjection | undefined>(
    () => (query.data ? pivotByGroup(query.data) : undefined),
    [query.data],
  );
  return { query, stacked };
}
