import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

export interface DatabaseLock {
  file: string;
  release(): void;
}

export const lockFileOf = (dbFile: string) => `${dbFile}.lock`;

/**
 * Marks a database file as owned by one process: a server while it runs, a restore while it
 * swaps files. Why not `BEGIN EXCLUSIVE` on the database itself: in WAL mode EXCLUSIVE is the
 * same as IMMEDIATE and readers go on, and an idle server holds no lock at all, so a restore
 * would find nothing to stop it. Instead the owner holds an EXCLUSIVE transaction open on a
 * small side file `<db>.lock` (rollback journal, so EXCLUSIVE really excludes) for its whole
 * life. The lock is SQLite's POSIX file lock: the kernel drops it when the process dies, even
 * on SIGKILL or power loss, so a crash never leaves a stale lock that needs cleaning by hand.
 */
export function holdDatabaseLock(dbFile: string, waitMs = 0): DatabaseLock {
  const file = lockFileOf(resolve(dbFile));
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: waitMs });
  try {
    sqlite.pragma('journal_mode = DELETE');
    sqlite.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    sqlite.close();
    if (typeof err === 'object' && err !== null && 'code' in err && String(err.code).startsWith('SQLITE_BUSY')) {
      throw new DatabaseInUseError(`${resolve(dbFile)} is in use by another process (a running hall server or a restore holds ${file})`);
    }
    throw err;
  }
  return {
    file,
    release() {
      if (!sqlite.open) return;
      sqlite.exec('ROLLBACK');
      sqlite.close();
    },
  };
}
