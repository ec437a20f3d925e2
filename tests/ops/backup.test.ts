import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { BackupsStoppedError, startBackups, type BackupOptions } from '../../server/ops/backup.js';
import { pruneBackups } from '../../server/ops/backup-files.js';
import { BadDatabaseFileError } from '../../server/ops/verify.js';

const root = mkdtempSync(join(tmpdir(), 'hall-backup-'));
const DAY = 24 * 60 * 60_000;
/** 11:30 UTC is 19:30 in the hall (Asia/Shanghai). */
const AT = Date.UTC(2026, 10, 29, 11, 30, 0);
const silent = { info: () => undefined, error: () => undefined };
let app: FastifyInstance;
let sqlite: Database.Database;

const count = (db: Database.Database, table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
const newDir = (name: string) => join(root, name);
function backups(dir: string, options: Partial<BackupOptions> = {}) {
  return startBackups({ sqlite, dir, intervalMs: 24 * 60 * 60_000, keepDays: 14, clock: () => AT, log: silent, ...options });
}
function inspect(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      integrity: db.prepare('PRAGMA integrity_check').pluck().all(),
      events: count(db, 'ticket_events'),
    };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  app = await buildApp({ dbFile: join(root, 'hall.db'), seed: { password: 'demo' } });
  sqlite = app.hall.database.sqlite;
  // ~3 MB of real rows, so a backup takes several steps and the server writes between them.
  const add = sqlite.prepare("INSERT INTO ticket_events (ticket_id, at, type, detail) VALUES (?, ?, 'filler', ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < 3000; i++) add.run(`filler-${i}`, AT, 'x'.repeat(1000));
  })();
});
afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

describe('online backups', () => {
  it('writes a verified single-file copy named in hall-local time, with no partial file left', async () => {
    const dir = newDir('plain');
    const b = backups(dir);
    const file = await b.runNow();
    await b.stop();
    expect(file).toBe(join(dir, 'hall-20261129-193000.db'));
    expect(readdirSync(dir)).toEqual(['hall-20261129-193000.db']);
    // Rollback journal, so the file travels alone (no -wal that holds half the data).
    expect(inspect(file)).toEqual({ journalMode: 'delete', integrity: ['ok'], events: count(sqlite, 'ticket_events') });
  });

  it('takes the server’s writes made during the backup into the copy', async () => {
    const dir = newDir('under-load');
    const b = backups(dir);
    const add = sqlite.prepare("INSERT INTO ticket_events (ticket_id, at, type) VALUES ('during', ?, 'written-during-backup')");
    let done = false;
    let writesDuring = 0;
    // Writes on the server's connection between the backup's steps, as requests would.
    const writer = () => {
      if (done) return;
      add.run(AT);
      writesDuring++;
      setImmediate(writer);
    };
    setImmediate(writer);
    const file = await b.runNow();
    done = true;
    const atFinish = count(sqlite, 'ticket_events');
    await b.stop();
    expect(writesDuring).toBeGreaterThan(0);
    expect(inspect(file)).toMatchObject({ integrity: ['ok'], events: atFinish });
  });

  it('never leaves a file that looks like a backup when one is cut short', async () => {
    const dir = newDir('cut-short');
    const b = backups(dir);
    const running = b.runNow();
    // Stop once the copy is under way (its temporary file exists), not before it begins.
    while (!readdirSync(dir).some((n) => n.endsWith('.partial'))) await new Promise((r) => setImmediate(r));
    const stopped = b.stop();
    await expect(running).rejects.toBeInstanceOf(BackupsStoppedError);
    await stopped;
    expect(readdirSync(dir)).toEqual([]);
    await expect(b.runNow()).rejects.toBeInstanceOf(BackupsStoppedError);
  });

  it('refuses to name a copy of a damaged database as a backup', async () => {
    const damaged = join(root, 'damaged.db');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(join(root, 'hall.db'), damaged);
    // Garbage over a page near the end (ticket_events rows): the file opens, its pages do not add up.
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(2048, 0xa5), 0, 2048, statSync(damaged).size - 20 * 4096 + 8);
    closeSync(fd);
    const source = new Database(damaged);
    const dir = newDir('damaged');
    const b = backups(dir, { sqlite: source });
    await expect(b.runNow()).rejects.toBeInstanceOf(BadDatabaseFileError);
    await b.stop();
    source.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps keepDays of backups, removes stale partial files, and leaves other files alone', async () => {
    const dir = newDir('prune');
    mkdirSync(dir, { recursive: true });
    const old = (name: string, daysAgo: number) => {
      writeFileSync(join(dir, name), 'x');
      const t = (AT - daysAgo * DAY) / 1000;
      utimesSync(join(dir, name), t, t);
    };
    old('hall-20261101-080000.db', 28);
    old('hall-20261114-080000.db', 15);
    old('hall-20261120-080000.db', 9);
    old('hall-20261120-080000-2.db', 9);
    old('notes.txt', 40);
    old('hall-20261128-020000.db.partial', 1);
    const b = backups(dir, { keepDays: 14 });
    // The stale partial goes at start-up; nothing will ever finish it.
    expect(existsSync(join(dir, 'hall-20261128-020000.db.partial'))).toBe(false);
    await b.runNow();
    await b.stop();
    expect(readdirSync(dir).sort()).toEqual(['hall-20261120-080000-2.db', 'hall-20261120-080000.db', 'hall-20261129-193000.db', 'notes.txt']);
  });

  it('never prunes the newest backup, even when the clock says all are old', () => {
    const dir = newDir('prune-newest');
    mkdirSync(dir, { recursive: true });
    for (const [name, daysAgo] of [['hall-20260101-080000.db', 60], ['hall-20260201-080000.db', 30]] as const) {
      writeFileSync(join(dir, name), 'x');
      const t = (AT - daysAgo * DAY) / 1000;
      utimesSync(join(dir, name), t, t);
    }
    expect(pruneBackups(dir, 14, AT)).toEqual(['hall-20260101-080000.db']);
    expect(readdirSync(dir)).toEqual(['hall-20260201-080000.db']);
  });

  it('runs on its schedule, and two backups in the same second get distinct names', async () => {
    const dir = newDir('schedule');
    const b = backups(dir, { intervalMs: 20 });
    const first = b.runNow();
    const deadline = Date.now() + 20_000;
    while (readdirSync(dir).filter((n) => n.endsWith('.db')).length < 3) {
      if (Date.now() > deadline) throw new Error(`schedule made ${readdirSync(dir).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await first;
    await b.stop();
    const names = readdirSync(dir).filter((n) => n.endsWith('.db')).sort();
    expect(names.slice(0, 3)).toEqual(['hall-20261129-193000-2.db', 'hall-20261129-193000-3.db', 'hall-20261129-193000.db']);
    for (const n of names) expect(inspect(join(dir, n)).integrity).toEqual(['ok']);
  });
});
