import { downloadBlob, toCsv } from '../../charts/csv-export';
import { formatInteger } from '../../charts/format';
import type { RowProblem } from '../../data/upload/problems';
import type { SaveOutcome } from '../../data/upload/saved-uploads';
import { StorageFullError } from '../../data/upload/upload-store';
import type { UploadTarget } from '../../data/upload/upload-file';
import { formatSize } from '../../data/upload/problems';
import { ColumnMapping } from './column-mapping';
import type { UploadEntry } from './use-uploads';

/** Problems shown on the page; all of them (up to 10,000) are in the download. */
const SHOWN = 20;

function downloadProblems(fileName: string, problems: readonly RowProblem[]) {
  const csv = toCsv(
    ['file', 'line', 'column', 'value', 'expected'],
    problems.map((p) => [fileName, p.line ?? '', p.column, p.value ?? '', p.expected]),
  );
  downloadBlob(
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    `${fileName.replace(/\.[^.]*$/, '')}-problems.csv`,
  );
}

function ProblemTable({ fileName, problems }: { fileName: string; problems: readonly RowProblem[] }) {
  return (
    <div className="data-table" tabIndex={0} role="region" aria-label={`Problems in ${fileName}`}>
      <table>
        <caption>Problems in {fileName}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Line
            </th>
            <th scope="col">Column</th>
            <th scope="col">Value in the file</th>
            <th scope="col">Expected</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((p, i) => (
            <tr key={i}>
              <td className="numeric">{p.line === null ? '' : formatInteger(p.line)}</td>
              <td>{p.column}</td>
              <td>
                {p.value === null ? <span className="empty-value">(empty)</span> : <code>{p.value}</code>}
              </td>
              <td>{p.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function savedText(saved: SaveOutcome | undefined): string {
  if (!saved) return 'Keeping it in this browser for next time…';
  if (saved.saved) return 'Kept in this browser: it will still be in use after a reload.';
  if (saved.error instanceof StorageFullError)
    return (
      `It could not be kept for next time: this browser's storage for the site is full` +
      (saved.error.available !== null
        ? ` (${formatSize(saved.error.available)} free, ${formatSize(saved.error.needed)} needed)`
        : '') +
      '. It is in use now, but after a reload the previous data will be back. Free space by restoring the bundled data or removing tables you no longer need, then upload it again.'
    );
  return `It could not be kept for next time (${saved.error instanceof Error ? saved.error.message : String(saved.error)}). It is in use until you reload the page.`;
}

export function UploadReport({
  entry,
  onRetry,
  onDismiss,
}: {
  entry: UploadEntry;
  onRetry: (target: UploadTarget | 'explore') => void;
  onDismiss: () => void;
}) {
  const { result, file } = entry;
  if (!result) return null;
  const dismiss = (
    <button type="button" className="button button-secondary" onClick={onDismiss}>
      Dismiss<span className="visually-hidden"> the report on {file.name}</span>
    </button>
  );
  if (result.status === 'cancelled')
    return (
      <div role="status" className="upload-report">
        <p>
          <strong>{file.name}</strong>: cancelled. Nothing was changed.
        </p>
        {dismiss}
      </div>
    );
  if (result.status === 'loaded') {
    const into =
      result.kind === 'catalogue' ? `into ${result.table}` : `as a table of its own, ${result.table}`;
    return (
      <div className="upload-report upload-report-loaded">
        <div role="status">
          <p>
            <strong>{file.name}</strong> loaded {into}: {formatInteger(result.added)} rows
            {result.rows !== result.added
              ? ` added (${formatInteger(result.rows)} rows in the table now)`
              : ''}
            .
          </p>
          {result.notices.map((notice) => (
            <p key={notice} className="notice">
              {notice}
            </p>
          ))}
        </div>
        <p
          className={entry.saved && !entry.saved.saved ? 'notice notice-warning' : 'notice'}
          role={entry.saved && !entry.saved.saved ? 'alert' : undefined}
        >
          {savedText(entry.saved)}
        </p>
        {dismiss}
        {result.kind === 'explore' && (
          <ColumnMapping fileName={file.name} header={result.header} suggested={null} onSubmit={onRetry} />
        )}
      </div>
    );
  }
  const { error, header, match } = result;
  return (
    <div className="upload-report upload-report-rejected">
      <div role="alert">
        <p>
          <strong>{file.name}</strong> was not loaded. {error.message}
        </p>
        {error.problems.length > 0 && (
          <>
            <ProblemTable fileName={file.name} problems={error.problems} />
            <p>
              {error.total > SHOWN
                ? `The first ${SHOWN} of ${formatInteger(error.total)} problems are shown.`
                : `${formatInteger(error.total)} ${error.total === 1 ? 'problem' : 'problems'} in all.`}
            </p>
          </>
        )}
      </div>
      <div className="figure-actions">
        {error.problems.length > 0 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => downloadProblems(file.name, error.problems)}
          >
            Download{' '}
            {error.total > error.problems.length
              ? `the first ${formatInteger(error.problems.length)}`
              : 'all'}{' '}
            problems (CSV)
          </button>
        )}
        {dismiss}
      </div>
      {header && header.length > 0 && (
        <ColumnMapping fileName={file.name} header={header} suggested={match ?? null} onSubmit={onRetry} />
      )}
    </div>
  );
}
