import type { TestProject } from 'vitest/node';
import { buildApp, startPreview } from '../../../scripts/lib/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app once and serves the production build for every end-to-end test file. */
export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) buildApp();
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
