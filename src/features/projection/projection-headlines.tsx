import { formatInteger, formatPercent, formatSignedInteger } from '../../charts/format';
import { Headline } from '../../charts/headline';
import { projectionProvenance } from './provenance';
import { BASELINE_YEAR, MAIN_SCENARIO, TARGET_YEAR } from './queries';
import type { Area } from './use-area';
import { useStackedProjection } from './use-stacked-projection';

/** The scenario's totals at the two published ends and the growth between, for the area. */
export function ProjectionHeadlines({ scenario, area }: { readonly scenario: string; readonly area: Area }) {
  const { stacked } = useStackedProjection(scenario, area);
  const first = stacked?.years.find((y) => y.year === BASELINE_YEAR)?.total;
  const last = stacked?.years.find((y) => y.year === TARGET_YEAR)?.total;
  const growth = first !== undefined && last !== undefined ? Math.round(last) - Math.round(first) : undefined;
  const published = area.kind !== 'icb';
  const endIsPublished = published && scenario === MAIN_SCENARIO;
  return (
    <dl className="headlines">
      <Headline
        label={`Workforce in ${BASELINE_YEAR}, ${area.label}`}
        value={first === undefined ? undefined : `${formatInteger(first)} WTE`}
        detail={published ? 'The published baseline' : 'The national baseline scaled by the share'}
        provenance={published ? 'published' : 'illustrative'}
      />
      <Headline
        label={`Needed by ${TARGET_YEAR}, ${scenario}`}
        value={last === undefined ? undefined : `${formatInteger(last)} WTE`}
        detail={endIsPublished ? 'The published projection' : 'Illustrative projection'}
        provenance={endIsPublished ? 'published' : 'illustrative'}
      />
      <Headline
        label={`Growth, ${BASELINE_YEAR} to ${TARGET_YEAR}`}
        value={growth === undefined ? undefined : `${formatSignedInteger(growth)} WTE`}
        detail={
          first && growth !== undefined ? `${formatPercent((100 * growth) / first)} on ${BASELINE_YEAR}` : ''
        }
        provenance={
          projectionProvenance(area) === 'illustrative' || !endIsPublished ? 'illustrative' : 'published'
        }
      />
    </dl>
  );
}
