/** Staff sign-in (ui/staff-session.ts) in Node against a real hall server, with a page of its own around it. */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { CatalogDto, SessionUserDto, UserAccountDto } from '../contract/dto.js';
import { errorCodeOf } from './api.js';
import { clientIn, hallServerForFile, TestBrowser } from './browser-harness.js';
import { withSessionExpiry } from './http.js';
import { createStaffSession, type Notice } from './staff-session.js';

// Many sign-ins from one address in a minute: the test plays several people at one PC.
const hall = hallServerForFile({ loginRateLimit: { max: 1000, timeWindow: 60_000 } });
const HINT = 'test-page-signed-in';

/** A page made the way the clerk console and the back office make theirs: its first screen is 'home'. */
function page(browser: TestBrowser, refuse?: (u: SessionUserDto) => string | null) {
  const s = {
    screen: signal<'loading' | 'signed-out' | 'change-password' | 'home'>('loading'),
    signInNotice: signal<Notice | null>(null),
    user: signal<SessionUserDto | null>(null),
    catalog: signal<CatalogDto | null>(null),
    busy: signal<'sign-in' | 'password' | 'home' | null>(null),
    feedback: signal<Notice | null>(null),
    /** The page's own state, which a session ending must drop. */
    mine: signal<string | null>(null),
  };
  const entered: string[] = [];
  const request = withSessionExpiry(clientIn(browser), () => session.expired());
  const session = createStaffSession({
    s, request, storage: browser.storage, hintKey: HINT, refuse,
    failure: (e) => `failed: ${errorCodeOf(e)}`,
    expiredText: 'session expired',
    entered: async (u) => {
      entered.push(u.username);
      s.mine.value = u.username;
      s.screen.value = 'home';
    },
    forget: () => { s.mine.value = null; },
  });
  return { s, session, entered, request };
}

async function resetPassword(username: string): Promise<string> {
  const { server } = hall;
  const cookie = await server.login('admin');
  const users = (await server.app.inject({ url: '/api/users', headers: { cookie } })).json<UserAccountDto[]>();
  const r = await server.app.inject({ method: 'POST', url: `/api/users/${users.find((u) => u.username === username)?.id ?? 0}/password`, headers: { cookie } });
  expect(r.statusCode).toBe(200);
  return r.json<{ temporaryPassword: string }>().temporaryPassword;
}

describe('staff session', () => {
  it('a fresh browser starts signed out, with the hall named, without asking who it is', async () => {
    const b = new TestBrowser();
    const p = page(b);
    await p.session.restore();
    expect(p.s.screen.value).toBe('signed-out');
    expect(p.s.catalog.value?.hall.name).toBeTruthy();
    expect(b.sent).toEqual(['GET /api/catalog']);
  });

  it('a wrong password is answered on the form and leaves the page signed out', async () => {
    const p = page(new TestBrowser());
    await p.session.restore();
    expect(await p.session.signIn('clerk09', 'not-the-password')).toBe('failed: bad-credentials');
    expect(p.s.screen.value).toBe('signed-out');
    expect(p.s.user.value).toBeNull();
    expect(p.s.busy.value).toBeNull();
  });

  it('signs in to the page\'s first screen; a reload of the same browser comes straight back', async () => {
    const b = new TestBrowser();
    const p = page(b);
    await p.session.restore();
    expect(await p.session.signIn('clerk10', 'demo')).toBeNull();
    expect(p.s.screen.value).toBe('home');
    expect(p.entered).toEqual(['clerk10']);
    expect(b.items.get(HINT)).toBe('1');

    const again = page(b);
    await again.session.restore();
    expect(again.s.screen.value).toBe('home');
    expect(again.s.user.value?.username).toBe('clerk10');
    expect(b.sent.slice(-1)).toEqual(['GET /api/auth/me']);
  });

  it('a reset password opens nothing but the change form; the wrong current one is named; then the first screen', async () => {
    const temporary = await resetPassword('clerk11');
    const p = page(new TestBrowser());
    await p.session.restore();
    expect(await p.session.signIn('clerk11', temporary)).toBeNull();
    expect(p.s.screen.value).toBe('change-password');
    expect(p.entered).toEqual([]);
    expect(await p.session.changePassword('not-it', 'a-better-secret-9')).toBe('当前密码不正确 / The current password is wrong');
    expect(p.s.screen.value).toBe('change-password');
    expect(await p.session.changePassword(temporary, 'a-better-secret-9')).toBeNull();
    expect(p.s.screen.value).toBe('home');
    expect(p.s.feedback.value).toEqual({ tone: 'ok', text: '密码已修改 / Password changed' });
    expect(p.entered).toEqual(['clerk11']);
  });

  it('a user the page refuses is signed out on the server too, with the page\'s reason', async () => {
    const b = new TestBrowser();
    const p = page(b, (u) => (u.role === 'clerk' ? 'not for clerks' : null));
    await p.session.restore();
    expect(await p.session.signIn('clerk12', 'demo')).toBeNull();
    expect(p.s.screen.value).toBe('signed-out');
    expect(p.s.signInNotice.value).toEqual({ tone: 'error', text: 'not for clerks' });
    expect(p.entered).toEqual([]);
    expect(b.items.has(HINT)).toBe(false);
    expect(b.cookies.size).toBe(0);
  });

  it('signing out ends the session on the server and drops the page\'s state', async () => {
    const b = new TestBrowser();
    const p = page(b);
    await p.session.restore();
    await p.session.signIn('clerk13', 'demo');
    await p.session.signOut();
    expect(p.s.screen.value).toBe('signed-out');
    expect(p.s.signInNotice.value).toEqual({ tone: 'info', text: '已退出登录 / Signed out' });
    expect(p.s.mine.value).toBeNull();
    expect(b.items.has(HINT)).toBe(false);
    await expect(p.request('GET /api/auth/me', {})).rejects.toThrow();
  });

  it('a session ended elsewhere: the next request returns the page to sign-in, saying why', async () => {
    const b = new TestBrowser();
    const p = page(b);
    await p.session.restore();
    await p.session.signIn('clerk14', 'demo');
    const cookie = b.cookieHeader();
    expect((await hall.server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBeLessThan(300);
    await expect(p.request('GET /api/auth/me', {})).rejects.toThrow();
    expect(p.s.screen.value).toBe('signed-out');
    expect(p.s.signInNotice.value).toEqual({ tone: 'error', text: 'session expired' });
    expect(p.s.user.value).toBeNull();
    expect(p.s.mine.value).toBeNull();
    expect(b.items.has(HINT)).toBe(false);
  });
});
