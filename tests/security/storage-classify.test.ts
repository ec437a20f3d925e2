import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../server/db/storage-errors.js';

describe('classifyStorageError', () => {
  it.each([
    ['SQLITE_FULL', 'storage-full'],
    ['SQLITE_BUSY', 'storage-busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'storage-busy'],
    ['SQLITE_BUSY_TIMEOUT', 'storage-busy'],
    ['SQLITE_LOCKED', 'storage-busy'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'storage-busy'],
    ['SQLITE_IOERR', 'storage-unavailable'],
    ['SQLITE_IOERR_WRITE', 'storage-unavailable'],
    ['SQLITE_IOERR_FSYNC', 'storage-unavailable'],
    ['SQLITE_READONLY', 'storage-unavailable'],
    ['SQLITE_READONLY_DBMOVED', 'storage-unavailable'],
    ['SQLITE_CANTOPEN', 'storage-unavailable'],
  ])('%s → %s', (code, failure) => {
    expect(classifyStorageError(Object.assign(new Error('x'), { code }))).toBe(failure);
  });

  it.each([
    // Bugs or bad data, not the disk: these stay 500s and are logged with their stack.
    ['SQLITE_CONSTRAINT_UNIQUE'], ['SQLITE_ERROR'], ['SQLITE_CORRUPT'], ['SQLITE_MISMATCH'], ['SQLITE_FULLNESS'], ['ERR_SOMETHING'], ['SQLITE_BUSYNESS'],
  ])('%s → not a storage failure', (code) => {
    expect(classifyStorageError(Object.assign(new Error('x'), { code }))).toBeNull();
  });

  it('ignores values that are not errors with a string code', () => {
    for (const v of [null, undefined, 'SQLITE_FULL', 42, {}, { code: 5 }, new Error('SQLITE_FULL')]) expect(classifyStorageError(v)).toBeNull();
  });

  it('reads the codes better-sqlite3 really throws', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x TEXT UNIQUE)');
    db.prepare("INSERT INTO t VALUES ('a')").run();
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error('did not throw');
    };
    expect(classifyStorageError(thrown(() => db.prepare("INSERT INTO t VALUES ('a')").run()))).toBeNull();
    db.pragma(`max_page_count = ${String(db.pragma('page_count', { simple: true }))}`);
    expect(classifyStorageError(thrown(() => db.prepare('INSERT INTO t VALUES (?)').run('y'.repeat(100_000))))).toBe('storage-full');
    db.close();
  });
});
