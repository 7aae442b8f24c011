// Tests use the same Node engine and loader as the build-time scripts.
export {
  DATASETS_DIR,
  load,
  openBundledDatabase,
  readBundledTable,
  runAnalysis,
} from '../../scripts/lib/bundled-database';
