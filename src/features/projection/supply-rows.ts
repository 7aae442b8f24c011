import { isInterpolatedYear } from './interpolated-years';
import type { SupplyResult } from '../../data/supply-model';

/** One year of the supply figure: the plotted demand and supply, the gap between, and what the demand rests on. */
export interface SupplyTableRow extends Record<string, unknown> {
  year: number;
  demand: number;
  supply: number;
  gap: number;
  basis: string;
}

export function supplyTableRows(result: SupplyResult, scaled: boolean): SupplyTableRow[] {
  return result.rows.map((row) => ({
    year: row.year,
    demand: row.demand,
    supply: row.supply,
    gap: row.gap,
    basis:
      (isInterpolatedYear(row.year) ? 'Demand interpolated; supply modelled' : 'Supply modelled') +
      (scaled ? '; scaled to the ICB' : ''),
  }));
}
