import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';

/**
 * Database locked: another process (a backup tool, an admin's sqlite3 shell) holds the write lock
 * longer than the busy timeout. The command is answered 503 storage-busy with Retry-After, writes
 * nothing, logs one warning, and the same command succeeds once the lock is released.
 */
let dir: string;
let file: string;
let app: FastifyInstance;
const log: { level: number; storage?: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-busy-'));
  file = join(dir, 'hall.db');
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log.push(JSON.parse(line) as (typeof log)[number]);
      done();
    },
  });
  app = await buildApp({ dbFile: file, seed: { password: 'demo' }, busyTimeoutMs: 50, logger: { level: 'info', stream }, rateLimit: { max: 100_000, timeWindow: 60_000 } });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const issue = () => app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
const ticketCount = () => (app.hall.database.sqlite.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;

it('answers 503 storage-busy while another connection holds the lock, then takes the command', async () => {
  expect((await issue()).statusCode).toBe(201);
  const other = new Database(file);
  try {
    other.exec('BEGIN IMMEDIATE');
    other.prepare('UPDATE halls SET notice = notice').run();
    const refused = await issue();
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toEqual({ error: { code: 'storage-busy', message: expect.any(String) } });
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    for (let i = 0; i < 5; i++) expect((await issue()).statusCode).toBe(503);
    expect(ticketCount()).toBe(1);
    other.exec('COMMIT');
  } finally {
    other.close();
  }
  const retried = await issue();
  expect(retried.statusCode).toBe(201);
  expect(retried.json()).toMatchObject({ number: 'A002' });
  expect(log.filter((l) => l.level >= 50)).toEqual([]);
  expect(log.filter((l) => l.level === 40 && l.storage === 'storage-busy')).toHaveLength(1);
});
