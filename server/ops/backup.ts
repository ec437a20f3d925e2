import type Database from 'better-sqlite3';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_TIME_ZONE } from '../../common/hall-time.js';
import type { Clock } from '../domain/time.js';
import { backupName, partialPathOf, pruneBackups, removeStalePartials, uniqueBackupPath } from './backup-files.js';
import { verifyDatabaseFile } from './verify.js';

export interface OpsLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface BackupOptions {
  /** The server's own connection: SQLite then folds writes made during the backup into the copy instead of starting over. */
  sqlite: Database.Database;
  dir: string;
  intervalMs: number;
  keepDays: number;
  clock: Clock;
  log: OpsLog;
  /** The hall's time zone, for file names; default Asia/Shanghai. */
  timeZone?: string;
}

export interface Backups {
  /** Takes a backup now (after any running one) and resolves with its path once it is verified and in place. */
  runNow(): Promise<string>;
  /** Stops the schedule and cuts a running backup short (its partial file is removed). */
  stop(): Promise<void>;
}

export class BackupsStoppedError extends Error {
  override name = 'BackupsStoppedError';
}

/** Pages copied per step; between steps the event loop serves requests, so a backup never stalls the hall. */
const PAGES_PER_STEP = 256;

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Online backups on a schedule. Each one is written under a temporary name, checked with
 * `PRAGMA integrity_check` on the copy, and only then renamed to `hall-YYYYMMDD-HHMMSS.db`:
 * a file with that name is always a whole, sound database. Old ones go after `keepDays`.
 */
export function startBackups(options: BackupOptions): Backups {
  const { sqlite, dir, intervalMs, keepDays, clock, log } = options;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  mkdirSync(dir, { recursive: true });
  removeStalePartials(dir);

  async function backupOnce(): Promise<string> {
    if (stopped) throw new BackupsStoppedError('backups are stopped');
    mkdirSync(dir, { recursive: true });
    const finalPath = uniqueBackupPath(dir, backupName(clock(), timeZone));
    const partial = partialPathOf(finalPath);
    rmSync(partial, { force: true });
    try {
      await sqlite.backup(partial, {
        progress: () => {
          if (stopped) throw new BackupsStoppedError('backup cut short: the server is stopping');
          return PAGES_PER_STEP;
        },
      });
      verifyDatabaseFile(partial);
      renameSync(partial, finalPath);
      fsyncDir(dir);
    } catch (err) {
      rmSync(partial, { force: true });
      rmSync(`${partial}-journal`, { force: true });
      throw err;
    }
    const pruned = pruneBackups(dir, keepDays, clock());
    log.info({ file: basename(finalPath), pruned }, 'backup written and verified');
    return finalPath;
  }

  function runNow(): Promise<string> {
    const run = chain.then(backupOnce);
    chain = run.catch(() => undefined);
    return run;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      runNow().catch((err: unknown) => {
        if (!(err instanceof BackupsStoppedError)) log.error({ err, dir }, 'scheduled backup failed');
      }).finally(schedule);
    }, intervalMs);
    // The schedule alone must not keep a stopping process alive.
    timer.unref();
  }
  schedule();

  return {
    runNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
  };
}
