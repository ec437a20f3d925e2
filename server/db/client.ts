import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema.js';
import { fromRoot } from '../paths.js';

/** drizzle over better-sqlite3, with its connection (`$client`) for the few statements prepared by hand. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface Database_ {
  sqlite: Database.Database;
  db: Db;
  close(): void;
}

const MIGRATIONS = fromRoot('drizzle');

/** `PRAGMA synchronous` reads back as a number: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
const SYNCHRONOUS_FULL = 2;

/**
 * Refuses a connection that is not as durable as the README promises. SQLite ignores a pragma it
 * cannot apply (WAL on some file systems, a build with other defaults) without an error, so the
 * settings are read back. An in-memory database has no file to journal: it reports 'memory', the
 * only honest answer there, and is accepted only when ':memory:' was asked for.
 */
export function assertDurable(sqlite: Database.Database, file: string): void {
  const journal = String(sqlite.pragma('journal_mode', { simple: true })).toLowerCase();
  const expected = file === ':memory:' ? 'memory' : 'wal';
  if (journal !== expected) throw new Error(`database ${file}: journal_mode is ${journal}, not ${expected}`);
  const synchronous = Number(sqlite.pragma('synchronous', { simple: true }));
  if (synchronous !== SYNCHRONOUS_FULL) throw new Error(`database ${file}: synchronous is ${synchronous}, not 2 (FULL)`);
}

/**
 * Open (creating if needed) and migrate the hall database.
 * synchronous=FULL: an acknowledged ticket must survive power loss too, or tomorrow's
 * numbers could repeat one that is already printed. Nothing here can test power loss (a SIGKILL
 * keeps the page cache), so the settings are asserted instead (client.test.ts).
 */
export function openDatabase(file: string, options: { busyTimeoutMs?: number } = {}): Database_ {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    assertDurable(sqlite, file);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { sqlite, db, close: () => sqlite.close() };
}
