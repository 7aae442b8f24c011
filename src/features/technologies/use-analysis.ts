import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Row } from '../../db/connector';
import { analysisQueryOptions, type AnalysisQuery } from '../../data/sql-query';

/**
 * One analysis for a chart. While a new filter is computed the chart keeps its previous numbers instead of
 * blanking, so the page does not jump and a focused bar keeps its focus.
 */
export function useAnalysis<T extends Row>(analysis: AnalysisQuery) {
  return useQuery({ ...analysisQueryOptions<T>(analysis), placeholderData: keepPreviousData });
}
