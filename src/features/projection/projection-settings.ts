import { useNumberParam, type NumberParam } from '../../state/use-number-param';
import { assumptionField, SHARE_SPEC, type AssumptionParam } from '../../state/workforce-assumptions';
import { MAIN_SCENARIO } from './queries';

export interface ProjectionSettings {
  readonly scenario: string;
  /** The ICB code from the URL, or null for England. */
  readonly icb: string | null;
  /** The ICB's share of England from the URL, in per cent; its value is NaN when absent. */
  readonly share: NumberParam;
  readonly assumptions: Readonly<Record<AssumptionParam, NumberParam>>;
}

/**
 * The view's settings as the URL holds them (parameters listed in assumptions.ts). Defaults that come from the
 * data (the starting workforce, the ICB's share) are NaN here; the page fills them in once the data is loaded.
 * `params` are the URL's, checked: a scenario or ICB the data does not hold has been left out.
 */
export function useProjectionSettings(params: URLSearchParams): ProjectionSettings {
  const share = useNumberParam('share', SHARE_SPEC, Number.NaN);
  const start = useAssumption('start');
  const leave = useAssumption('leave');
  const train = useAssumption('train');
  const intl = useAssumption('intl');
  const reskill = useAssumption('reskill');
  return {
    scenario: params.get('scenario') || MAIN_SCENARIO,
    icb: params.get('icb') || null,
    share,
    assumptions: { start, leave, train, intl, reskill },
  };
}

function useAssumption(param: AssumptionParam): NumberParam {
  const field = assumptionField(param);
  return useNumberParam(param, field.spec, field.fallback ?? Number.NaN);
}
