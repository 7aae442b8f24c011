/**
 * Where uploads are kept between visits: the browser's origin-private file system (OPFS) where it can be written
 * from the page, else IndexedDB. Both hold Blobs on disk, so a large upload is streamed rather than held twice
 * in memory. Nothing leaves the device.
 */
export interface UploadStore {
  readonly kind: 'OPFS' | 'IndexedDB' | 'memory';
  read(key: string): Promise<Blob | null>;
  write(key: string, data: Blob): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The browser refused to store more (its quota for this site is used up). */
export class StorageFullError extends Error {
  constructor(
    readonly needed: number,
    readonly available: number | null,
  ) {
    super('Browser storage for this site is full');
    this.name = 'StorageFullError';
  }
}

const isQuotaError = (error: unknown) =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
const isNotFound = (error: unknown) =>
  error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'NotFoundErr');

/** Refuses early when the browser says there is not room, rather than failing half-way through a write. */
async function ensureRoom(bytes: number): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota) return;
  const available = estimate.quota - (estimate.usage ?? 0);
  if (bytes > available) throw new StorageFullError(bytes, available);
}

async function opfsStore(): Promise<UploadStore | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
  if (typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype))
    return null;
  const root = await navigator.storage.getDirectory();
  const dir = await root.getDirectoryHandle('uploads', { create: true });
  return {
    kind: 'OPFS',
    async read(key) {
      try {
        return await (await dir.getFileHandle(key)).getFile();
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async write(key, data) {
      await ensureRoom(data.size);
      const existed = await dir.getFileHandle(key).then(
        () => true,
        () => false,
      );
      const handle = await dir.getFileHandle(key, { create: true });
      try {
        // The browser writes to a temporary file and swaps it in when pipeTo closes the stream; on failure the
        // stream is aborted and the file keeps its old contents, whole.
        await data.stream().pipeTo(await handle.createWritable());
      } catch (error) {
        // Only a file this write created is removed: an existing one (the manifest) still holds the last good
        // version, and removing it would forget every saved upload.
        if (!existed) await dir.removeEntry(key).catch(() => undefined);
        if (isQuotaError(error)) throw new StorageFullError(data.size, null);
        throw error;
      }
    },
    async remove(key) {
      await dir.removeEntry(key).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    },
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function indexedDbStore(): Promise<UploadStore | null> {
  if (typeof indexedDB === 'undefined') return null;
  const open = indexedDB.open('workforce-readiness-uploads', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('files');
  const db = await request(open);
  const run = <T>(mode: IDBTransactionMode, act: (files: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const tx = db.transaction('files', mode);
      const req = act(tx.objectStore('files'));
      tx.oncomplete = () => resolve(req.result);
      tx.onabort = tx.onerror = () => {
        const error = tx.error ?? req.error;
        reject(
          isQuotaError(error) ? new StorageFullError(0, null) : (error ?? new Error('IndexedDB failed')),
        );
      };
    });
  return {
    kind: 'IndexedDB',
    read: async (key) => ((await run('readonly', (files) => files.get(key))) as Blob | undefined) ?? null,
    async write(key, data) {
      await ensureRoom(data.size);
      await run('readwrite', (files) => files.put(data, key));
    },
    remove: async (key) => void (await run('readwrite', (files) => files.delete(key))),
  };
}

/** An in-memory store, for tests and for browsers that allow no storage. */
export function memoryStore(): UploadStore {
  const files = new Map<string, Blob>();
  return {
    kind: 'memory',
    read: (key) => Promise.resolve(files.get(key) ?? null),
    write: (key, data) => Promise.resolve(void files.set(key, data)),
    remove: (key) => Promise.resolve(void files.delete(key)),
  };
}

let chosen: Promise<UploadStore | null> | null = null;

/** The store this browser offers (OPFS, else IndexedDB), or null where none works (Node, locked-down browsers). */
export function uploadStore(): Promise<UploadStore | null> {
  chosen ??= opfsStore()
    .catch(() => null)
    .then((store) => store ?? indexedDbStore().catch(() => null));
  return chosen;
}

/** Replaces the store (tests use a memory store). */
export function setUploadStore(store: UploadStore | null): void {
  chosen = Promise.resolve(store);
}
