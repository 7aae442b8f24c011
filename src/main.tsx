import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { rerunQueriesAfterRestart } from './app/engine-recovery';
import { Layout } from './app/layout';
import { createQueryClient, Providers } from './app/providers';
import { isPrecomputed } from './data/precomputed';
import { startEngine } from './db/engine';
import './styles.css';

const queryClient = createQueryClient();

// Start DuckDB before the first render, so the wasm downloads while React draws the page from results
// computed at build time; once it is ready, those results are recomputed live.
startEngine().then(
  () => queryClient.invalidateQueries({ predicate: (query) => isPrecomputed(query.state.data) }),
  (error: unknown) => console.error(error),
);

rerunQueriesAfterRestart(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <Providers client={queryClient}>
      <Layout />
    </Providers>
  </StrictMode>,
);
