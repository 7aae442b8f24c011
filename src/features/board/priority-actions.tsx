import { formatInteger, formatTwoDecimals } from '../../charts/format';
import type { GapPairRow, ReadyGroupRow } from './queries';
import { MIN_RESPONDENTS } from './readiness-spc';

interface PriorityActionsProps {
  readonly gaps: readonly GapPairRow[] | undefined;
  readonly groups: readonly ReadyGroupRow[] | undefined;
  /** The scope's URL query, so each link opens the explaining view for the same scope. */
  readonly scopeQuery: string;
}

const withScope = (query: string, scopeQuery: string) => [query, scopeQuery].filter(Boolean).join('&');

/** The three priority learning needs and the staff groups AI reaches first, each linking to its explanation. */
export function PriorityActions({ gaps, groups, scopeQuery }: PriorityActionsProps) {
  const needs = (gaps ?? []).filter((g) => g.respondents >= MIN_RESPONDENTS).slice(0, 3);
  return (
    <section className="board-actions" aria-labelledby="board-actions-title">
      <h2 id="board-actions-title">What to do</h2>
      <ol>
        {needs.map((need) => (
          <li key={`${need.archetype}-${need.domain_id}`}>
            Commission learning in <strong>{need.domain_name}</strong> for <strong>{need.archetype}</strong>:{' '}
            {formatInteger(need.below_target)} of {formatInteger(need.respondents)} are below target, on
            average {formatTwoDecimals(need.mean_gap)} levels short.{' '}
            <a
              href={`#/capabilities?${withScope(`archetype=${encodeURIComponent(need.archetype)}&domain=${need.domain_id}`, scopeQuery)}`}
            >
              See the capability gaps for {need.archetype} in {need.domain_name}
            </a>
          </li>
        ))}
        {groups && groups.length > 0 && (
          <li>
            Prepare the staff groups that AI technologies ready within a year reach most:{' '}
            {groups.map((group, i) => (
              <span key={group.workforce_group}>
                {i > 0 && (i === groups.length - 1 ? ' and ' : '; ')}
                <a href={`#/technologies?group=${encodeURIComponent(group.workforce_group)}&years=0`}>
                  {group.workforce_group} ({formatInteger(group.technologies)} technologies)
                </a>
              </span>
            ))}
            .
          </li>
        )}
      </ol>
    </section>
  );
}
