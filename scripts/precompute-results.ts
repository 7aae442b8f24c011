/**
 * Computes the default views' results with the app's own SQL on DuckDB-wasm (in Node) over the bundled CSVs,
 * and prints them as JSON keyed by analysisKey(). The build embeds this output (precomputed-results-plugin).
 */
import { analysisKey } from '../src/data/analysis';
import type { Row } from '../src/db/connector';
import { openBundledDatabase, runAnalysis } from './lib/bundled-database';
import { defaultAnalyses } from './precompute/default-analyses';

export async function precomputeResults(): Promise<Record<string, Row[]>> {
  const db = await openBundledDatabase();
  const results: Record<string, Row[]> = {};
  for (const analysis of defaultAnalyses()) results[analysisKey(analysis)] = await runAnalysis(db, analysis);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(await precomputeResults()));
}
