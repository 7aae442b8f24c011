import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, startPreview } from '../../../scripts/lib/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app once and serves the production build for every end-to-end test file. */
export default async function setup(project: TestProject) {
  // A build of its own, so that a concurrent run (or `npm start`) never serves half-written files.
  const outDir = mkdtempSync(path.join(tmpdir(), 'e2e-dist-'));
  buildApp(outDir);
  const server = await startPreview(outDir);
  project.provide('baseUrl', server.url);
  return () => {
    server.stop();
    rmSync(outDir, { recursive: true, force: true });
  };
}
