import type { ReactNode } from 'react';
import type { Provenance } from './figure-frame';

interface HeadlineProps {
  readonly label: string;
  /** The formatted number, or undefined while it loads. */
  readonly value: string | undefined;
  readonly detail: string;
  readonly provenance: Provenance;
  /** A link or note under the number. */
  readonly children?: ReactNode;
}

/** One headline number with what it means and whether it is published or illustrative. */
export function Headline({ label, value, detail, provenance, children }: HeadlineProps) {
  return (
    <div className="headline" aria-busy={value === undefined}>
      <dt>{label}</dt>
      <dd>
        <span className="headline-value">{value ?? '…'}</span>
        <span className="headline-detail">{detail}</span>
        <span className={`provenance provenance-${provenance.split(' ')[0]}`}>
          {provenance === 'published'
            ? 'Published'
            : provenance === 'illustrative'
              ? 'Illustrative'
              : 'Published and illustrative'}
        </span>
        {children}
      </dd>
    </div>
  );
}
