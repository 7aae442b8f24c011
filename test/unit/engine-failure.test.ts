import { describe, expect, it } from 'vitest';
import { classifyEngineError } from '../../src/db/engine-failure';

/** Errors as DuckDB-wasm's worker reports them: a plain Error carrying the original name and message. */
const fromWorker = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('classifyEngineError', () => {
  it('treats WebAssembly traps and aborts as a broken engine', () => {
    expect(classifyEngineError(fromWorker('RuntimeError', 'memory access out of bounds'))).toBe('fatal');
    expect(classifyEngineError(fromWorker('RuntimeError', 'unreachable'))).toBe('fatal');
    expect(
      classifyEngineError(
        fromWorker('RangeError', 'WebAssembly.Memory.grow(): Maximum memory size exceeded'),
      ),
    ).toBe('fatal');
    expect(classifyEngineError(new Error('Aborted(OOM). Build with -sASSERTIONS for more info.'))).toBe(
      'fatal',
    );
  });

  it("only suspects DuckDB's own out-of-memory error, which fails one statement cleanly", () => {
    expect(
      classifyEngineError(new Error('Out of Memory Error: could not allocate block of size 256.0 KiB')),
    ).toBe('suspect');
  });

  it('leaves ordinary statement errors alone', () => {
    expect(classifyEngineError(new Error('Binder Error: Referenced column "x" not found'))).toBeNull();
    expect(
      classifyEngineError(new Error('Conversion Error: Could not convert string "abc" to INT32')),
    ).toBeNull();
    expect(classifyEngineError('not an error')).toBeNull();
  });
});
