import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { holdDatabaseLock } from './db-lock.js';
import { verifyDatabaseFile } from './verify.js';

export interface RestoreResult {
  dbFile: string;
  /** Where the database that was there went (with its -wal/-shm beside it); null if there was none. */
  movedAside: string | null;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** 20261129T113000Z: sortable, and says which restore a set-aside file came from. */
const stamp = (at: number) => new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * Puts a backup in place of the hall database. Holds the database's lock throughout (so it
 * refuses while a server runs, and a server cannot start half-way), checks a copy of the backup
 * beside the database before touching anything, moves the current database aside with its
 * -wal/-shm (after a crash the -wal holds committed work: the three only make sense together),
 * then renames the checked copy in — one atomic rename, so the hall never sees half a file.
 */
export function restoreDatabase(backupFile: string, dbFileIn: string, now: number, lockWaitMs = 500): RestoreResult {
  const dbFile = resolve(dbFileIn);
  if (!existsSync(backupFile) || !statSync(backupFile).isFile()) throw new Error(`no backup file at ${backupFile}`);
  const lock = holdDatabaseLock(dbFile, lockWaitMs);
  const incoming = `${dbFile}.restoring`;
  try {
    for (const f of [incoming, `${incoming}-journal`, `${incoming}-wal`, `${incoming}-shm`]) rmSync(f, { force: true });
    copyFileSync(backupFile, incoming);
    try {
      verifyDatabaseFile(incoming);
      fsyncPath(incoming);
    } catch (err) {
      rmSync(incoming, { force: true });
      rmSync(`${incoming}-journal`, { force: true });
      throw err;
    }
    let movedAside: string | null = null;
    if (existsSync(dbFile)) {
      movedAside = `${dbFile}.before-restore-${stamp(now)}`;
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, movedAside + suffix);
      }
    } else {
      // A -wal without its database would be replayed into the restored file.
      for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
    }
    renameSync(incoming, dbFile);
    fsyncPath(dirname(dbFile));
    return { dbFile, movedAside };
  } finally {
    lock.release();
  }
}
