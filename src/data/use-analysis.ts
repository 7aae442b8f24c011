import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Row } from '../db/connector';
import { analysisQueryOptions, type AnalysisQuery } from './sql-query';

/**
 * One analysis for a chart. While a new filter is computed the chart keeps its previous numbers instead of
 * blanking (its figure says it is updating), so the page does not jump, a focused bar keeps its focus, and
 * the chart is redrawn with new numbers rather than built again from nothing.
 */
export function useAnalysis<T extends Row>(analysis: AnalysisQuery, enabled = true) {
  return useQuery({ ...analysisQueryOptions<T>(analysis), placeholderData: keepPreviousData, enabled });
}
