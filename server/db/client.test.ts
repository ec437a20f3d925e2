import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertDurable, openDatabase } from './client.js';

const dir = mkdtempSync(join(tmpdir(), 'hall-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The durability guard. A SIGKILL keeps the page cache, so tests/durability passes even with
 * synchronous=OFF; power loss cannot be staged here. What can be held is the setting itself, on
 * the connection the server writes through.
 */
describe('every opened hall database is WAL with synchronous=FULL', () => {
  it('a database file is opened in WAL mode with synchronous FULL', () => {
    const opened = openDatabase(join(dir, 'hall.db'));
    try {
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      opened.close();
    }
  });

  it("':memory:' is synchronous FULL and honestly reports its journal as 'memory'", () => {
    const opened = openDatabase(':memory:');
    try {
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('memory');
      expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      opened.close();
    }
  });

  function refusal(setup: (sqlite: Database.Database) => void, file = join(dir, 'weak.db')): string {
    const sqlite = new Database(file);
    try {
      setup(sqlite);
      assertDurable(sqlite, file);
      return 'accepted';
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    } finally {
      sqlite.close();
    }
  }

  it('refuses a connection whose settings are weaker', () => {
    const wal = (sqlite: Database.Database) => sqlite.pragma('journal_mode = WAL');
    expect(refusal((x) => { wal(x); x.pragma('synchronous = FULL'); })).toBe('accepted');
    expect(refusal((x) => { wal(x); x.pragma('synchronous = OFF'); })).toMatch(/synchronous is 0/);
    expect(refusal((x) => { wal(x); x.pragma('synchronous = NORMAL'); })).toMatch(/synchronous is 1/);
    expect(refusal((x) => { x.pragma('journal_mode = DELETE'); x.pragma('synchronous = FULL'); }, join(dir, 'rollback.db')))
      .toMatch(/journal_mode is delete/);
    // A file database must not pass as ':memory:' by reporting 'memory'.
    expect(refusal((x) => { x.pragma('journal_mode = MEMORY'); x.pragma('synchronous = FULL'); }, join(dir, 'mem-journal.db')))
      .toMatch(/journal_mode is memory, not wal/);
  });
});
