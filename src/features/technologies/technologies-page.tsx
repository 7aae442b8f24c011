import { memo, useMemo, type ReactNode } from 'react';
import { formatInteger } from '../../charts/format';
import { IgnoredValuesNotice } from '../../state/ignored-values-notice';
import { useCheckedParams } from '../../state/use-checked-params';
import { CareByYearsFigure, CareFigure, YearsFigure } from './deployment-charts';
import { FilterPanel } from './filter-panel';
import { hasFilters, technologyFiltersFromUrl, type TechnologyFilters } from './filters';
import { ImpactFigure } from './impact-chart';
import { technologyParamChecks } from './param-checks';
import { filterOptions, type FilterOptionRow } from './queries-list';
import type { SummaryRow } from './queries';
import { technologyViewAnalyses, technologyWarmUpAnalyses, viewAnalyses } from './view-analyses';
import { useEngineWarmUp } from '../../data/engine-warm-up';
import { useFetchingAnalyses } from '../../data/fetching-analyses';
import { IntentPrefetchProvider } from '../../data/intent-prefetch';
import type { HashLocation } from '../../state/hash-location';
import { SectionNav } from './section-nav';
import { IcbSpreadFigure, RegionSpreadFigure } from './spread-charts';
import { TechnologyList } from './technology-list';
import { SubtypeFigure, TypeFigure } from './type-charts';
import { useAnalysis } from '../../data/use-analysis';
import { UseCaseProfile } from './use-case-profile';
import { AreaGroupFigure, AreasFigure, GroupsFigure } from './workforce-charts';
import './technologies.css';

/** The view a bar leads to, for computing it while the pointer rests on the bar. */
const analysesAt = (location: HashLocation) =>
  technologyViewAnalyses(technologyFiltersFromUrl(location.params));

/**
 * #/technologies: which staff groups AI will reach, where and when. Every chart is filtered by every URL filter
 * except the ones it sets itself (crossfilter), so selecting a bar narrows the other charts and leaves its own
 * bars in view to add or remove more.
 */
export function TechnologiesPage() {
  const options = useAnalysis<FilterOptionRow>(filterOptions());
  // Values the data does not hold are left out (and named in a notice) rather than filtering to nothing.
  const { params, ignored, location } = useCheckedParams(technologyParamChecks(options.data));
  // The same object for as long as the filters are the same, so the charts below redraw only when they change.
  const filterKey = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the filters' text on purpose (above)
  const filters = useMemo(() => technologyFiltersFromUrl(params), [filterKey]);
  const summary = useAnalysis<SummaryRow>(viewAnalyses.summary(filters));
  const counted = summary.data?.[0];
  const icbs = useMemo(() => (options.data ?? []).filter((o) => o.param === 'icb'), [options.data]);
  useEngineWarmUp(useMemo(() => technologyWarmUpAnalyses(options.data ?? []), [options.data]));

  return (
    <UpdatingPage>
      <IntentPrefetchProvider analysesFor={analysesAt}>
        <h1>Which staff groups will AI reach?</h1>
        <p className="lede">
          The AI Roadmap's {counted ? formatInteger(counted.selected) : '…'}{' '}
          {hasFilters(filters) ? 'selected ' : ''}
          AI and data-driven technologies: their types, the workforce groups who use them directly, where they
          are used and when they will be ready.
        </p>
        <IgnoredValuesNotice ignored={ignored} location={location} />
        <SectionNav />
        <FilterPanel options={options.data ?? []} summary={counted} applied={params} />
        <Charts filters={filters} icbs={icbs} />
      </IntentPrefetchProvider>
    </UpdatingPage>
  );
}

/**
 * Charts keep their previous numbers while new ones are computed; `data-updating` says when all are current.
 * The count of running queries changes a dozen times in a filter change, so it is read here: the page's
 * content, passed in as children, is not redrawn each time.
 */
function UpdatingPage({ children }: { readonly children: ReactNode }) {
  const updating = useFetchingAnalyses() > 0;
  return (
    <div className="technologies-page" data-updating={updating}>
      {children}
    </div>
  );
}

/**
 * The charts and the list, each subscribed to its own analysis: redrawn when the filters change, not when the
 * page's own numbers (the selection count) arrive.
 */
const Charts = memo(function Charts(props: {
  readonly filters: TechnologyFilters;
  readonly icbs: readonly FilterOptionRow[];
}) {
  const { filters, icbs } = props;
  return (
    <>
      <UseCaseProfile filters={filters} />
      <h2 className="section-heading" id="section-types" tabIndex={-1}>
        What the technologies are
      </h2>
      <div className="figure-grid">
        <TypeFigure filters={filters} />
        <SubtypeFigure filters={filters} />
      </div>
      <h2 className="section-heading" id="section-who" tabIndex={-1}>
        Who uses them
      </h2>
      <div className="figure-grid">
        <GroupsFigure filters={filters} />
        <AreasFigure filters={filters} />
        <AreaGroupFigure filters={filters} />
      </div>
      <h2 className="section-heading" id="section-where" tabIndex={-1}>
        Where and when
      </h2>
      <div className="figure-grid">
        <CareFigure filters={filters} />
        <YearsFigure filters={filters} />
        <CareByYearsFigure filters={filters} />
        <ImpactFigure filters={filters} />
        <RegionSpreadFigure filters={filters} />
        <IcbSpreadFigure filters={filters} icbs={icbs} />
      </div>
      <TechnologyList filters={filters} />
    </>
  );
});
