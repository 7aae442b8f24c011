import { formatInteger, formatPercent, formatTwoDecimals } from '../../charts/format';
import type { Variation } from '../../charts/xmr';

/** The numbers the written summary may use; every sentence is backed by one of them. */
export interface SummaryFacts {
  readonly scopeName: string;
  readonly latestRound: string | null;
  readonly share: number | null;
  readonly previousShare: number | null;
  readonly englandShare: number | null;
  readonly variation: Variation | null;
  readonly largestGap: {
    archetype: string;
    domain: string;
    meanGap: number;
    below: number;
    respondents: number;
  } | null;
  readonly readyWithinYear: number | null;
  readonly readyInUse: number | null;
  readonly topGroups: readonly string[];
  readonly wte2020: number | null;
  readonly wte2030: number | null;
}

const points = (difference: number) => {
  const rounded = Math.round(Math.abs(difference));
  return `${rounded} percentage point${rounded === 1 ? '' : 's'}`;
};

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} and ${items.at(-1)}`;
}

/** Three to five plain-English sentences from the data, for a board member to read aloud. */
export function boardSummary(f: SummaryFacts): string[] {
  const sentences: string[] = [];
  if (f.share !== null && f.latestRound) {
    let sentence = `In ${f.scopeName}, ${formatPercent(f.share)} of staff capability self-assessments met the level their role's archetype needs in the ${f.latestRound} round`;
    if (f.previousShare !== null) {
      const change = f.share - f.previousShare;
      sentence +=
        Math.round(change) === 0
          ? ', about the same as the previous round'
          : `, ${change > 0 ? 'up' : 'down'} ${points(change)} on the previous round`;
    }
    if (f.englandShare !== null && f.scopeName !== 'England') {
      const difference = f.share - f.englandShare;
      sentence +=
        Math.round(difference) === 0
          ? ` and in line with England (${formatPercent(f.englandShare)})`
          : ` and ${points(difference)} ${difference > 0 ? 'above' : 'below'} England (${formatPercent(f.englandShare)})`;
    }
    sentences.push(`${sentence}.`);
  } else if (f.latestRound) {
    sentences.push(
      `In ${f.scopeName}, too few staff answered the ${f.latestRound} assessment to report the share meeting their target.`,
    );
  }
  if (f.variation) {
    sentences.push(
      f.variation === 'common cause'
        ? 'Over the assessment rounds the measure shows only common-cause variation: no significant change in the latest round.'
        : f.variation === 'special cause improvement'
          ? 'Over the assessment rounds the measure shows special-cause improvement: the latest round is a significant change for the better.'
          : 'Over the assessment rounds the measure shows special-cause concern: the latest round is a significant change for the worse.',
    );
  }
  if (f.largestGap) {
    const g = f.largestGap;
    sentences.push(
      `The largest capability gap is for ${g.archetype} in ${g.domain}: ${formatInteger(g.below)} of ${formatInteger(g.respondents)} are below the target level, on average ${formatTwoDecimals(g.meanGap)} levels short.`,
    );
  }
  if (f.readyWithinYear !== null) {
    const inUse =
      f.readyInUse !== null && f.scopeName !== 'England'
        ? `, ${formatInteger(f.readyInUse)} of them already in use in ${f.scopeName}`
        : '';
    const groups = f.topGroups.length > 0 ? `; they reach ${listOf(f.topGroups)} most` : '';
    sentences.push(
      `${formatInteger(f.readyWithinYear)} AI technologies are expected to be ready for large-scale deployment within a year${inUse}${groups}.`,
    );
  }
  if (f.wte2020 !== null && f.wte2030 !== null) {
    sentences.push(
      `Nationally, the digital, data and technology workforce needs to grow from ${formatInteger(f.wte2020)} WTE in 2020 to ${formatInteger(f.wte2030)} WTE by 2030, ${formatPercent((100 * (f.wte2030 - f.wte2020)) / f.wte2020)} more.`,
    );
  }
  return sentences;
}
