/// <reference types="vite/client" />

declare module 'virtual:precomputed-results' {
  /** Rows of each default analysis, keyed by analysisKey(); empty in the dev server. */
  const results: Record<string, Record<string, unknown>[]>;
  export default results;
}
