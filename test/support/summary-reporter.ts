import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "N passed, N failed" (", N skipped" when any), after Vitest's own summary,
 * so that CI can read the outcome of every tier in one place. A file that failed before any of its tests ran
 * (an import or setup error) and errors outside any test are counted too, so the line never reads as a pass
 * when something broke.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) counts[test.result().state] += 1;
    }
    const brokenFiles = testModules.filter((m) => m.errors().length > 0).length;
    const skipped = counts.skipped + counts.pending;
    const extra = [
      skipped ? `${skipped} skipped` : '',
      brokenFiles ? `${brokenFiles} file${brokenFiles === 1 ? '' : 's'} failed to run` : '',
      unhandledErrors.length ? `${unhandledErrors.length} errors outside tests` : '',
    ].filter(Boolean);
    console.log(`\n${counts.passed} passed, ${counts.failed} failed${extra.map((e) => `, ${e}`).join('')}`);
  }
}
