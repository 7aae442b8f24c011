import { HorizontalBarChart } from '../../charts/bar-chart';
import type { TableColumn } from '../../charts/data-table';
import { FigureFrame, type Provenance } from '../../charts/figure-frame';
import { formatInteger, formatPercent } from '../../charts/format';
import { TECHNOLOGY_TYPES } from '../../data/catalogue';
import type { Row } from '../../db/connector';
import type { AnalysisQuery } from '../../data/sql-query';
import { withFilter } from '../../state/hash-location';
import { useHashLocation } from '../../state/use-hash-location';
import { DEPLOYMENT_SOURCE, MULTI_LABEL_NOTE, ROADMAP_SOURCE, SINGLE_LABEL_NOTE } from './copy';
import type { TechnologyFilters } from './filters';
import { PROFILE_TOP, profileAnalyses } from './profile-queries';
import { useAnalysis } from '../../data/use-analysis';

/** The one profile the HEE dashboard's coverage published figures for (shared/reference, section 1). */
const PUBLISHED_PROFILE = 'Remote monitoring';

interface ProfilePart<T extends Row> {
  readonly title: string;
  readonly query: AnalysisQuery;
  readonly categoryKey: keyof T & string;
  readonly categoryLabel: string;
  readonly note: string;
  readonly source: string;
  readonly provenance: Provenance;
  readonly labelWidth: number;
}

function ProfileFigure<T extends Row & { technologies: number; share: number }>(props: ProfilePart<T>) {
  const result = useAnalysis<T>(props.query);
  const top = result.data?.[0];
  const columns: TableColumn<T>[] = [
    { key: props.categoryKey, label: props.categoryLabel },
    { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
    { key: 'share', label: 'Share of the type', unit: '%', format: formatPercent },
  ];
  return (
    <FigureFrame
      title={props.title}
      takeaway={
        top ? `Largest: ${String(top[props.categoryKey])}, ${formatPercent(top.share)}. ${props.note}` : ''
      }
      source={props.source}
      provenance={props.provenance}
      columns={columns}
      rows={result.data}
      error={result.error}
      updating={result.isPlaceholderData}
      onRetry={() => void result.refetch()}
    >
      {result.data && (
        <HorizontalBarChart
          rows={result.data}
          categoryKey={props.categoryKey}
          valueKey="share"
          valueLabel="Share of the type"
          format={formatPercent}
          labelWidth={props.labelWidth}
        />
      )}
    </FigureFrame>
  );
}

/**
 * The use-case profile of one technology type, as the HEE dashboard gave it: its top workforce groups and
 * clinical areas, points of care, time to deployment and regions. It is driven by the `type` parameter, so
 * `#/technologies?type=Remote+monitoring` is the shareable link; it covers every technology of the type, whatever
 * the other filters.
 */
export function UseCaseProfile({ filters }: { readonly filters: TechnologyFilters }) {
  const location = useHashLocation();
  const [type] = filters.type;
  if (type === undefined || filters.type.length > 1) {
    return (
      <section className="profile-picker" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Use-case profiles</h2>
        <p>
          {filters.type.length > 1 ? 'Choose a single type' : 'Choose a type'} to see its profile: its most
          affected workforce groups, clinical areas, points of care, time to deployment and regions.
        </p>
        <ul className="profile-links">
          {TECHNOLOGY_TYPES.map((t) => (
            <li key={t}>
              <a href={withFilter(location, 'type', [t])}>Profile of {t}</a>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const analyses = profileAnalyses(type);
  const published = type === PUBLISHED_PROFILE;
  const profileSource = `${ROADMAP_SOURCE}${published ? '. Published (HEE dashboard, on a slightly different base, so shares may differ by a point or two): Medic, General Practice 28% and district nurses 19%; Respiratory 34% and General Practice 31%; individual/self-care 72%; about 53% three years to deployment. Illustrative: the rest' : '. Illustrative: profiles of types other than Remote monitoring are not published'}`;
  const provenance: Provenance = published ? 'published and illustrative' : 'illustrative';
  return (
    <section className="profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Use-case profile: {type}</h2>
      <p>
        All {type} technologies in the roadmap, whatever the other filters; shares are of the technologies of
        this type.
      </p>
      <div className="figure-grid">
        <ProfileFigure
          title={`${type}: top ${PROFILE_TOP} workforce groups`}
          query={analyses.groups}
          categoryKey="workforce_group"
          categoryLabel="Workforce group"
          note={MULTI_LABEL_NOTE}
          source={profileSource}
          provenance={provenance}
          labelWidth={200}
        />
        <ProfileFigure
          title={`${type}: top ${PROFILE_TOP} clinical areas`}
          query={analyses.areas}
          categoryKey="clinical_area"
          categoryLabel="Clinical area"
          note={SINGLE_LABEL_NOTE}
          source={profileSource}
          provenance={provenance}
          labelWidth={180}
        />
        <ProfileFigure
          title={`${type}: points of care`}
          query={analyses.care}
          categoryKey="point_of_care"
          categoryLabel="Point of care"
          note={MULTI_LABEL_NOTE}
          source={profileSource}
          provenance={provenance}
          labelWidth={150}
        />
        <ProfileFigure
          title={`${type}: time to deployment`}
          query={analyses.years}
          categoryKey="time_to_deployment"
          categoryLabel="Time to deployment"
          note={SINGLE_LABEL_NOTE}
          source={profileSource}
          provenance={provenance}
          labelWidth={110}
        />
        <ProfileFigure
          title={`${type}: NHS regions where in use`}
          query={analyses.regions}
          categoryKey="region"
          categoryLabel="NHS region"
          note={MULTI_LABEL_NOTE}
          source={DEPLOYMENT_SOURCE}
          provenance="illustrative"
          labelWidth={180}
        />
      </div>
    </section>
  );
}
