import { useQuery } from '@tanstack/react-query';
import { HorizontalBarChart } from '../../charts/bar-chart';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent, formatSignedInteger, formatTwoDecimals } from '../../charts/format';
import { Headline } from '../../charts/headline';
import { analysisQueryOptions } from '../../data/sql-query';
import { projectSupply } from '../../data/supply-model';
import { REGIONS } from '../../data/catalogue';
import { IgnoredValuesNotice } from '../../state/ignored-values-notice';
import { useCheckedParams } from '../../state/use-checked-params';
import { assumptionQuery, assumptionsFromUrl } from '../../state/workforce-assumptions';
import { PriorityActions } from './priority-actions';
import {
  boardHeadlines,
  nationalDemand,
  gapsByArchetypeAndDomain,
  readinessByRound,
  readyWithinYearByCare,
  readyWithinYearGroups,
  readyWithinYearInScope,
  scopeOptions,
  type CareRow,
  type DemandRow,
  type GapPairRow,
  type HeadlineRow,
  type ReadyGroupRow,
  type ReadyInScopeRow,
  type RoundShareRow,
  type ScopeOptionRow,
} from './queries';
import { MIN_RESPONDENTS, ReadinessSpc, readinessXmr } from './readiness-spc';
import { ENGLAND, scopeFromUrl, scopeQuery, type Scope } from './scope';
import { ScopePicker } from './scope-picker';
import { boardSummary } from './summary';

function scopeName(scope: Scope, icbs: readonly ScopeOptionRow[] | undefined): string {
  if (scope.kind === 'england') return 'England';
  if (scope.kind === 'region') return scope.region;
  return icbs?.find((i) => i.icb_code === scope.icb)?.icb_name ?? scope.icb;
}

/** Which tables each board number comes from, so a badge says when it is computed from an upload. */
const ROADMAP_TABLES = [
  'ai_roadmap_technologies',
  'ai_roadmap_workforce_groups',
  'ai_roadmap_points_of_care',
  'ai_roadmap_deployments',
  'icbs',
] as const;
const ASSESSMENT_TABLES = [
  'capability_assessments',
  'capability_targets',
  'capability_framework',
  'icbs',
] as const;
const PROJECTION_TABLES = ['digital_workforce_projection'] as const;

const latestTwo = (rows: readonly RoundShareRow[] | undefined) => [rows?.at(-1), rows?.at(-2)] as const;
const reportable = (row: RoundShareRow | undefined) =>
  row && row.respondents >= MIN_RESPONDENTS ? row.share_meeting : null;

