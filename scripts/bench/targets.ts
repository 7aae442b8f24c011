/** The targets of DESIGN.md section 6, checked against one benchmark run's numbers. */
export interface BenchNumbers {
  readonly firstChartMs: number;
  readonly firstChartToBare: number;
  readonly duckdbReadyMs: number;
  readonly jsNeededKb: number;
  readonly filterBundledP95Ms: number | null;
  readonly filterUploadedP95Ms: number | null;
  readonly uploadMs: number | null;
  readonly uploadToBare: number | null;
}

export interface TargetCheck {
  readonly measure: string;
  readonly value: number | null;
  readonly target: string;
  /** Null when the measure was skipped in this run. */
  readonly met: boolean | null;
}

const under = (measure: string, value: number | null, limit: number, unit: string): TargetCheck => ({
  measure,
  value: value === null ? null : Math.round(value * 10) / 10,
  target: `under ${limit} ${unit}`,
  met: value === null ? null : value < limit,
});

export function checkTargets(n: BenchNumbers): TargetCheck[] {
  return [
    under('first chart (ms)', n.firstChartMs, 600, 'ms'),
    under('first chart / bare DuckDB start', n.firstChartToBare, 0.6, 'x'),
    under('DuckDB ready, filters answer (ms)', n.duckdbReadyMs, 1500, 'ms'),
    under('filter change, bundled data, p95 (ms)', n.filterBundledP95Ms, 50, 'ms'),
    under('filter change, 1M-row upload, p95 (ms)', n.filterUploadedP95Ms, 150, 'ms'),
    under('1M-row upload to queryable (ms)', n.uploadMs, 1500, 'ms'),
    {
      measure: '1M-row upload / bare read_csv',
      value: n.uploadToBare,
      target: 'at most 1.5 x',
      met: n.uploadToBare === null ? null : n.uploadToBare <= 1.5,
    },
    under('JavaScript the first chart needs (kB gzip)', n.jsNeededKb, 250, 'kB'),
  ];
}
