import type { ReactNode } from 'react';
import type { TableName } from '../data/catalogue';
import { ProvenanceBadge, type Provenance } from './provenance-badge';

interface HeadlineProps {
  readonly label: string;
  /** The formatted number, or undefined while it loads. */
  readonly value: string | undefined;
  readonly detail: string;
  readonly provenance: Provenance;
  /** The tables the number comes from, when not all of the view's (see ProvenanceBadge). */
  readonly tables?: readonly TableName[];
  /** A link or note under the number. */
  readonly children?: ReactNode;
}

/** One headline number with what it means and whether it is published or illustrative. */
export function Headline({ label, value, detail, provenance, tables, children }: HeadlineProps) {
  return (
    <div className="headline" aria-busy={value === undefined}>
      <dt>{label}</dt>
      <dd>
        <span className="headline-value">{value ?? '…'}</span>
        <span className="headline-detail">{detail}</span>
        <ProvenanceBadge provenance={provenance} short {...(tables ? { tables } : {})} />
        {children}
      </dd>
    </div>
  );
}
