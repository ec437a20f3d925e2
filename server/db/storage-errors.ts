/**
 * SQLite failures that are not bugs: the disk or the lock, not the code. They answer 503 with a
 * Retry-After, because the same command succeeds once the cause goes (no restart needed; the
 * command's transaction was rolled back, so nothing was half-written). Pure: looks at `code` only.
 */
export type StorageFailure = 'storage-full' | 'storage-busy' | 'storage-unavailable';

/** Seconds a client should wait before retrying: a lock clears fast, a full disk needs a person. */
export const RETRY_AFTER_SECONDS: Record<StorageFailure, number> = { 'storage-full': 60, 'storage-busy': 2, 'storage-unavailable': 30 };

export const STORAGE_MESSAGES: Record<StorageFailure, string> = {
  'storage-full': 'the hall server’s disk is full: nothing was saved; try again later',
  'storage-busy': 'the database is busy: nothing was saved; try again in a moment',
  'storage-unavailable': 'the database cannot be written now: nothing was saved; try again later',
};

const family = (code: string, base: string) => code === base || code.startsWith(`${base}_`);

export function classifyStorageError(error: unknown): StorageFailure | null {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return null;
  const code = error.code;
  if (family(code, 'SQLITE_FULL')) return 'storage-full';
  if (family(code, 'SQLITE_BUSY') || family(code, 'SQLITE_LOCKED')) return 'storage-busy';
  if (family(code, 'SQLITE_IOERR') || family(code, 'SQLITE_READONLY') || family(code, 'SQLITE_CANTOPEN')) return 'storage-unavailable';
  return null;
}
