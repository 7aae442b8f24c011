import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Layout } from './app/layout';
import { createQueryClient, Providers } from './app/providers';
import { startEngine } from './db/engine';
import './styles.css';

// Start DuckDB before the first render, so the wasm downloads while React draws the page.
startEngine().catch((error: unknown) => console.error(error));

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <Layout />
    </Providers>
  </StrictMode>,
);
