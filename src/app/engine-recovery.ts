import type { QueryClient } from '@tanstack/react-query';
import { engineStatus, subscribeToEngine } from '../db/engine';

/**
 * When a fresh engine replaces a lost one, every query runs again on it. Results cached from the old engine were
 * right, but a query that failed while the engine was down would otherwise keep its error, and re-running the
 * visible ones shows that the new engine holds the same data. Query keys carry table versions, so nothing else
 * needs to change: the new engine reloads each table on first use (saved uploads included).
 */
export function rerunQueriesAfterRestart(client: QueryClient): () => void {
  let seen = engineStatus().generation;
  return subscribeToEngine(() => {
    const { state, generation, lostBecause } = engineStatus();
    if (state !== 'running' || lostBecause === null || generation === seen) return;
    seen = generation;
    void client.invalidateQueries();
  });
}
