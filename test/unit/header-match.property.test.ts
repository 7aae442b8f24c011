import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/data/catalogue';
import { matchTable, recogniseTable } from '../../src/data/upload/header-match';

/**
 * Analysts' exports spell headers their own way: "Response ID", " LEVEL ", "org-type", columns in another order,
 * a byte-order mark stuck to the first name. Recognising the table and mapping each column must not depend on
 * any of that (DESIGN.md section 3: matched case-insensitively, with documented aliases).
 */
const RUNS = { numRuns: 200 };
const schemas = [...CATALOGUE.values()];

/** One way to write a column's name (or one of its aliases) as a person might type it. */
function spelling(accepted: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      name: fc.constantFrom(...accepted),
      upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      separator: fc.constantFrom('_', ' ', '-', '.', '  ', ' _ '),
      before: fc.constantFrom('', ' ', '\t', '  '),
      after: fc.constantFrom('', ' ', '\t', '  '),
    })
    .map(({ name, upper, separator, before, after }) => {
      const cased = [...name].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join('');
      return `${before}${cased.replaceAll('_', separator)}${after}`;
    });
}

/** A table's header, each column spelled some way, in a random order, maybe with a BOM; and where each went. */
const header = fc.constantFrom(...schemas).chain((schema) =>
  fc
    .record({
      cells: fc.tuple(...schema.columns.map((c) => spelling([c.name, ...(c.aliases ?? [])]))),
      order: fc.shuffledSubarray(
        schema.columns.map((_, i) => i),
        { minLength: schema.columns.length },
      ),
      bom: fc.boolean(),
    })
    .map(({ cells, order, bom }) => {
      const written = order.map((i) => cells[i]!);
      if (bom) written[0] = `\uFEFF${written[0]}`;
      // For catalogue column i, the position it was written at.
      const positions = schema.columns.map((_, i) => order.indexOf(i));
      return { schema, written, positions };
    }),
);

describe('header matching', () => {
  it('recognises the table and maps every column whatever the case, spacing, separators and order', () => {
    fc.assert(
      fc.property(header, ({ schema, written, positions }) => {
        const match = recogniseTable(written);
        expect(match?.table).toBe(schema.name);
        expect(match?.mapping).toEqual(positions);
        expect(match?.missing).toEqual([]);
        expect(match?.duplicates).toEqual([]);
        expect(match?.extras).toEqual([]);
      }),
      RUNS,
    );
  });

  it('finds the same mapping for any two spellings of the same header', () => {
    fc.assert(
      fc.property(header, ({ schema, written, positions }) => {
        // The same columns in the same order, spelled exactly as the catalogue does.
        const plain = written.map(() => '');
        schema.columns.forEach((c, i) => (plain[positions[i]!] = c.name));
        expect(matchTable(schema, written)).toEqual(matchTable(schema, plain));
      }),
      RUNS,
    );
  });

  it('names a missing column and ignores an unknown extra one', () => {
    const dropped = header.chain((h) =>
      fc.record({ h: fc.constant(h), drop: fc.nat({ max: h.schema.columns.length - 1 }) }),
    );
    fc.assert(
      fc.property(dropped, ({ h: { schema, written, positions }, drop }) => {
        const kept = written.filter((_, p) => p !== positions[drop]);
        const withExtra = [...kept, 'notes from the analyst'];
        const match = matchTable(schema, withExtra);
        expect(match.missing).toEqual([schema.columns[drop]!.name]);
        expect(match.extras).toEqual(['notes from the analyst']);
        expect(match.mapping[drop]).toBeNull();
      }),
      RUNS,
    );
  });
});
