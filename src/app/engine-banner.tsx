import { useState, useSyncExternalStore } from 'react';
import { engineStatus, restartEngine, subscribeToEngine } from '../db/engine';

/**
 * Says, in plain words, that the database engine stopped and what happens next: while it restarts (or waits for
 * the analyst to restart it) a role="alert" message; once it is back, a role="status" note that can be dismissed.
 * The data itself is safe either way: bundled tables come with the app and uploads are kept in the browser.
 */
export function EngineBanner() {
  const status = useSyncExternalStore(subscribeToEngine, engineStatus);
  const [dismissed, setDismissed] = useState(0);

  if (status.lostBecause === null) return null;
  if (status.state === 'running') {
    if (dismissed === status.generation) return null;
    return (
      <div role="status" className="engine-banner engine-banner-recovered">
        <p>
          The database was restarted and your data reloaded, uploads included; the charts were worked out
          again.
        </p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setDismissed(status.generation)}
        >
          Dismiss
        </button>
      </div>
    );
  }
  const stopped = status.state === 'stopped';
  return (
    <div role="alert" className="engine-banner">
      <p>
        <strong>The database in this page stopped working</strong>
        {status.lostBecause.includes('memory') ? ', probably because it ran out of memory' : ''}. Your
        uploaded data is safe: it is kept in this browser.
      </p>
      {stopped ? (
        <>
          <p>It stopped again soon after a restart, so it was not restarted by itself.</p>
          <button
            type="button"
            className="button"
            // A failure to start shows this banner again (the engine is then stopped once more).
            onClick={() => void restartEngine().catch(() => undefined)}
          >
            Restart the database
          </button>
        </>
      ) : (
        <p>It is restarting and reloading your data; the charts will come back by themselves.</p>
      )}
      <p className="engine-banner-detail">Details: {status.lostBecause}</p>
    </div>
  );
}
