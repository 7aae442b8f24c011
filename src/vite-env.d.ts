/// <reference types="vite/client" />

declare module 'virtual:precomputed-results' {
  /** Rows keyed by analysisKey() (src/data/precomputed.ts); empty in the dev server. */
  const results: {
    readonly firstPaint: Record<string, Record<string, unknown>[]>;
    readonly standing: Record<string, Record<string, unknown>[]>;
  };
  export default results;
}
