/// <reference lib="webworker" />
// Sniffs the head of a file (papaparse: delimiter, header, preview) off the main thread. Papaparse's own
// `worker: true` hangs in a minified Vite build (DESIGN.md section 8), so it runs in this module worker instead.
import { UploadError } from './problems';
import { sniffHead } from './sniff';

self.onmessage = (event: MessageEvent<{ head: Uint8Array; size: number }>) => {
  try {
    self.postMessage({ ok: true, sniff: sniffHead(event.data.head, event.data.size) });
  } catch (error) {
    self.postMessage({
      ok: false,
      upload: error instanceof UploadError,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
