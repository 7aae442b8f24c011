import { useId, useState } from 'react';
import { CATALOGUE, isTableName, tableSchema, type TableName } from '../../data/catalogue';
import { matchTable, type HeaderMatch } from '../../data/upload/header-match';
import type { UploadTarget } from '../../data/upload/upload-file';

const EXPLORE = '(explore)';

/**
 * Lets the analyst say which table a file is and which of its columns holds each of the table's columns, when
 * the header alone did not say (names that differ from the catalogue and its aliases).
 */
export function ColumnMapping({
  fileName,
  header,
  suggested,
  onSubmit,
}: {
  fileName: string;
  header: readonly string[];
  suggested: HeaderMatch | null;
  onSubmit: (target: UploadTarget | 'explore') => void;
}) {
  const id = useId();
  const [table, setTable] = useState<string>(suggested?.table ?? EXPLORE);
  const [mapping, setMapping] = useState<readonly (number | null)[]>(suggested?.mapping ?? []);
  const chooseTable = (name: string) => {
    setTable(name);
    setMapping(isTableName(name) ? matchTable(tableSchema(name), header).mapping : []);
  };
  const schema = isTableName(table) ? tableSchema(table) : null;
  const complete = schema
    ? schema.columns.every((_, i) => mapping[i] !== null && mapping[i] !== undefined)
    : true;

  return (
    <details className="column-mapping" open={suggested !== null && suggested.missing.length > 0}>
      <summary>Choose the table and columns for {fileName}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(schema ? { table: schema.name as TableName, mapping } : 'explore');
        }}
      >
        <div className="filter">
          <label htmlFor={`${id}-table`}>Table</label>
          <select id={`${id}-table`} value={table} onChange={(e) => chooseTable(e.target.value)}>
            <option value={EXPLORE}>A table of its own, to explore</option>
            {[...CATALOGUE.values()].map((s) => (
              <option key={s.name} value={s.name}>
                {s.title} ({s.name})
              </option>
            ))}
          </select>
        </div>
        {schema && (
          <fieldset className="mapping-grid">
            <legend>Which column of the file holds each column of {schema.name}</legend>
            {schema.columns.map((column, i) => (
              <div className="filter" key={column.name}>
                <label htmlFor={`${id}-${i}`}>
                  {column.name} <span className="hint">({column.description})</span>
                </label>
                <select
                  id={`${id}-${i}`}
                  value={mapping[i] ?? ''}
                  onChange={(e) =>
                    setMapping(
                      schema.columns.map((_, j) =>
                        j === i
                          ? e.target.value === ''
                            ? null
                            : Number(e.target.value)
                          : (mapping[j] ?? null),
                      ),
                    )
                  }
                >
                  <option value="">Not in the file</option>
                  {header.map((name, position) => (
                    <option key={position} value={position}>
                      Column {position + 1}: {name || '(no name)'}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        )}
        {!complete && <p className="hint">Choose a column of the file for every column of the table.</p>}
        <button type="submit" className="button" disabled={!complete}>
          Check and load {fileName}
        </button>
      </form>
    </details>
  );
}
