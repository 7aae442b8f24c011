import type { Page } from 'playwright-core';

export interface StoredUploads {
  /** uploads/manifest.json in OPFS: per table, its segment files. */
  readonly manifest: { table: string; fileName: string; loadedAt: string; rows: number; keys: string[] }[];
  /** The synchronous copy in localStorage. */
  readonly localCopy: { table: string; fileName: string; loadedAt: string; rows: number }[];
  /** Every file in the OPFS uploads folder, with its size. */
  readonly files: Record<string, number>;
}

/** Reads what the site has stored, as the page sees it (OPFS and localStorage). */
export function readStoredUploads(page: Page): Promise<StoredUploads> {
  return page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('uploads');
    const files: Record<string, number> = {};
    // entries() is not in TypeScript's DOM library yet.
    const entries = (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries();
    for await (const [name, handle] of entries)
      if (handle.kind === 'file') files[name] = (await (handle as FileSystemFileHandle).getFile()).size;
    const manifest = JSON.parse(
      await (await (await dir.getFileHandle('manifest.json')).getFile()).text(),
    ) as {
      tables: {
        table: string;
        segments: { key: string }[];
        upload: { fileName: string; loadedAt: string; rows: number };
      }[];
    };
    return {
      manifest: manifest.tables.map((t) => ({
        table: t.table,
        ...t.upload,
        keys: t.segments.map((s) => s.key),
      })),
      localCopy: JSON.parse(localStorage.getItem('workforce-readiness:saved-uploads') ?? '[]') as never,
      files,
    };
  });
}
