import { describe, expect, it } from 'vitest';
import { inList, join, quoteIdentifier, quoteLiteral, sql, where } from '../../src/db/sql';

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
