import { useQuery } from '@tanstack/react-query';
import { analysisQueryOptions } from '../../data/sql-query';
import { IgnoredValuesNotice } from '../../state/ignored-values-notice';
import { useCheckedParams } from '../../state/use-checked-params';
import { AssumptionsForm } from './assumptions-form';
import { GrowthFigure } from './growth-figure';
import { ProjectionControls } from './projection-controls';
import { ProjectionHeadlines } from './projection-headlines';
import { useProjectionSettings } from './projection-settings';
import {
  BASELINE_YEAR,
  projectionIcbs,
  projectionScenarios,
  TARGET_YEAR,
  type IcbRow,
  type ScenarioRow,
} from './queries';
import { ScenarioComparisonFigure } from './scenario-comparison-figure';
import { StaffGroupFigure } from './staff-group-figure';
import { SupplyFigure, supplySummary } from './supply-figure';
import { useArea } from './use-area';
import { useSupply } from './use-supply';
import './projection.css';

export function ProjectionPage() {
  const scenarios = useQuery(analysisQueryOptions<ScenarioRow>(projectionScenarios()));
  // The same query useArea runs for its list, so checking the link's ICB costs nothing extra.
  const icbList = useQuery(analysisQueryOptions<IcbRow>(projectionIcbs()));
  // A scenario or ICB the data does not hold is left out (and named in a notice): the default is shown instead.
  const { params, ignored, location } = useCheckedParams([
    { param: 'scenario', noun: 'scenario', known: scenarios.data?.map((s) => s.scenario) },
    { param: 'icb', noun: 'ICB', known: icbList.data?.map((i) => i.icb_code) },
  ]);
  const settings = useProjectionSettings(params);
  const { area, icbs, error: areaError } = useArea(settings);
  const supply = useSupply(settings, area);
  const { scenario } = settings;

  return (
    <>
      <h1>How big must the digital workforce be by 2030?</h1>
      <p className="lede">
        The NHS digital, data and technology workforce in whole-time equivalents (WTE), {BASELINE_YEAR} to{' '}
        {TARGET_YEAR}, by staff group, and what it takes to supply it. Only the {BASELINE_YEAR} baseline and
        the {TARGET_YEAR} total of the Digital transformation scenario are published; the years between are
        interpolated.
      </p>
      <IgnoredValuesNotice ignored={ignored} location={location} />
      <ProjectionControls
        settings={settings}
        scenarios={scenarios.data?.map((s) => s.scenario) ?? []}
        icbs={icbs}
        area={area}
      />
      {areaError && (
        <p role="alert" className="projection-alert">
          The list of ICBs could not be loaded: {areaError.message}
        </p>
      )}
      <ProjectionHeadlines scenario={scenario} area={area} />
      <div className="figure-grid">
        <StaffGroupFigure scenario={scenario} area={area} />
        <GrowthFigure scenario={scenario} area={area} />
      </div>

      <h2 className="section-title">Supply against demand</h2>
      <div className="supply-layout">
        <AssumptionsForm
          settings={settings}
          values={supply.values}
          scaledTo={area.kind === 'icb' ? area.label : null}
        />
        <div className="supply-result-column">
          {/* Announces each new result to screen readers; the figure's takeaway shows the same sentence. */}
          <p className="visually-hidden" role="status">
            {supply.result ? supplySummary(supply.result, area) : ''}
          </p>
          <SupplyFigure
            scenario={scenario}
            area={area}
            result={supply.result}
            rows={supply.rows}
            error={supply.error}
            onRetry={supply.retry}
          />
        </div>
      </div>

      <h2 className="section-title">Both scenarios</h2>
      <div className="figure-grid">
        <ScenarioComparisonFigure area={area} />
      </div>
    </>
  );
}
