/**
 * Which errors from DuckDB-wasm mean the engine itself is broken, rather than one statement failing.
 *
 * A WebAssembly trap (RuntimeError: "memory access out of bounds", "unreachable"), an Emscripten abort
 * ("Aborted(OOM)") or a JavaScript RangeError from the worker (a failed memory.grow or buffer allocation) leaves
 * the wasm instance in an undefined state: every later statement may fail or, worse, return wrong rows. Those
 * need a fresh engine.
 *
 * DuckDB's own "Out of Memory Error" is different: its buffer manager refused an allocation and the statement
 * failed cleanly, so the engine may well still work. That one is only a suspicion, to be confirmed by asking the
 * engine something trivial.
 */
export type EngineFailure = 'fatal' | 'suspect' | null;

const TRAPS =
  /memory access out of bounds|unreachable|Aborted\(|call stack size exceeded|out of bounds memory/i;

export function classifyEngineError(error: unknown): EngineFailure {
  if (!(error instanceof Error)) return null;
  if (error.name === 'RuntimeError' || error.name === 'RangeError' || TRAPS.test(error.message))
    return 'fatal';
  if (/out of memory/i.test(error.message)) return 'suspect';
  return null;
}
