import { ExploreSection } from './explore-section';
import { SqlWorkbench } from './sql-workbench';
import { TablesInUse } from './tables-in-use';
import { UploadPanel } from './upload-panel';
import './data.css';

export function DataPage() {
  return (
    <>
      <h1>Data</h1>
      <p className="lede">
        The tables every view reads, and your own. Everything is loaded into DuckDB in this browser; nothing
        is sent anywhere.
      </p>
      <UploadPanel />
      <TablesInUse />
      <ExploreSection />
      <SqlWorkbench />
    </>
  );
}
