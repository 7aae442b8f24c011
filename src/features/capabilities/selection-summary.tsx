import { formatInteger, formatPercent, formatTwoDecimals } from '../../charts/format';
import { Headline } from '../../charts/headline';
import { isSuppressed, MIN_RESPONDENTS, SUPPRESSED } from '../../data/small-numbers';
import type { SummaryRow } from './queries';

interface SelectionSummaryProps {
  readonly summary: SummaryRow | undefined;
  readonly scope: string;
}

const shown = (value: number | null | undefined, format: (value: number) => string) =>
  value === undefined ? undefined : value === null ? SUPPRESSED : format(value);

/**
 * The selection in three numbers. When it holds fewer than ten respondents, the count is shown and a note says
 * why every share and gap on the page is withheld.
 */
export function SelectionSummary({ summary, scope }: SelectionSummaryProps) {
  const small = summary !== undefined && isSuppressed(summary.respondents);
  return (
    <>
      <dl className="headlines">
        <Headline
          label="Respondents"
          value={summary && formatInteger(summary.respondents)}
          detail={`in the selection: ${scope}`}
          provenance="illustrative"
        />
        <Headline
          label="Meeting their target"
          value={shown(summary?.share_meeting, formatPercent)}
          detail="of respondent-domain pairs reach the level their archetype needs"
          provenance="illustrative"
        />
        <Headline
          label="Mean gap"
          value={shown(summary?.mean_gap, (v) => `${formatTwoDecimals(v)} levels`)}
          detail="below target, per respondent and domain (0 where the target is met)"
          provenance="illustrative"
        />
      </dl>
      {small && (
        <p className="notice" data-testid="small-numbers-notice">
          <strong>Small numbers.</strong> This selection has {formatInteger(summary.respondents)}{' '}
          {summary.respondents === 1 ? 'respondent' : 'respondents'}. With fewer than {MIN_RESPONDENTS}{' '}
          respondents, shares and gaps are suppressed, as NHS statistical disclosure practice expects, because
          they could identify individuals. Widen the filters to see them.
        </p>
      )}
    </>
  );
}
