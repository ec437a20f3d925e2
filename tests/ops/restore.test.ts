import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { freePort, startChildServer, type ChildServer } from '../support/child-server.js';
import { damage, npmRestore, restore } from './run-restore.js';

const root = mkdtempSync(join(tmpdir(), 'hall-restore-'));
const dbFile = join(root, 'hall.db');
let backup = '';
let child: ChildServer | null = null;

/** Tickets as the file holds them, read with SQLite's own recovery (a -wal beside it counts). */
function numbers(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT number FROM tickets ORDER BY number').pluck().all().map(String);
  } finally {
    db.close();
  }
}
const leftovers = () => readdirSync(root).filter((n) => n.includes('before-restore') || n.includes('restoring'));
const issue = (url: string) => fetch(`${url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queueId: 'market' }) });

beforeAll(async () => {
  const app = await buildApp({ dbFile, seed: { password: 'demo' }, backup: { dir: join(root, 'backups'), intervalMs: 24 * 60 * 60_000, keepDays: 14 } });
  for (let i = 0; i < 5; i++) await app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
  backup = await app.backups!.handle.runNow();
  for (let i = 0; i < 3; i++) await app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
  await app.close();
});
afterAll(async () => {
  await child?.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

const EIGHT = ['A001', 'A002', 'A003', 'A004', 'A005', 'A006', 'A007', 'A008'];

describe('npm run restore', () => {
  it('refuses while a hall server runs on the database (so does a second server), and changes nothing', async () => {
    child = await startChildServer(dbFile, await freePort());
    const r = await restore([backup, '--db', dbFile]);
    expect(r.code, r.out).toBe(3);
    expect(r.out).toContain('Stop the hall server first');
    expect(leftovers()).toEqual([]);
    // The same lock keeps a second server off the file.
    const second = await startChildServer(dbFile, await freePort()).then(
      async (started) => { await started.kill('SIGKILL'); return 'a second server started'; },
      (err: unknown) => String(err),
    );
    expect(second).toMatch(/in use by another process/);
    await child.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    child = null;
    expect(numbers(dbFile)).toEqual(EIGHT);
  });

  it('refuses a damaged backup or a file that is no database, and changes nothing', async () => {
    const damaged = join(root, 'damaged.db');
    copyFileSync(backup, damaged);
    damage(damaged);
    const notADatabase = join(root, 'notes.db');
    writeFileSync(notADatabase, 'these are not the pages you are looking for'.repeat(200));
    for (const file of [damaged, notADatabase, join(root, 'missing.db')]) {
      const r = await restore([file, '--db', dbFile]);
      expect(r.code, r.out).toBe(1);
      expect(leftovers()).toEqual([]);
    }
    expect(numbers(dbFile)).toEqual(EIGHT);
  });

  it('puts the backup in place and keeps the old database, -wal and all, beside it', async () => {
    // A crash leaves committed work in the -wal only: the ninth ticket.
    const port = await freePort();
    child = await startChildServer(dbFile, port);
    expect((await issue(child.url)).status).toBe(201);
    await child.kill('SIGKILL');
    child = null;
    expect(existsSync(`${dbFile}-wal`)).toBe(true);

    const r = await npmRestore(root, [join('backups', basename(backup)), '--db', 'hall.db']);
    expect(r.code, r.out).toBe(0);
    const aside = readdirSync(root).filter((n) => n.startsWith('hall.db.before-restore-'));
    expect(aside.length).toBeGreaterThanOrEqual(2);
    const asideDb = aside.find((n) => /^hall\.db\.before-restore-\d{8}T\d{6}Z$/.test(n));
    expect(aside).toContain(`${asideDb}-wal`);
    expect(numbers(join(root, asideDb!))).toEqual([...EIGHT, 'A009']);
    expect(numbers(dbFile)).toEqual(EIGHT.slice(0, 5));
    expect(readdirSync(root).filter((n) => n.includes('restoring'))).toEqual([]);

    // The hall starts on it; numbering goes on from the backup's counter.
    child = await startChildServer(dbFile, port);
    const next = await issue(child.url);
    expect(next.status).toBe(201);
    expect(await next.json()).toMatchObject({ number: 'A006' });
    await child.kill('SIGTERM');
    child = null;
  });
});
