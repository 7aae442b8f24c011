import type { HashLocation } from './hash-location';
import { hashWithoutIgnored, ignoredSentence, type IgnoredValue } from './ignored-values';
import './ignored-values-notice.css';

interface IgnoredValuesNoticeProps {
  readonly ignored: readonly IgnoredValue[];
  readonly location: HashLocation;
}

/**
 * Says which values of a link the view ignored, and offers the link without them. A polite status, not an
 * alert: the view still works, it just shows more than the link asked for. The live region is always rendered,
 * so screen readers announce a notice that appears once the filter options load.
 */
export function IgnoredValuesNotice({ ignored, location }: IgnoredValuesNoticeProps) {
  return (
    <div role="status" className="ignored-values-status">
      {ignored.length > 0 && (
        <div className="ignored-values-notice">
          {ignored.map((i) => (
            <p key={`${i.param}\u0000${i.value}`}>{ignoredSentence(i)}</p>
          ))}
          <p>
            <a href={hashWithoutIgnored(location, ignored)}>
              {ignored.length === 1 ? 'Remove it from the link' : 'Remove them from the link'}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
