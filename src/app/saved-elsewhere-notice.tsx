import { useEffect, useState } from 'react';
import type { ProvenanceSnapshot } from '../data/dataset-versions';
import {
  readSavedProvenance,
  subscribeToSavedElsewhere,
  type SavedProvenance,
} from '../data/upload/saved-provenance';

/**
 * Two tabs share the browser's saved uploads, and the last one to save a table wins. The other tab keeps showing
 * what it loaded (changing the numbers under an analyst mid-thought would be worse), and this note tells it that
 * the saved data has moved on, and offers a reload to use it.
 */
export function SavedElsewhereNotice({ provenance }: { provenance: ProvenanceSnapshot }) {
  const [saved, setSaved] = useState<readonly SavedProvenance[] | null>(null);
  useEffect(() => subscribeToSavedElsewhere(() => setSaved(readSavedProvenance())), []);
  // Tables saved by another tab with data this tab does not show (compared when either side changes).
  const changed = (saved ?? []).filter((s) => provenance.get(s.table)?.upload?.loadedAt !== s.loadedAt);
  if (changed.length === 0) return null;
  return (
    <div role="status" className="engine-banner engine-banner-elsewhere">
      <p>
        Another tab saved new data for this site:{' '}
        {changed.map((s) => `${s.table} from ${s.fileName}`).join('; ')}. This tab still shows the data it
        loaded; reload it to use the latest saved data.
      </p>
      <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
        Reload this tab
      </button>
    </div>
  );
}
