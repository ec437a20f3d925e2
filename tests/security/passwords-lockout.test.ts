/**
 * Per-account sign-in lockout on a real app: 5 failures lock for 30 s, each further one doubles
 * the lock up to 15 min (moved with the injected clock), other accounts are untouched, and the
 * per-address limit stays in place underneath.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { changePassword, codeOf, login } from './passwords-helpers.js';

describe('lockout per account', () => {
  let server: TestServer;
  const clock = movableClock();
  beforeAll(async () => {
    // The per-address limit (20 a minute) would answer first; this test is about the per-account one.
    server = await startServer({ clock, loginRateLimit: { max: 10_000, timeWindow: 60_000 } }, false);
  });
  afterAll(() => server?.close());
  const app = () => server.app;
  const row = (username: string) => app().hall.auth.userByName(username);

  async function expectLocked(username: string, retryAfter: number): Promise<void> {
    const r = await login(app(), username, 'demo');
    expect({ status: r.statusCode, code: codeOf(r), retryAfter: r.headers['retry-after'] }).toEqual({ status: 429, code: 'account-locked', retryAfter: String(retryAfter) });
  }
  async function failOnce(username: string): Promise<void> {
    const r = await login(app(), username, 'wrong-guess');
    expect([r.statusCode, codeOf(r)]).toEqual([401, 'bad-credentials']);
  }

  it('locks after 5 failures, refuses even the right password, and leaves other accounts alone', async () => {
    for (let i = 0; i < 5; i++) await failOnce('clerk01');
    await expectLocked('clerk01', 30);
    // Attempts while locked are not checked, so they neither count nor extend the lock.
    const wrong = await login(app(), 'clerk01', 'wrong-guess');
    expect([wrong.statusCode, codeOf(wrong)]).toEqual([429, 'account-locked']);
    expect(row('clerk01')).toMatchObject({ failedLogins: 5, lockedUntil: clock() + 30_000 });
    // Same address, another account: signs in fine.
    expect((await login(app(), 'clerk02', 'demo')).statusCode).toBe(200);

    clock.advance(29_500);
    await expectLocked('clerk01', 1);
  });

  it('doubles the lock with each further failure, up to 15 minutes', async () => {
    for (const seconds of [60, 120, 240, 480, 900, 900]) {
      clock.set(row('clerk01')?.lockedUntil ?? 0);
      await failOnce('clerk01');
      await expectLocked('clerk01', seconds);
    }
    clock.set(row('clerk01')?.lockedUntil ?? 0);
    expect((await login(app(), 'clerk01', 'demo')).statusCode).toBe(200);
    expect(row('clerk01')).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it('counts guesses sent in parallel, and a lock set meanwhile refuses the right password', async () => {
    // Eight wrong guesses are queued ahead of the right one on libuv's pool of 4 hashing threads,
    // so at least five of them are counted before the right one is checked.
    const answers = await Promise.all([...Array.from({ length: 8 }, () => 'wrong-guess'), 'demo'].map((p) => login(app(), 'clerk11', p)));
    expect(answers.map(codeOf)).toEqual([...Array.from({ length: 8 }, () => 'bad-credentials'), 'account-locked']);
    expect(row('clerk11')?.failedLogins).toBe(8);
  });

  it('resets the count on a success', async () => {
    for (let i = 0; i < 4; i++) await failOnce('clerk10');
    expect((await login(app(), 'clerk10', 'demo')).statusCode).toBe(200);
    expect(row('clerk10')).toMatchObject({ failedLogins: 0, lockedUntil: null });
    for (let i = 0; i < 4; i++) await failOnce('clerk10');
    expect((await login(app(), 'clerk10', 'demo')).statusCode).toBe(200);
  });

  it('answers unknown usernames like wrong passwords and keeps no counter for them', async () => {
    const before = app().hall.auth.allUsers();
    for (let i = 0; i < 6; i++) {
      const r = await login(app(), 'no-such-clerk', 'demo');
      expect({ status: r.statusCode, body: r.json<unknown>() }).toEqual({ status: 401, body: { error: { code: 'bad-credentials', message: 'wrong username or password' } } });
    }
    expect(app().hall.auth.allUsers()).toEqual(before);
  });

  it('counts wrong current passwords on the change form too', async () => {
    const cookie = await server.login('clerk05');
    for (let i = 0; i < 5; i++) expect(codeOf(await changePassword(app(), cookie, 'wrong-guess', 'a-new-long-password'))).toBe('bad-credentials');
    const r = await changePassword(app(), cookie, 'demo', 'a-new-long-password');
    expect([r.statusCode, codeOf(r), r.headers['retry-after']]).toEqual([429, 'account-locked', '30']);
  });

  it('keeps the per-address limit on sign-in (20 a minute)', async () => {
    const plain = await buildApp({ dbFile: ':memory:', seed: { password: 'demo' } });
    try {
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 21; i++) codes.push(codeOf(await login(plain, `nobody${i}`, 'demo')));
      expect(codes.slice(0, 20).every((c) => c === 'bad-credentials')).toBe(true);
      expect(codes[20]).toBe('rate-limited');
    } finally {
      await plain.close();
    }
  });
});

