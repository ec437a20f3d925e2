/** Signing in and out, and taking a window: the steps before and after the working screen. */
import type { CatalogDto, SessionUserDto, WindowDto } from '../contract/dto.js';
import { errorCode, errorMessage, request, whenSessionExpires, windowPath } from './http.js';
import { errorText } from './labels.js';
import { startLive, stopLive, takenOverBy } from './live.js';
import { claimWindow, watchOtherTabs } from './tab-lock.js';
import { busy, catalog, dialog, feedback, refusal, resetWork, screen, signInNotice, takenOver, user, win, windowId, windows } from './store.js';

watchOtherTabs((id) => {
  if (screen.value === 'working' && windowId.value === id && !takenOver.value) takenOverBy(null, true);
});

whenSessionExpires(() => {
  if (screen.value === 'signed-out') return;
  endSession({ tone: 'error', text: errorText('not-signed-in', '') });
});

/**
 * Remembers that this browser signed in. The session cookie is httpOnly, so without this a
 * console opened fresh would ask the server "who am I" only to be told 401 — a failed request
 * in the log of every clean start. With it, only a console that was signed in asks.
 */
const SIGNED_IN_HINT = 'hall-clerk-signed-in';
const hint = {
  get: (): boolean => { try { return localStorage.getItem(SIGNED_IN_HINT) === '1'; } catch { return true; } },
  set: (on: boolean): void => { try { if (on) localStorage.setItem(SIGNED_IN_HINT, '1'); else localStorage.removeItem(SIGNED_IN_HINT); } catch { /* private mode: ask every time */ } },
};

function endSession(notice: { tone: 'ok' | 'info' | 'error'; text: string } | null): void {
  hint.set(false);
  stopLive();
  resetWork();
  user.value = null;
  signInNotice.value = notice;
  screen.value = 'signed-out';
}

async function loadCatalog(): Promise<void> {
  if (!catalog.value) catalog.value = await request<CatalogDto>('GET', '/api/catalog');
}

export async function loadWindows(): Promise<void> {
  windows.value = await request<WindowDto[]>('GET', '/api/windows');
}

/**
 * After sign-in or a page reload: a seeded or reset password must be changed first (nothing else
 * is allowed until then); then straight back to the window this session holds, else choose one.
 */
async function enter(u: SessionUserDto): Promise<void> {
  hint.set(true);
  user.value = u;
  await loadCatalog();
  if (u.mustChangePassword) {
    screen.value = 'change-password';
    return;
  }
  if (u.windowId !== null) return openWindow(u.windowId);
  await loadWindows();
  screen.value = 'choose-window';
}

export async function restore(): Promise<void> {
  try {
    // Public, and it names the hall on the sign-in card; a failure here is retried after sign-in.
    await loadCatalog().catch(() => {});
    if (!hint.get()) return endSession(null);
    await enter(await request<SessionUserDto>('GET', '/api/auth/me'));
  } catch (e) {
    const code = errorCode(e);
    endSession(code === 'not-signed-in' ? null : { tone: 'error', text: errorText(code, errorMessage(e)) });
  }
}

/** Returns an error text for the form, or null when signed in. */
export async function signIn(username: string, password: string): Promise<string | null> {
  if (busy.value) return null;
  busy.value = 'sign-in';
  try {
    const u = await request<SessionUserDto>('POST', '/api/auth/login', { username, password });
    signInNotice.value = null;
    await enter(u);
    return null;
  } catch (e) {
    return errorText(errorCode(e), errorMessage(e));
  } finally {
    busy.value = null;
  }
}

/** Returns an error text for the form, or null once changed (the console goes on to the window choice). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<string | null> {
  if (busy.value) return null;
  busy.value = 'password';
  try {
    const u = await request<SessionUserDto>('POST', '/api/auth/password', { currentPassword, newPassword });
    busy.value = null;
    feedback.value = { tone: 'ok', text: '密码已修改 / Password changed' };
    await enter(u);
    return null;
  } catch (e) {
    const code = errorCode(e);
    return code === 'bad-credentials' ? '当前密码不正确 / The current password is wrong' : errorText(code, errorMessage(e));
  } finally {
    busy.value = null;
  }
}

/**
 * Take a window. Another console holding it is refused (the picker then explains and offers
 * takeover); `takeover` is only sent after the clerk confirmed it.
 */
export async function openWindow(id: number, takeover = false): Promise<void> {
  busy.value = 'open';
  try {
    const w = await request<WindowDto>('POST', windowPath(id, 'open'), takeover ? { takeover: true } : {});
    refusal.value = null;
    takenOver.value = null;
    dialog.value = null;
    feedback.value = null;
    windowId.value = id;
    win.value = w;
    screen.value = 'working';
    claimWindow(id);
    startLive(id);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'not-signed-in') return;
    stopLive();
    takenOver.value = null;
    await loadWindows().catch(() => {});
    screen.value = 'choose-window';
    if (code === 'window-taken') {
      refusal.value = { windowId: id, holder: windows.value.find((w) => w.id === id)?.clerk?.name ?? null };
    } else {
      refusal.value = null;
      feedback.value = { tone: 'error', text: errorText(code, errorMessage(e)) };
    }
  } finally {
    busy.value = null;
  }
}

/** 签退: leave the window and end the session. The server refuses while a ticket is held. */
export async function signOff(): Promise<string | null> {
  const id = windowId.value;
  busy.value = 'sign-off';
  try {
    if (id !== null) await request<WindowDto>('POST', windowPath(id, 'close'));
    await request('POST', '/api/auth/logout');
    endSession({ tone: 'ok', text: `已签退${id === null ? '' : ` ${id} 号窗`}，再见 / Signed off` });
    return null;
  } catch (e) {
    return errorText(errorCode(e), errorMessage(e));
  } finally {
    busy.value = null;
  }
}

/** End the session without closing a window (picker, or after the window was taken over). */
export async function signOut(): Promise<void> {
  await request('POST', '/api/auth/logout').catch(() => {});
  endSession({ tone: 'info', text: '已退出登录 / Signed out' });
}
