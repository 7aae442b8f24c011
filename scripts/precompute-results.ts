/**
 * Computes results with the app's own SQL on DuckDB-wasm (in Node) over the bundled CSVs, and prints them as
 * JSON keyed by analysisKey(): the default views' (until DuckDB is ready) and the standing analyses' (for as long
 * as the bundled data is in use). The build embeds this output (precomputed-results-plugin).
 */
import { analysisKey } from '../src/data/analysis';
import type { AnalysisQuery } from '../src/data/analysis';
import type { BuildTimeResults } from '../src/data/precomputed';
import type { Connector, Row } from '../src/db/connector';
import { openBundledDatabase, runAnalysis } from './lib/bundled-database';
import { defaultAnalyses, standingAnalyses } from './precompute/default-analyses';

async function computeAll(db: Connector, analyses: readonly AnalysisQuery[]): Promise<Record<string, Row[]>> {
  const results: Record<string, Row[]> = {};
  for (const analysis of analyses) results[analysisKey(analysis)] = await runAnalysis(db, analysis);
  return results;
}

export async function precomputeResults(): Promise<BuildTimeResults> {
  const db = await openBundledDatabase();
  return {
    firstPaint: await computeAll(db, defaultAnalyses()),
    standing: await computeAll(db, standingAnalyses()),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(await precomputeResults()));
}
