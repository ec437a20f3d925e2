/**
 * Passwords on a real app: production seeding forces a change at the first sign-in, and an
 * administrator can reset a clerk (lockout: passwords-lockout.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUserDto } from '../../contract/dto.js';
import { buildApp } from '../../server/app.js';
import type { UserAccountDto } from '../../contract/dto.js';
import { DEMO_HALL_FILE, readHallFile } from '../../server/db/seed.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { changePassword, codeOf, cookieOf, get, login, post } from './passwords-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'hall-passwords-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo hall cut down to three windows and clerks: production seeding hashes one password per account. */
function smallHallFile(): string {
  const data = readHallFile(DEMO_HALL_FILE);
  const file = join(dir, 'small-hall.json');
  writeFileSync(file, JSON.stringify({ ...data, windows: data.windows.slice(0, 3), clerks: data.clerks.slice(0, 3), approvers: data.approvers?.slice(0, 1), roster: undefined }));
  return file;
}

/** Routes a signed-in account may call while its password must change. */
const STALE_OK = new Set(['GET /api/auth/me', 'POST /api/auth/password']);

describe('production seeding', () => {
  let app: FastifyInstance;
  const adminPassword = 'Initial-Admin-Pass-1';
  beforeAll(async () => {
    app = await buildApp({
      dbFile: join(dir, 'production.db'), seed: { mode: 'production', file: smallHallFile(), adminPassword },
      loginRateLimit: { max: 10_000, timeWindow: 60_000 },
    });
  });
  afterAll(() => app?.close());

  it('gives every account its own password, and none the demo one', async () => {
    const users = app.hall.auth.allUsers();
    expect(users.map((u) => u.username)).toEqual(['admin', 'clerk01', 'clerk02', 'clerk03', 'ap-civil-affairs']);
    expect(users.every((u) => u.mustChangePassword)).toBe(true);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(users.length);
    expect(codeOf(await login(app, 'clerk01', 'demo'))).toBe('bad-credentials');
    expect(codeOf(await login(app, 'clerk01', adminPassword))).toBe('bad-credentials');
    expect(codeOf(await login(app, 'supervisor', 'demo'))).toBe('bad-credentials');
  });

  it('refuses every other staff route until the admin changes the seeded password', async () => {
    const first = await login(app, 'admin', adminPassword);
    expect(first.statusCode).toBe(200);
    expect(first.json<SessionUserDto>().mustChangePassword).toBe(true);
    const cookie = cookieOf(first);
    const other = cookieOf(await login(app, 'admin', adminPassword));

    const guarded = app.routeAccess.filter((r) => r.access !== 'public' && r.access !== 'platform' && !STALE_OK.has(`${r.method} ${r.url}`));
    expect(guarded.length).toBeGreaterThan(5);
    const refusals = new Map<string, string>();
    for (const r of guarded) {
      const url = r.url.replace(/:[A-Za-z]+/g, '1');
      const res = await app.inject({ method: r.method === 'GET' ? 'GET' : 'POST', url, payload: r.method === 'GET' ? undefined : {}, headers: { cookie } });
      refusals.set(`${r.method} ${r.url}`, `${res.statusCode} ${codeOf(res) ?? res.body}`);
    }
    // Schema validation runs before the access check, so an empty body on a command that needs
    // one is refused as invalid first; everything else is refused for the stale password.
    for (const [route, answer] of refusals) {
      expect({ route, answer }).toEqual({ route, answer: route.startsWith('GET') ? '403 password-change-required' : expect.stringMatching(/^(403 password-change-required|400 validation-failed)$/) });
    }
    expect([...refusals.values()].filter((a) => a === '403 password-change-required').length).toBeGreaterThan(guarded.length / 2);
    expect(codeOf(await post(app, '/api/windows/1/open', {}, cookie))).toBe('password-change-required');
    expect(app.hall.windows.get(1)?.state).toBe('closed');
    expect((await get(app, '/api/auth/me', cookie)).json<SessionUserDto>().mustChangePassword).toBe(true);

    const weak = await changePassword(app, cookie, adminPassword, 'admin123');
    expect([weak.statusCode, codeOf(weak)]).toEqual([400, 'password-too-weak']);
    expect([(await changePassword(app, cookie, adminPassword, 'short')).statusCode]).toEqual([400]);
    expect(codeOf(await changePassword(app, cookie, adminPassword, 'admin'))).toBe('password-too-weak');
    const same = await changePassword(app, cookie, adminPassword, adminPassword);
    expect([same.statusCode, codeOf(same)]).toEqual([400, 'password-unchanged']);
    const wrong = await changePassword(app, cookie, 'not-the-password', 'a-much-better-one');
    expect([wrong.statusCode, codeOf(wrong)]).toEqual([401, 'bad-credentials']);
    expect((await get(app, '/api/users', cookie)).statusCode).toBe(403);

    const changed = await changePassword(app, cookie, adminPassword, 'a-much-better-one');
    expect(changed.statusCode).toBe(200);
    expect(changed.json<SessionUserDto>()).toMatchObject({ username: 'admin', mustChangePassword: false });
    expect((await get(app, '/api/users', cookie)).statusCode).toBe(200);
    // The other session of the account ended; this one goes on.
    expect(codeOf(await get(app, '/api/auth/me', other))).toBe('not-signed-in');
    expect(codeOf(await login(app, 'admin', adminPassword))).toBe('bad-credentials');
    expect((await login(app, 'admin', 'a-much-better-one')).json<SessionUserDto>().mustChangePassword).toBe(false);
    expect(app.hall.audit.recent(app.hall.hallId, 5, 'password-changed')).toHaveLength(1);
  });
});

