import { describe, expect, it } from 'vitest';
import {
  inList,
  inlineParams,
  join,
  literal,
  quoteIdentifier,
  quoteLiteral,
  sql,
  where,
} from '../../src/db/sql';

describe('quoteIdentifier', () => {
  it('wraps names in double quotes and doubles quotes inside', () => {
    expect(quoteIdentifier('icbs')).toBe('"icbs"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(quoteIdentifier('x"; DROP TABLE icbs; --')).toBe('"x""; DROP TABLE icbs; --"');
  });

  it('refuses names that cannot be identifiers', () => {
    expect(() => quoteIdentifier('')).toThrow(/identifier/);
    expect(() => quoteIdentifier('a\0b')).toThrow(/identifier/);
  });
});

describe('quoteLiteral', () => {
  it('doubles single quotes', () => {
    expect(quoteLiteral("O'Brien")).toBe("'O''Brien'");
    expect(quoteLiteral("'); DROP TABLE x; --")).toBe("'''); DROP TABLE x; --'");
  });
});

describe('where and inList', () => {
  it('binds values as parameters instead of writing them into the SQL', () => {
    const clause = where(inList('t.technology_type', ['Diagnostic', "it's"]), null, sql('x = ?', [3]));
    expect(clause.sql).toBe('WHERE (t.technology_type IN (?, ?)) AND (x = ?)');
    expect(clause.params).toEqual(['Diagnostic', "it's", 3]);
  });

  it('does not filter when no value is chosen', () => {
    expect(inList('a', [])).toBeNull();
    expect(where(null, inList('a', []))).toEqual({ sql: '', params: [] });
  });

  it('joins fragments keeping parameter order', () => {
    const statement = join(['SELECT 1', sql('WHERE a = ?', [1]), '', sql('AND b = ?', ['two'])]);
    expect(statement.sql).toBe('SELECT 1\nWHERE a = ?\nAND b = ?');
    expect(statement.params).toEqual([1, 'two']);
  });
});

describe('inlineParams', () => {
  it('writes each placeholder as its value, in order', () => {
    expect(inlineParams('SELECT ? AS a, ? AS b WHERE c IN (?, ?)', ['x', 10, true, null])).toBe(
      "SELECT 'x' AS a, 10 AS b WHERE c IN (TRUE, NULL)",
    );
  });

  it('leaves question marks in strings, quoted names and comments alone', () => {
    const text = `SELECT '?' AS "what?", 'it''s ?' -- is it?\n, ? /* or ? */ FROM t WHERE x = ?`;
    expect(inlineParams(text, [1, "O'Brien"])).toBe(
      `SELECT '?' AS "what?", 'it''s ?' -- is it?\n, 1 /* or ? */ FROM t WHERE x = 'O''Brien'`,
    );
  });

  it('keeps a statement without parameters exactly as written', () => {
    expect(inlineParams("SELECT '?", [])).toBe("SELECT '?");
  });

  it('refuses a statement whose placeholders and parameters do not match', () => {
    expect(() => inlineParams('SELECT ?, ?', [1])).toThrow(/more placeholders/);
    expect(() => inlineParams('SELECT ?', [1, 2])).toThrow(/fewer placeholders/);
    expect(() => inlineParams("SELECT '?, ?", [1])).toThrow(/unclosed quote/);
  });
});

describe('literal', () => {
  it('writes numbers so that DuckDB reads back the same number', () => {
    expect(literal(3)).toBe('3');
    expect(literal(-2)).toBe('(-2)');
    expect(literal(0.1)).toBe("CAST('0.1' AS DOUBLE)");
    expect(literal(2 ** 60)).toBe(`CAST('${2 ** 60}' AS DOUBLE)`);
    expect(() => literal(Number.NaN)).toThrow(/number/);
  });

  it('never lets a negative number start a comment', () => {
    expect(inlineParams('SELECT 1 -?', [-2])).toBe('SELECT 1 -(-2)');
  });

  it('escapes strings through quoteLiteral', () => {
    expect(literal("'; DROP TABLE icbs; --")).toBe(quoteLiteral("'; DROP TABLE icbs; --"));
    expect(() => literal('a\0b')).toThrow(/NUL/);
  });
});
