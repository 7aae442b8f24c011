import { useQuery } from '@tanstack/react-query';
import { analysisQueryOptions } from '../../data/sql-query';
import type { AssumptionParam } from '../../state/workforce-assumptions';
import type { ProjectionSettings } from './projection-settings';
import { BASELINE_YEAR, scenarioDemand, type DemandRow } from './queries';
import { projectSupply, type SupplyResult } from '../../data/supply-model';
import { supplyTableRows, type SupplyTableRow } from './supply-rows';
import type { Area } from './use-area';

export interface Supply {
  /** The assumptions in force (URL values where valid, else defaults); undefined until the data default is known. */
  readonly values: Readonly<Record<AssumptionParam, number>> | undefined;
  readonly result: SupplyResult | undefined;
  readonly rows: SupplyTableRow[] | undefined;
  readonly error: Error | null;
  readonly retry: () => void;
}

/** The supply model run on the URL's assumptions against the scenario's national demand, scaled to the area. */
export function useSupply(settings: ProjectionSettings, area: Area): Supply {
  const demand = useQuery(analysisQueryOptions<DemandRow>(scenarioDemand(settings.scenario)));
  const retry = () => void demand.refetch();
  const series = demand.data;
  const baseline = series?.find((d) => d.year === BASELINE_YEAR) ?? series?.[0];
  if (!series || !baseline) {
    // No rows for the scenario: an empty result, so the figure says so instead of loading forever.
    const empty = series ? { values: undefined, result: undefined, rows: [] } : {};
    return { values: undefined, result: undefined, rows: undefined, ...empty, error: demand.error, retry };
  }
  const a = settings.assumptions;
  const values = {
    start: Number.isNaN(a.start.value) ? baseline.demand : a.start.value,
    leave: a.leave.value,
    train: a.train.value,
    intl: a.intl.value,
    reskill: a.reskill.value,
  };
  if (area.scale === undefined) return { values, result: undefined, rows: undefined, error: null, retry };
  const result = projectSupply(
    {
      startingWorkforce: values.start,
      leaverRatePercent: values.leave,
      trainingEntrants: values.train,
      recruitment: values.intl,
      reskilling: values.reskill,
    },
    series,
    area.scale,
  );
  return { values, result, rows: supplyTableRows(result, area.kind === 'icb'), error: null, retry };
}
