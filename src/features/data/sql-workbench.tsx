import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { HorizontalBarChart } from '../../charts/bar-chart';
import { downloadBlob, toCsv } from '../../charts/csv-export';
import { DataTable, type TableColumn } from '../../charts/data-table';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger } from '../../charts/format';
import { runWorkbenchInBrowser } from '../../data/upload/browser-upload';
import type { WorkbenchResult } from '../../data/upload/workbench';
import type { Row } from '../../db/connector';

const LIMIT = 1000;
/** Bars the quick chart draws at most. */
const CHART_ROWS = 30;

const formatNumber = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 4 });

/** A bar chart of the first number column against the first other column, when the result has both. */
function QuickChart({ result }: { result: WorkbenchResult }) {
  const category = result.columns.find((c) => !c.numeric);
  const value = result.columns.find((c) => c.numeric);
  if (!category || !value || result.rows.length === 0) return null;
  const rows = result.rows.slice(0, CHART_ROWS).map((row) => ({
    category: row[category.name] === null ? '(empty)' : String(row[category.name]),
    value: typeof row[value.name] === 'number' ? (row[value.name] as number) : Number(row[value.name]),
  }));
  const shown = rows.length < result.rows.length ? `the first ${rows.length} rows` : 'every row';
  return (
    <FigureFrame
      title={`Quick chart: ${value.name} by ${category.name}`}
      takeaway={`${value.name} for ${shown} of the query result, in the query's order.`}
      source="Your query in the SQL workbench, run in this browser"
      provenance="illustrative"
      columns={[
        { key: 'category', label: category.name },
        { key: 'value', label: value.name, format: formatNumber },
      ]}
      rows={rows}
    >
      <HorizontalBarChart
        rows={rows}
        categoryKey="category"
        valueKey="value"
        valueLabel={value.name}
        format={formatNumber}
        labelWidth={200}
      />
    </FigureFrame>
  );
}

function exportCsv(result: WorkbenchResult) {
  const csv = toCsv(
    result.columns.map((c) => c.name),
    result.rows.map((row) => result.columns.map((c) => row[c.name])),
  );
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'query-result.csv');
}

/** A read-only query box over every loaded table, with the result as a table, a quick chart and a CSV export. */
export function SqlWorkbench() {
  const id = useId();
  const [text, setText] = useState(
    'SELECT region, count(*) AS icbs FROM icbs GROUP BY region ORDER BY icbs DESC',
  );
  const run = useMutation({ mutationFn: (query: string) => runWorkbenchInBrowser(query, LIMIT) });
  const result = run.data;
  const columns: TableColumn<Row>[] =
    result?.columns.map((c) => ({
      key: c.name,
      label: c.name,
      ...(c.numeric ? { format: formatNumber } : {}),
    })) ?? [];

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>SQL workbench</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run.mutate(text);
        }}
      >
        <label htmlFor={`${id}-query`}>Query</label>
        <p id={`${id}-hint`} className="hint">
          Read-only: one SELECT, WITH, SUMMARIZE or DESCRIBE statement over the tables above and your own
          tables. Ctrl+Enter runs it. At most {formatInteger(LIMIT)} rows are shown.
        </p>
        <textarea
          id={`${id}-query`}
          aria-describedby={`${id}-hint`}
          className="sql-input"
          rows={6}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              run.mutate(text);
            }
          }}
        />
        <div className="figure-actions">
          <button type="submit" className="button" disabled={run.isPending}>
            {run.isPending ? 'Running…' : 'Run query'}
          </button>
          {result && result.rows.length > 0 && (
            <button type="button" className="button button-secondary" onClick={() => exportCsv(result)}>
              Download result (CSV)
            </button>
          )}
        </div>
      </form>
      {run.error && (
        <p role="alert" className="figure-error">
          {run.error.message.replace(/^Query failed: /, '')}
        </p>
      )}
      {result && (
        <div className="workbench-result">
          <p role="status">
            {result.truncated
              ? `The first ${formatInteger(result.rows.length)} rows of the result are shown.`
              : `${formatInteger(result.rows.length)} ${result.rows.length === 1 ? 'row' : 'rows'}.`}
          </p>
          {result.rows.length > 0 && (
            <DataTable id={`${id}-result`} caption="Query result" columns={columns} rows={result.rows} />
          )}
          <QuickChart result={result} />
        </div>
      )}
    </section>
  );
}
