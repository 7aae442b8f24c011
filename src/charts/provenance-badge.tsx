import { createContext, useContext, useSyncExternalStore } from 'react';
import type { TableName } from '../data/catalogue';
import { provenanceSnapshot, subscribeToProvenance } from '../data/dataset-versions';

export type Provenance = 'published' | 'illustrative' | 'published and illustrative';

/**
 * The tables the numbers of a view come from, set by the app for each view. A figure or headline that reads
 * fewer (the board mixes all three analyses) names its own tables instead.
 */
export const ViewTablesContext = createContext<readonly TableName[]>([]);

const CLAIM: Record<Provenance, { short: string; long: string }> = {
  published: { short: 'Published', long: 'Published figures' },
  illustrative: { short: 'Illustrative', long: 'Illustrative data, not official figures' },
  'published and illustrative': {
    short: 'Published and illustrative',
    long: 'Published totals with illustrative detail',
  },
};

/** The uploaded files that the given tables (by default the view's) now hold, each named once. */
export function useUploadedFiles(tables?: readonly TableName[]): string[] {
  const viewTables = useContext(ViewTablesContext);
  const snapshot = useSyncExternalStore(subscribeToProvenance, provenanceSnapshot);
  const files = (tables ?? viewTables).flatMap((table) => {
    const p = snapshot.get(table);
    return p?.source === 'uploaded' && p.upload ? [p.upload.fileName] : [];
  });
  return [...new Set(files)];
}

/**
 * Whether numbers are published or illustrative, as their author marked them for the bundled data. Once a
 * table they come from holds an upload, that claim no longer holds: the badge then says the numbers are
 * computed from the analyst's own file, so an upload is never presented as official figures.
 */
export function ProvenanceBadge({
  provenance,
  tables,
  short = false,
}: {
  readonly provenance: Provenance;
  readonly tables?: readonly TableName[];
  readonly short?: boolean;
}) {
  const files = useUploadedFiles(tables);
  if (files.length > 0)
    return (
      <span className="provenance provenance-uploaded" data-provenance="uploaded">
        {short ? 'Your upload' : `Computed from your upload (${files.join(', ')})`}
      </span>
    );
  return (
    <span className={`provenance provenance-${provenance.split(' ')[0]}`} data-provenance={provenance}>
      {short ? CLAIM[provenance].short : CLAIM[provenance].long}
    </span>
  );
}
