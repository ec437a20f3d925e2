import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../common/prng.js';
import { fromRoot } from '../paths.js';
import { openDatabase } from './client.js';

const dir = mkdtempSync(join(tmpdir(), 'hall-waiting-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Sqlite = Database.Database;
const STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;
const QUEUES = ['market', 'housing', 'finance'];
const DAYS = ['2026-11-30', '2026-12-01'];

/** What waiting_counts must say: the tickets themselves, grouped (rows at 0 are allowed to stay). */
function truth(sqlite: Sqlite): Map<string, number> {
  const rows = sqlite.prepare(`SELECT hall_id || '/' || service_day || '/' || queue_id AS k, count(*) AS n FROM tickets
    WHERE status = 'waiting' GROUP BY hall_id, service_day, queue_id`).all() as { k: string; n: number }[];
  return new Map(rows.map((r) => [r.k, r.n]));
}
function kept(sqlite: Sqlite): Map<string, number> {
  const rows = sqlite.prepare(`SELECT hall_id || '/' || service_day || '/' || queue_id AS k, waiting AS n FROM waiting_counts
    WHERE waiting <> 0`).all() as { k: string; n: number }[];
  return new Map(rows.map((r) => [r.k, r.n]));
}

function insertTicket(sqlite: Sqlite, id: string, hallId: string, day: string, queueId: string, status: string): void {
  sqlite.prepare(`INSERT INTO tickets (id, hall_id, queue_id, issued_queue_id, seq, number, service_day, status, source, order_at, issued_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'kiosk', 0, 0)`).run(id, hallId, queueId, queueId, Number(id.slice(1)), id, day, status);
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

describe('waiting_counts: kept by triggers in step with the tickets', () => {
  it('after random inserts, status and queue changes, deletes and rolled-back savepoints, every count equals the tickets', () => {
    const { sqlite, close } = openDatabase(':memory:');
    try {
      const rnd = mulberry32(13);
      const ids: string[] = [];
      let next = 1;
      const step = () => {
        const r = rnd();
        if (r < 0.35 || ids.length === 0) {
          const id = `t${next++}`;
          insertTicket(sqlite, id, pick(rnd, ['h1', 'h2']), pick(rnd, DAYS), pick(rnd, QUEUES), rnd() < 0.8 ? 'waiting' : pick(rnd, STATUSES));
          ids.push(id);
        } else if (r < 0.75) {
          sqlite.prepare('UPDATE tickets SET status = ? WHERE id = ?').run(pick(rnd, STATUSES), pick(rnd, ids));
        } else if (r < 0.85) {
          // A transfer: the whole row as the app's prepared UPDATE writes it, sometimes to the same queue.
          sqlite.prepare('UPDATE tickets SET queue_id = ?, status = ? WHERE id = ?').run(pick(rnd, QUEUES), pick(rnd, ['waiting', 'waiting', 'called']), pick(rnd, ids));
        } else if (r < 0.9) {
          sqlite.prepare('UPDATE tickets SET service_day = ? WHERE id = ?').run(pick(rnd, DAYS), pick(rnd, ids));
        } else {
          const id = pick(rnd, ids);
          sqlite.prepare('DELETE FROM tickets WHERE id = ?').run(id);
          ids.splice(ids.indexOf(id), 1);
        }
      };
      for (let round = 0; round < 200; round++) {
        // Group commit runs each command in a savepoint and rolls back the ones that fail.
        sqlite.exec('SAVEPOINT cmd');
        const before = [...ids];
        for (let i = 0; i < 5; i++) step();
        if (rnd() < 0.3) {
          sqlite.exec('ROLLBACK TO cmd');
          ids.splice(0, ids.length, ...before);
        }
        sqlite.exec('RELEASE cmd');
        expect(kept(sqlite), `round ${round}`).toEqual(truth(sqlite));
      }
      expect(truth(sqlite).size).toBeGreaterThan(4);
    } finally {
      close();
    }
  });

  it('a database from before the counts gets them from its tickets when it is migrated', () => {
    // The migrations up to 0012, as a hall upgraded from the previous release has them.
    const old = join(dir, 'drizzle-0012');
    cpSync(fromRoot('drizzle'), old, { recursive: true });
    rmSync(join(old, '0013_line_index.sql'));
    const journalFile = join(old, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx <= 12) }));

    const file = join(dir, 'upgraded.db');
    const sqlite = new Database(file);
    migrate(drizzle(sqlite), { migrationsFolder: old });
    const rnd = mulberry32(7);
    for (let i = 1; i <= 60; i++) insertTicket(sqlite, `t${i}`, 'h1', pick(rnd, DAYS), pick(rnd, QUEUES), rnd() < 0.6 ? 'waiting' : 'done');
    sqlite.close();

    const upgraded = openDatabase(file);
    try {
      expect(truth(upgraded.sqlite).size).toBeGreaterThan(3);
      expect(kept(upgraded.sqlite)).toEqual(truth(upgraded.sqlite));
      // …and from then on the triggers keep them.
      upgraded.sqlite.prepare("UPDATE tickets SET status = 'called' WHERE id = (SELECT id FROM tickets WHERE status = 'waiting' LIMIT 1)").run();
      expect(kept(upgraded.sqlite)).toEqual(truth(upgraded.sqlite));
    } finally {
      upgraded.close();
    }
  });
});
