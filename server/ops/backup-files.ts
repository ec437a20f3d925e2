import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hallClockParts } from '../../common/hall-time.js';

/** Finished backups only: the temporary name of a backup being written never matches. */
const BACKUP_NAME = /^hall-\d{8}-\d{6}(?:-\d+)?\.db$/;
const PARTIAL_SUFFIX = '.partial';
const DAY_MS = 24 * 60 * 60_000;

export interface BackupFile {
  name: string;
  size: number;
  /** When the backup was finished (ISO). */
  time: string;
}

/** `hall-20261129-193000.db` at the hall's wall-clock time, so an operator finds "last night's" by eye and `ls` sorts it. */
export function backupName(at: number, timeZone: string): string {
  const p = hallClockParts(at, timeZone);
  return `hall-${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}.db`;
}

/** Two backups in the same second (the schedule and an admin's click) must not overwrite each other. */
export function uniqueBackupPath(dir: string, name: string): string {
  let path = join(dir, name);
  for (let n = 2; existsSync(path); n++) path = join(dir, name.replace(/\.db$/, `-${n}.db`));
  return path;
}

export function partialPathOf(finalPath: string): string {
  return `${finalPath}${PARTIAL_SUFFIX}`;
}

function finished(dir: string): { name: string; path: string; mtimeMs: number; size: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .map((name) => {
      const path = join(dir, name);
      const st = statSync(path);
      return { name, path, mtimeMs: st.mtimeMs, size: st.size };
    });
}

/** Newest first. */
export function listBackups(dir: string): BackupFile[] {
  return finished(dir)
    .sort((a, b) => b.mtimeMs - a.mtimeMs || b.name.localeCompare(a.name))
    .map((f) => ({ name: f.name, size: f.size, time: new Date(f.mtimeMs).toISOString() }));
}

/**
 * Deletes backups finished more than `keepDays` before `now`, but never the newest one: a clock
 * set wrong must not leave the hall with no backup at all. Other files in the folder are not ours.
 */
export function pruneBackups(dir: string, keepDays: number, now: number): string[] {
  const all = finished(dir).sort((a, b) => b.mtimeMs - a.mtimeMs);
  const cutoff = now - keepDays * DAY_MS;
  const gone = all.slice(1).filter((f) => f.mtimeMs < cutoff);
  for (const f of gone) rmSync(f.path, { force: true });
  return gone.map((f) => f.name);
}

/** A backup cut short by a crash leaves its temporary file; nothing will ever finish it. */
export function removeStalePartials(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('hall-') && (name.endsWith(PARTIAL_SUFFIX) || name.endsWith(`${PARTIAL_SUFFIX}-journal`))) {
      rmSync(join(dir, name), { force: true });
    }
  }
}
