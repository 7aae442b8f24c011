import { useCallback, useRef, useState } from 'react';
import type { LoadMode } from '../../data/load-csv';
import { uploadInBrowser } from '../../data/upload/browser-upload';
import type { UploadStep } from '../../data/upload/load-table';
import { UploadError } from '../../data/upload/problems';
import type { SaveOutcome } from '../../data/upload/saved-uploads';
import type { UploadResult, UploadTarget } from '../../data/upload/upload-file';

/**
 * The files the analyst has given, uploaded one after another (each in its own transaction). The one running
 * can be cancelled; the ones still waiting are cancelled with it.
 */
export interface UploadEntry {
  readonly id: number;
  readonly file: File;
  readonly mode: LoadMode;
  readonly target?: UploadTarget | 'explore';
  readonly state: 'waiting' | 'running' | 'done';
  readonly step?: UploadStep;
  readonly result?: UploadResult;
  /** Whether the upload was kept for next time, once known. */
  readonly saved?: SaveOutcome;
}

let nextId = 1;

export function useUploads() {
  const [entries, setEntries] = useState<readonly UploadEntry[]>([]);
  const waiting = useRef<UploadEntry[]>([]);
  const running = useRef<AbortController | null>(null);

  const update = useCallback((id: number, change: Partial<UploadEntry>) => {
    setEntries((all) => all.map((e) => (e.id === id ? { ...e, ...change } : e)));
  }, []);

  const pump = useCallback(async () => {
    if (running.current) return;
    for (let entry = waiting.current.shift(); entry; entry = waiting.current.shift()) {
      const { id } = entry;
      const controller = new AbortController();
      running.current = controller;
      update(id, { state: 'running', step: 'reading' });
      const result: UploadResult = await uploadInBrowser(entry.file, {
        mode: entry.mode,
        target: entry.target,
        signal: controller.signal,
        onStep: (step) => update(id, { step }),
      }).catch((error: unknown) => ({
        // Only the engine failing to start gets here; every problem with the file itself is a result.
        status: 'rejected',
        error: new UploadError(
          `The file could not be loaded: ${error instanceof Error ? error.message : String(error)}.`,
        ),
      }));
      update(id, { state: 'done', result });
      if (result.status === 'loaded') void result.saved.then((saved) => update(id, { saved }));
    }
    running.current = null;
  }, [update]);

  const enqueue = useCallback(
    (added: UploadEntry[], keep: (e: UploadEntry) => boolean = () => true) => {
      waiting.current.push(...added);
      // The newest first, so the latest result is always at the top.
      setEntries((all) => [...[...added].reverse(), ...all.filter(keep)]);
      void pump();
    },
    [pump],
  );

  const add = useCallback(
    (files: readonly File[], mode: LoadMode) =>
      enqueue(files.map((file): UploadEntry => ({ id: nextId++, file, mode, state: 'waiting' }))),
    [enqueue],
  );

  /** Tries a file again with a table and column mapping the analyst chose. */
  const retry = useCallback(
    (entry: UploadEntry, target: UploadTarget | 'explore') =>
      enqueue(
        [{ id: nextId++, file: entry.file, mode: entry.mode, target, state: 'waiting' }],
        (e) => e.id !== entry.id,
      ),
    [enqueue],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    const cancelled = new Set(waiting.current.splice(0).map((e) => e.id));
    setEntries((all) =>
      all.map((e) => (cancelled.has(e.id) ? { ...e, state: 'done', result: { status: 'cancelled' } } : e)),
    );
  }, []);

  const dismiss = useCallback((id: number) => setEntries((all) => all.filter((e) => e.id !== id)), []);

  return { entries, add, retry, cancel, dismiss };
}
