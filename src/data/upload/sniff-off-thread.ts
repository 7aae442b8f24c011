import { UploadError } from './problems';
import { sniffHead, type Sniff } from './sniff';

type Reply = { ok: true; sniff: Sniff } | { ok: false; upload: boolean; message: string };

/**
 * sniffHead in a module worker where the platform has workers (the browser), else here (Node, in tests). The
 * worker is started for one file and ended after, so nothing idles between uploads.
 */
export function sniffOffThread(head: Uint8Array, size: number): Promise<Sniff> {
  if (typeof Worker === 'undefined' || typeof window === 'undefined')
    return Promise.resolve().then(() => sniffHead(head, size));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sniff-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.sniff);
      else reject(reply.upload ? new UploadError(reply.message) : new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // A worker that cannot start (a strict policy) is no reason to refuse the file: sniff here instead.
      event.preventDefault();
      try {
        resolve(sniffHead(head, size));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.postMessage({ head, size });
  });
}
