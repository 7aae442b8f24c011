import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { rerunQueriesAfterRestart } from './app/engine-recovery';
import { Layout } from './app/layout';
import { createQueryClient, Providers } from './app/providers';
import { loadAllRoutes, loadRoute } from './app/routes';
import { isPrecomputed } from './data/precomputed';
import { startEngine } from './db/engine';
import { parseHash } from './state/hash-location';
import './styles.css';

// The view's own code first, then the engine's.
const view = loadRoute(parseHash(window.location.hash).path);

const queryClient = createQueryClient();

// Start DuckDB before the first render, so the wasm downloads while React draws the page from results
// computed at build time; once it is ready, those results are recomputed live, and the other views' code loads.
startEngine().then(
  () => {
    void loadAllRoutes();
    return queryClient.invalidateQueries({ predicate: (query) => isPrecomputed(query.state.data) });
  },
  (error: unknown) => console.error(error),
);

rerunQueriesAfterRestart(queryClient);

// The first render waits for the view's code (a few kB, already on its way) rather than showing a fallback
// that React would then keep on screen for up to 300 ms.
await view;

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <Providers client={queryClient}>
      <Layout />
    </Providers>
  </StrictMode>,
);
