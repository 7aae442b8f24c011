/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { immutableAssets } from './scripts/lib/immutable-assets-plugin.ts';
import { precomputedResults } from './scripts/lib/precomputed-results-plugin.ts';

/**
 * Content Security Policy for the built app: everything from the app's own origin, WebAssembly allowed to
 * compile (`wasm-unsafe-eval`) and nothing else. Only added to the build: the dev server injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob:",
  "img-src 'self' blob: data:",
  // Recharts and React set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative base so the build can be served from any path on any static host.
  base: './',
  plugins: [react(), contentSecurityPolicy(), precomputedResults(), immutableAssets()],
  build: {
    target: 'es2022',
    // The DuckDB wasm files are large by nature; they load in parallel with the first render.
    chunkSizeWarningLimit: 1200,
    // CSVs stay files: the CSP does not let fetch() read data: URLs, and they are data, not code.
    assetsInlineLimit: (file) => (file.endsWith('.csv') ? false : undefined),
    // The precomputed-results plugin runs DuckDB for a few seconds by design; its timing report is noise.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
