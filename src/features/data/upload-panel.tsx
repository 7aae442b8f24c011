import { useId, useState, type DragEvent } from 'react';
import type { LoadMode } from '../../data/load-csv';
import { formatSize } from '../../data/upload/problems';
import type { UploadStep } from '../../data/upload/load-table';
import { UploadReport } from './upload-report';
import { useUploads, type UploadEntry } from './use-uploads';

const STEPS: readonly UploadStep[] = ['reading', 'loading', 'checking', 'saving'];
const STEP_TEXT: Record<UploadStep, string> = {
  reading: 'Reading the start of the file',
  loading: 'Loading rows',
  checking: 'Checking every row',
  saving: 'Keeping it for next time',
};

function Progress({ entry, onCancel }: { entry: UploadEntry; onCancel: () => void }) {
  const step = entry.step ?? 'reading';
  const position = STEPS.indexOf(step) + 1;
  const id = useId();
  return (
    <div className="upload-progress">
      <label htmlFor={id}>
        {STEP_TEXT[step]} of {entry.file.name} ({formatSize(entry.file.size)}), step {position} of{' '}
        {STEPS.length}…
      </label>
      <progress id={id} max={STEPS.length} value={position - 0.5} />
      <button type="button" className="button button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** DESIGN.md section 4 "Upload": a labelled file input, drag and drop, one or more CSV files. */
export function UploadPanel() {
  const inputId = useId();
  const hintId = useId();
  const [mode, setMode] = useState<LoadMode>('replace');
  const [dragging, setDragging] = useState(false);
  const { entries, add, retry, cancel, dismiss } = useUploads();
  const active = entries.find((e) => e.state === 'running');

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) add(files, mode);
  };

  return (
    <section aria-labelledby={`${inputId}-heading`} className="panel">
      <h2 id={`${inputId}-heading`}>Upload your own data</h2>
      <p>
        Bring your ICB&rsquo;s assessment results, an updated roadmap extract, a local projection or any other
        CSV. Files are read in this browser only. A file whose header matches one of the tables below replaces
        it (or adds to it); any other CSV becomes a table of its own, to explore.
      </p>
      <fieldset className="upload-mode">
        <legend>When a file matches a table</legend>
        <label>
          <input
            type="radio"
            name="upload-mode"
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />{' '}
          Replace the table with the file&rsquo;s rows
        </label>
        <label>
          <input
            type="radio"
            name="upload-mode"
            value="append"
            checked={mode === 'append'}
            onChange={() => setMode('append')}
          />{' '}
          Add the file&rsquo;s rows to the table
        </label>
      </fieldset>
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="drop-zone-label">
          Choose CSV files
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          multiple
          aria-describedby={hintId}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            // Cleared so that choosing the same file again (after fixing it) starts a new upload.
            e.target.value = '';
            if (files.length > 0) add(files, mode);
          }}
        />
        <p id={hintId} className="hint">
          Or drop files here. CSV with a header row, up to 600 MB each.
        </p>
      </div>
      {active && <Progress entry={active} onCancel={cancel} />}
      <ul className="upload-results">
        {entries
          .filter((e) => e.state === 'done')
          .map((entry) => (
            <li key={entry.id}>
              <UploadReport
                entry={entry}
                onRetry={(target) => retry(entry, target)}
                onDismiss={() => dismiss(entry.id)}
              />
            </li>
          ))}
      </ul>
    </section>
  );
}