export function BoardPage() {
  // The ICB list is computed at build time, so an unknown ICB is caught at first paint with no extra query.
  const icbs = useQuery(analysisQueryOptions<ScopeOptionRow>(scopeOptions()));
  const { params, ignored, location } = useCheckedParams([
    { param: 'region', noun: 'region', known: REGIONS },
    { param: 'icb', noun: 'ICB', known: icbs.data?.map((i) => i.icb_code) },
  ]);
  const scope = scopeFromUrl(params);
  const headlines = useQuery(analysisQueryOptions<HeadlineRow>(boardHeadlines()));
  const care = useQuery(analysisQueryOptions<CareRow>(readyWithinYearByCare()));
  const groups = useQuery(analysisQueryOptions<ReadyGroupRow>(readyWithinYearGroups(scope)));
  const inScope = useQuery(analysisQueryOptions<ReadyInScopeRow>(readyWithinYearInScope(scope)));
  const rounds = useQuery(analysisQueryOptions<RoundShareRow>(readinessByRound(scope)));
  const englandRounds = useQuery(analysisQueryOptions<RoundShareRow>(readinessByRound(ENGLAND)));
  const gaps = useQuery(analysisQueryOptions<GapPairRow>(gapsByArchetypeAndDomain(scope)));
  const demand = useQuery(analysisQueryOptions<DemandRow>(nationalDemand()));

  const name = scopeName(scope, icbs.data);
  const h = headlines.data?.[0];
  const [latest, previous] = latestTwo(rounds.data);
  const share = reportable(latest);
  const previousShare = reportable(previous);
  const englandShare = reportable(englandRounds.data?.at(-1));
  const largest = [...(gaps.data ?? [])]
    .filter((g) => g.respondents >= MIN_RESPONDENTS)
    .sort((a, b) => b.mean_gap - a.mean_gap)[0];
  const ready = inScope.data?.[0];
  const spc = rounds.data ? readinessXmr(rounds.data) : null;
  const supply =
    demand.data && demand.data.length > 0
      ? projectSupply(assumptionsFromUrl(params, demand.data[0]!.demand), demand.data)
      : undefined;
  const gap2030 = supply?.rows.at(-1)?.gap;
  const projectionLink = `#/projection${assumptionQuery(params) ? `?${assumptionQuery(params)}` : ''}`;
  const failed = [headlines, demand, groups, inScope, gaps].find((q) => q.error)?.error;
  const summary = boardSummary({
    scopeName: name,
    latestRound: latest?.round ?? null,
    share,
    previousShare,
    englandShare,
    variation: spc?.variation ?? null,
    largestGap: largest
      ? {
          archetype: largest.archetype,
          domain: largest.domain_name,
          meanGap: largest.mean_gap,
          below: largest.below_target,
          respondents: largest.respondents,
        }
      : null,
    readyWithinYear: ready?.ready ?? null,
    readyInUse: ready?.ready_in_use ?? null,
    topGroups: groups.data?.map((g) => g.workforce_group) ?? [],
    wte2020: h?.wte_2020 ?? null,
    wte2030: h?.wte_2030 ?? null,
  });

  return (
    <article className="board">
      <h1>AI and digital readiness: {name}</h1>
      <p className="print-only board-print-meta">
        Printed {new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}{' '}
        from the workforce readiness dashboard. Data: bundled national extracts, computed in the browser;
        published figures are marked Published, everything else is illustrative.
      </p>
      <div className="no-print">
        <IgnoredValuesNotice ignored={ignored} location={location} />
      </div>
      <div className="filters no-print" role="group" aria-label="Scope">
        <ScopePicker scope={scope} />
      </div>
      {failed && (
        <p role="alert" className="figure-error">
          Some numbers could not be computed: {failed.message}
        </p>
      )}
      <section aria-labelledby="board-summary-title" className="board-summary">
        <h2 id="board-summary-title">Summary</h2>
        {summary.length > 0 ? summary.map((sentence) => <p key={sentence}>{sentence}</p>) : <p>Loading…</p>}
      </section>
      <dl className="headlines">
        <Headline
          label="AI technologies ready at scale within a year"
          value={h && formatInteger(h.ready_within_year)}
          detail={
            scope.kind === 'england'
              ? `Of ${h ? formatInteger(h.technologies) : '…'} in the AI Roadmap (HEE, 2022)`
              : `${ready ? formatInteger(ready.ready_in_use) : '…'} of them already in use in ${name} (illustrative)`
          }
          provenance={scope.kind === 'england' ? 'published' : 'published and illustrative'}
          tables={ROADMAP_TABLES}
        />
        <Headline
          label="Staff assessments meeting their target"
          value={share === null ? (latest ? 'Suppressed' : undefined) : formatPercent(share)}
          detail={
            share === null
              ? latest
                ? `Fewer than ${MIN_RESPONDENTS} respondents in the ${latest.round} round`
                : ''
              : `${latest?.round} round; previous round ${previousShare === null ? 'suppressed' : formatPercent(previousShare)}; England ${englandShare === null ? '…' : formatPercent(englandShare)}`
          }
          provenance="illustrative"
          tables={ASSESSMENT_TABLES}
        />
        <Headline
          label="Largest capability gap"
          value={largest && `${formatTwoDecimals(largest.mean_gap)} levels`}
          detail={
            largest
              ? `${largest.archetype} in ${largest.domain_name}, ${largest.respondents} respondents`
              : ''
          }
          provenance="illustrative"
          tables={ASSESSMENT_TABLES}
        />
        <Headline
          label="Digital workforce needed by 2030"
          value={h && `${formatInteger(h.wte_2030)} WTE`}
          detail={
            h
              ? `${formatSignedInteger(h.wte_2030 - h.wte_2020)} WTE on ${formatInteger(h.wte_2020)} WTE in 2020, England (HEE, 2021)`
              : ''
          }
          provenance="published"
          tables={PROJECTION_TABLES}
        />
        <Headline
          label="Shortfall in 2030 under the planning assumptions"
          value={gap2030 === undefined ? undefined : `${formatInteger(Math.max(0, gap2030))} WTE`}
          detail={
            supply
              ? `${supply.gapClosesIn === null ? 'The gap does not close by 2030' : `The gap closes in ${supply.gapClosesIn}`}; England, illustrative leaver and recruitment assumptions`
              : ''
          }
          provenance="illustrative"
          tables={PROJECTION_TABLES}
        >
          <a href={projectionLink} className="no-print">
            Change the assumptions
          </a>
        </Headline>
      </dl>
      <PriorityActions gaps={gaps.data} groups={groups.data} scopeQuery={scopeQuery(scope)} />
      <div className="figure-grid">
        <ReadinessSpc
          scopeName={name}
          rows={rounds.data}
          error={rounds.error}
          onRetry={() => void rounds.refetch()}
        />
        <FigureFrame
          title="Technologies ready within a year, by point of care"
          takeaway={
            care.data?.[0]
              ? `Most will be used in ${care.data[0].point_of_care.toLowerCase()}: ${formatInteger(care.data[0].technologies)} technologies (${formatPercent(care.data[0].share)}). A technology can serve several points of care.`
              : ''
          }
          source="AI Roadmap press coverage (February 2022), England: Secondary, Primary and Community care shares are published; Individual/self-care is illustrative"
          provenance="published and illustrative"
          tables={ROADMAP_TABLES}
          columns={[
            { key: 'point_of_care', label: 'Point of care' },
            { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
            {
              key: 'share',
              label: 'Share of technologies ready within a year',
              unit: '%',
              format: formatPercent,
            },
          ]}
          rows={care.data}
          error={care.error}
          onRetry={() => void care.refetch()}
        >
          {care.data && (
            <HorizontalBarChart
              rows={care.data}
              categoryKey="point_of_care"
              valueKey="technologies"
              valueLabel="Technologies"
              format={formatInteger}
              labelWidth={150}
            />
          )}
        </FigureFrame>
      </div>
    </article>
  );
}
