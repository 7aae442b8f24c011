import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatOneDecimal, formatPercent } from '../../charts/format';
import { lazy, Suspense } from 'react';
import { MIN_XMR_POINTS, xmr, type XmrResult } from '../../charts/xmr';
import type { RoundShareRow } from './queries';

// Recharts is the largest piece of JavaScript the board needs: loaded apart, so the board's other numbers and its
// bar chart draw without waiting for it.
const SpcChart = lazy(() => import('../../charts/spc-chart').then((m) => ({ default: m.SpcChart })));

/** Below this many respondents a round's percentage is suppressed (NHS statistical disclosure practice). */
export const MIN_RESPONDENTS = 10;

interface SpcRow extends Record<string, unknown> {
  round: string;
  respondents: number;
  share_meeting: number | null;
  moving_range: number | null;
  special_cause: string;
}

export function readinessXmr(rows: readonly RoundShareRow[]): XmrResult | null {
  const shown = rows.filter((r) => r.respondents >= MIN_RESPONDENTS);
  return shown.length >= MIN_XMR_POINTS ? xmr(shown.map((r) => r.share_meeting)) : null;
}

const VARIATION_WORDS = {
  'common cause': 'Common-cause variation: the latest round is within what this process normally produces.',
  'special cause improvement':
    'Special-cause improvement: the latest round signals a real change for the better.',
  'special cause concern': 'Special-cause concern: the latest round signals a real change for the worse.',
} as const;

interface ReadinessSpcProps {
  readonly scopeName: string;
  readonly rows: readonly RoundShareRow[] | undefined;
  readonly error: Error | null;
  readonly onRetry: () => void;
}

/** Share meeting target across rounds as a Making Data Count XmR chart, or a run chart with too few rounds. */
export function ReadinessSpc({ scopeName, rows, error, onRetry }: ReadinessSpcProps) {
  const shown = rows?.filter((r) => r.respondents >= MIN_RESPONDENTS);
  const result = rows ? readinessXmr(rows) : null;
  let next = 0;
  const tableRows: SpcRow[] | undefined = rows?.map((r) => {
    if (r.respondents < MIN_RESPONDENTS) {
      return {
        ...r,
        share_meeting: null,
        moving_range: null,
        special_cause: 'Suppressed: fewer than 10 respondents',
      };
    }
    const point = result?.points[next++];
    return {
      round: r.round,
      respondents: r.respondents,
      share_meeting: r.share_meeting,
      moving_range: point?.movingRange ?? null,
      special_cause: point
        ? point.reasons.length
          ? `Special cause: ${point.reasons.join('; ')}`
          : 'Common cause'
        : '',
    };
  });
  const takeaway = result
    ? `${VARIATION_WORDS[result.variation]} Mean ${formatOneDecimal(result.mean)}%, process limits ${formatOneDecimal(result.lowerLimit)}% to ${formatOneDecimal(result.upperLimit)}%.`
    : `Fewer than ${MIN_XMR_POINTS} rounds with enough respondents: a run chart around the median, without process limits.`;
  return (
    <FigureFrame
      title={`Staff meeting their capability target over time: ${scopeName}`}
      takeaway={takeaway}
      source="Capability self-assessments, synthetic records; XmR limits are the mean ± 2.66 × the average moving range (NHS England, Making Data Count)"
      provenance="illustrative"
      tables={['capability_assessments', 'capability_targets', 'icbs']}
      columns={[
        { key: 'round', label: 'Round' },
        { key: 'respondents', label: 'Respondents', unit: 'count', format: formatInteger },
        { key: 'share_meeting', label: 'Meeting target', unit: '% of assessments', format: formatOneDecimal },
        { key: 'moving_range', label: 'Moving range', unit: 'points', format: formatOneDecimal },
        { key: 'special_cause', label: 'Variation' },
      ]}
      rows={tableRows}
      error={error}
      onRetry={onRetry}
      emptyMessage="No assessments in this scope."
    >
      {shown && (
        <>
          <Suspense fallback={<p className="figure-message figure-loading">Drawing the chart…</p>}>
            <SpcChart
              labels={shown.map((r) => r.round)}
              values={shown.map((r) => r.share_meeting)}
              xmr={result}
              higherIsBetter
              format={(v) => formatPercent(v)}
            />
          </Suspense>
          <p className="spc-key">
            Key: grey circles are common cause; blue squares are special-cause improvement; orange diamonds
            are special-cause concern. No target is set for this measure, so there is no assurance assessment.
          </p>
        </>
      )}
    </FigureFrame>
  );
}