describe('production seeding without INITIAL_ADMIN_PASSWORD', () => {
  it('prints a random admin password once, in the start-up log only', async () => {
    const dbFile = join(dir, 'generated.db');
    const start = async () => {
      const lines: string[] = [];
      const app = await buildApp({
        dbFile, seed: { mode: 'production', file: smallHallFile() },
        logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
      });
      return { app, lines };
    };
    const first = await start();
    const shown = first.lines.filter((l) => l.includes('FIRST START'));
    expect(shown).toHaveLength(1);
    const password = /one-time password (\S+) /.exec(shown[0] ?? '')?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    const r = await login(first.app, 'admin', password);
    expect(r.statusCode).toBe(200);
    expect(r.json<SessionUserDto>().mustChangePassword).toBe(true);
    await first.app.close();

    const again = await start();
    expect(again.lines.filter((l) => l.includes('FIRST START') || l.includes(password))).toEqual([]);
    await again.app.close();
  });
});

describe('administrator resets a password', () => {
  let server: TestServer;
  let admin: string;
  let accounts: UserAccountDto[];
  const clock = movableClock();
  beforeAll(async () => {
    server = await startServer({ clock, loginRateLimit: { max: 10_000, timeWindow: 60_000 } }, false);
    admin = await server.login('admin');
    accounts = (await get(server.app, '/api/users', admin)).json<UserAccountDto[]>();
  });
  afterAll(() => server?.close());
  const idOf = (username: string): number => {
    const u = accounts.find((a) => a.username === username);
    if (!u) throw new Error(`no ${username}`);
    return u.id;
  };
  const reset = (username: string, cookie = admin) => post(server.app, `/api/users/${idOf(username)}/password`, {}, cookie);

  it('lists accounts without their hashes', async () => {
    const r = await get(server.app, '/api/users', admin);
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toMatch(/scrypt|hash/i);
    expect(accounts.find((a) => a.username === 'clerk07')).toEqual({
      id: idOf('clerk07'), username: 'clerk07', name: expect.any(String), staffNo: expect.any(String), role: 'clerk',
      defaultWindowId: 7, lockedUntil: null, mustChangePassword: false, allowedWindowIds: null, departmentIds: null, disabled: false,
    });
    expect(accounts.find((a) => a.username === 'ap-housing')).toMatchObject({ role: 'approver', departmentIds: ['housing'], defaultWindowId: null });
    expect(accounts.find((a) => a.username === 'supervisor')?.role).toBe('supervisor');
  });

  it('gives a one-time password, ends the old sessions and the old password, and is audited', async () => {
    const before = await server.login('clerk03');
    const r = await reset('clerk03');
    expect(r.statusCode).toBe(200);
    const { temporaryPassword } = r.json<{ temporaryPassword: string }>();
    expect(temporaryPassword).toMatch(/^[abcdefghjkmnpqrstuvwxyACDEFGHJKLMNPQRTUVWXY34679]{10}$/);

    expect(codeOf(await get(server.app, '/api/auth/me', before))).toBe('not-signed-in');
    expect(codeOf(await login(server.app, 'clerk03', 'demo'))).toBe('bad-credentials');
    const signedIn = await login(server.app, 'clerk03', temporaryPassword);
    expect(signedIn.json<SessionUserDto>().mustChangePassword).toBe(true);
    const cookie = cookieOf(signedIn);
    expect(codeOf(await post(server.app, '/api/windows/3/open', {}, cookie))).toBe('password-change-required');
    expect((await changePassword(server.app, cookie, temporaryPassword, 'clerk03-own-secret')).statusCode).toBe(200);
    expect((await post(server.app, '/api/windows/3/open', {}, cookie)).statusCode).toBe(200);
    // Once: the temporary password is gone with the change.
    expect(codeOf(await login(server.app, 'clerk03', temporaryPassword))).toBe('bad-credentials');

    const audit = server.app.hall.audit.recent(server.app.hall.hallId, 10, 'password-reset');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorName: '大厅管理员', actorId: idOf('admin'), at: clock() });
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toEqual({ userId: idOf('clerk03'), username: 'clerk03' });
  });

  it('lifts a lockout', async () => {
    for (let i = 0; i < 5; i++) await login(server.app, 'clerk04', 'wrong-guess');
    const listed = (await get(server.app, '/api/users', admin)).json<UserAccountDto[]>();
    expect(listed.find((a) => a.username === 'clerk04')?.lockedUntil).toBe(clock() + 30_000);
    const { temporaryPassword } = (await reset('clerk04')).json<{ temporaryPassword: string }>();
    expect((await login(server.app, 'clerk04', temporaryPassword)).statusCode).toBe(200);
  });

  it('is for administrators only', async () => {
    const supervisor = await server.login('supervisor');
    const clerk = await server.login('clerk06');
    for (const cookie of [supervisor, clerk]) {
      const r = await reset('clerk06', cookie);
      expect([r.statusCode, codeOf(r)]).toEqual([403, 'forbidden']);
      // Supervisors read the accounts (issue 12); changing them stays the administrator's.
      expect((await get(server.app, '/api/users', cookie)).statusCode).toBe(cookie === supervisor ? 200 : 403);
    }
    expect(codeOf(await reset('clerk06', ''))).toBe('not-signed-in');
    expect((await login(server.app, 'clerk06', 'demo')).statusCode).toBe(200);
    const missing = await post(server.app, '/api/users/9999/password', {}, admin);
    expect([missing.statusCode, codeOf(missing)]).toEqual([404, 'user-not-found']);
    expect(server.app.hall.audit.recent(server.app.hall.hallId, 10, 'password-reset')).toHaveLength(2);
  });
});
