/** The console's session logic in Node against a real hall server: sign-in, window, restore, expiry. */
import { describe, expect, it } from 'vitest';
import { Browser, hallForConsoles, until } from './console-harness.js';

const hall = hallForConsoles();
const open = (b: Browser) => hall.open(b);

describe('console session', () => {
  it('a fresh browser starts signed out without asking the server who it is', async () => {
    const b = new Browser('fresh');
    const c = open(b);
    await c.actions.restore();
    expect(c.state.screen.value).toBe('signed-out');
    expect(c.state.catalog.value?.hall.name).toBeTruthy();
    expect(b.sent).toEqual(['GET /api/catalog']);
  });

  it('a wrong password is answered on the form and leaves the console signed out', async () => {
    const c = open(new Browser('wrong'));
    await c.actions.restore();
    expect(await c.actions.signIn('clerk07', 'not-the-password')).toContain('用户名或密码错误');
    expect(c.state.screen.value).toBe('signed-out');
    expect(c.state.user.value).toBeNull();
  });

  it('signs in, opens the window and goes live; a reload of the page comes straight back to it', async () => {
    const b = new Browser('desk-1');
    const c = open(b);
    await c.actions.restore();
    expect(await c.actions.signIn('clerk01', 'demo')).toBeNull();
    expect(c.state.screen.value).toBe('choose-window');
    expect(c.state.windows.value.length).toBeGreaterThan(0);
    await c.actions.openWindow(1);
    expect(c.state.screen.value).toBe('working');
    await until(() => c.state.synced.value, 'synced after connecting');
    expect(c.state.connection.value).toBe('connected');
    expect(c.state.pad.value['pause-resume'].enabled).toBe(true);
    c.close();

    // Same browser (cookie and storage), new page: no sign-in, the window it holds.
    const again = open(b);
    await again.actions.restore();
    expect(again.state.screen.value).toBe('working');
    expect(again.state.windowId.value).toBe(1);
    await until(() => again.state.synced.value, 'synced after restore');
  });

  it('a second tab of the same browser taking the window stops the first one', async () => {
    const b = new Browser('desk-2');
    const first = open(b);
    await first.actions.restore();
    await first.actions.signIn('clerk02', 'demo');
    await first.actions.openWindow(2);
    await until(() => first.state.synced.value, 'first tab synced');
    const tab = open(b);
    await tab.actions.restore();
    await until(() => first.state.takenOver.value !== null, 'first tab stopped');
    expect(first.state.takenOver.value).toEqual({ by: null, otherTab: true });
    expect(first.state.pad.value['call-next'].enabled).toBe(false);
    expect(tab.state.takenOver.value).toBeNull();
  });

  it('a session ended elsewhere sends the console back to sign-in, saying why', async () => {
    const b = new Browser('desk-3');
    const c = open(b);
    await c.actions.restore();
    await c.actions.signIn('clerk03', 'demo');
    await c.actions.openWindow(3);
    await until(() => c.state.synced.value, 'synced');
    const r = await hall.server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: b.cookieHeader() } });
    expect(r.statusCode).toBeLessThan(300);
    c.actions.trigger('pause-resume');
    expect(c.state.dialog.value).toEqual({ kind: 'pause' });
    void c.actions.pause('break', '');
    await until(() => c.state.screen.value === 'signed-out', 'back at sign-in');
    expect(c.state.signInNotice.value?.text).toContain('登录已过期');
    expect(c.state.windowId.value).toBeNull();
    expect(b.storage.items.size).toBe(0);
  });
});
