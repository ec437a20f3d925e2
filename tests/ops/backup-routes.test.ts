import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';

const root = mkdtempSync(join(tmpdir(), 'hall-backup-routes-'));
const dir = join(root, 'backups');
let app: FastifyInstance;
let off: FastifyInstance;

async function login(a: FastifyInstance, username: string): Promise<string> {
  const r = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'demo' } });
  if (r.statusCode !== 200) throw new Error(`login ${username}: ${r.statusCode} ${r.body}`);
  const c = r.cookies.find((x) => x.name === 'hall_sid');
  if (!c) throw new Error('no session cookie');
  return `${c.name}=${c.value}`;
}

beforeAll(async () => {
  app = await buildApp({ dbFile: join(root, 'hall.db'), seed: { password: 'demo' }, backup: { dir, intervalMs: 24 * 60 * 60_000, keepDays: 14 } });
  off = await buildApp({ seed: { password: 'demo' } });
});
afterAll(async () => {
  await app.close();
  await off.close();
  rmSync(root, { recursive: true, force: true });
});

describe('backups over HTTP', () => {
  it('lets an admin take a backup and list it', async () => {
    const cookie = await login(app, 'admin');
    await app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
    const taken = await app.inject({ method: 'POST', url: '/api/admin/backups', headers: { cookie } });
    expect(taken.statusCode).toBe(201);
    const { file } = taken.json<{ file: string }>();
    expect(file).toMatch(/^hall-\d{8}-\d{6}\.db$/);
    const copy = new Database(join(dir, file), { readonly: true });
    expect(copy.prepare("SELECT count(*) FROM tickets WHERE queue_id = 'market'").pluck().get()).toBe(1);
    copy.close();

    const list = await app.inject({ method: 'GET', url: '/api/admin/backups', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    const [first, ...rest] = list.json<{ name: string; size: number; time: string }[]>();
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ name: file });
    expect(first!.size).toBeGreaterThan(4096);
    expect(Number.isNaN(Date.parse(first!.time))).toBe(false);
  });

  it('is for administrators only', async () => {
    const clerk = await login(app, 'clerk01');
    for (const method of ['GET', 'POST'] as const) {
      const anonymous = await app.inject({ method, url: '/api/admin/backups' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ error: { code: 'not-signed-in' } });
      const asClerk = await app.inject({ method, url: '/api/admin/backups', headers: { cookie: clerk } });
      expect(asClerk.statusCode).toBe(403);
      expect(asClerk.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('refuses a body with anything in it, and says so when backups are off', async () => {
    const cookie = await login(app, 'admin');
    const extra = await app.inject({ method: 'POST', url: '/api/admin/backups', headers: { cookie }, payload: { dir: '/etc' } });
    expect(extra.statusCode).toBe(400);
    const offCookie = await login(off, 'admin');
    for (const method of ['GET', 'POST'] as const) {
      const r = await off.inject({ method, url: '/api/admin/backups', headers: { cookie: offCookie } });
      expect(r.statusCode).toBe(404);
      expect(r.json()).toMatchObject({ error: { code: 'not-found' } });
    }
  });
});
