import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';

/**
 * Disk full: SQLite's max_page_count stands in for the disk. A ticket that cannot be stored is
 * answered 503 storage-full with Retry-After, leaves no trace (no ticket, no counter step, no
 * version bump), logs one warning however many requests fail, and once space is back the next
 * ticket takes the next number — no gap, no duplicate, no restart.
 */
let dir: string;
let app: FastifyInstance;
const log: { level: number; msg?: string; storage?: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-full-'));
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log.push(JSON.parse(line) as (typeof log)[number]);
      done();
    },
  });
  app = await buildApp({ dbFile: join(dir, 'hall.db'), seed: { password: 'demo' }, logger: { level: 'info', stream }, rateLimit: { max: 100_000, timeWindow: 60_000 } });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const issue = () => app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
function state() {
  const sqlite = app.hall.database.sqlite;
  return {
    tickets: sqlite.prepare('SELECT count(*) AS n FROM tickets').get(),
    counters: sqlite.prepare('SELECT * FROM counters ORDER BY 1, 2').all(),
    version: sqlite.prepare('SELECT version FROM halls').all(),
    events: sqlite.prepare('SELECT count(*) AS n FROM ticket_events').get(),
  };
}

it('answers 503 storage-full without a partial write, and recovers when space is back', async () => {
  const sqlite = app.hall.database.sqlite;
  const numbers: string[] = [];
  const first = await issue();
  expect(first.statusCode).toBe(201);
  numbers.push(first.json<{ number: string }>().number);

  sqlite.pragma(`max_page_count = ${String(sqlite.pragma('page_count', { simple: true }))}`);
  let refused = await issue();
  for (let i = 0; refused.statusCode === 201 && i < 2000; i++) {
    numbers.push(refused.json<{ number: string }>().number);
    refused = await issue();
  }
  const before = state();
  expect(refused.statusCode).toBe(503);
  expect(refused.json()).toEqual({ error: { code: 'storage-full', message: expect.any(String) } });
  expect(refused.headers['retry-after']).toMatch(/^\d+$/);

  // More refusals change nothing and add no log lines.
  for (let i = 0; i < 20; i++) expect((await issue()).statusCode).toBe(503);
  expect(state()).toEqual(before);
  expect(log.filter((l) => l.level >= 50)).toEqual([]);
  expect(log.filter((l) => l.level === 40 && l.storage === 'storage-full')).toHaveLength(1);
  // Reads still work while the disk is full.
  expect((await app.inject('/api/snapshot')).statusCode).toBe(200);

  sqlite.pragma('max_page_count = 1073741823');
  const next = await issue();
  expect(next.statusCode).toBe(201);
  numbers.push(next.json<{ number: string }>().number);
  expect(numbers).toEqual(numbers.map((_, i) => `A${String(i + 1).padStart(3, '0')}`));
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
});
