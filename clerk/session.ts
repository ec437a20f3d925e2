/** Signing in and out, and taking a window: the steps before and after the working screen. */
import type { SessionUserDto, WindowDto } from '../contract/dto.js';
import { errorCodeOf } from '../ui/api.js';
import { resetWork, type ConsoleState, type Feedback } from './console-state.js';
import { errorMessage, type ApiClient } from './http.js';
import { errorText } from './labels.js';
import type { Live } from './live.js';

/** The few keys of Web Storage the console uses (localStorage in the page, a Map in tests). */
export type HintStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionDeps {
  s: ConsoleState;
  request: ApiClient;
  live: Live;
  storage: HintStorage;
  /** Tells the other tabs of this browser that this one took a window. */
  claimWindow: (windowId: number) => void;
}

export interface Session {
  restore(): Promise<void>;
  /** Returns an error text for the form, or null when signed in. */
  signIn(username: string, password: string): Promise<string | null>;
  /** Returns an error text for the form, or null once changed (the console goes on to the window choice). */
  changePassword(currentPassword: string, newPassword: string): Promise<string | null>;
  loadWindows(): Promise<void>;
  /**
   * Take a window. Another console holding it is refused (the picker then explains and offers
   * takeover); `takeover` is only sent after the clerk confirmed it.
   */
  openWindow(id: number, takeover?: boolean): Promise<void>;
  /** 签退: leave the window and end the session. The server refuses while a ticket is held. */
  signOff(): Promise<string | null>;
  /** End the session without closing a window (picker, or after the window was taken over). */
  signOut(): Promise<void>;
  /** Any request answered 401: the session is gone. */
  expired(): void;
}

/**
 * Remembers that this browser signed in. The session cookie is httpOnly, so without this a
 * console opened fresh would ask the server "who am I" only to be told 401 — a failed request
 * in the log of every clean start. With it, only a console that was signed in asks.
 */
const SIGNED_IN_HINT = 'hall-clerk-signed-in';

function signedInHint(storage: HintStorage) {
  return {
    get: (): boolean => { try { return storage.getItem(SIGNED_IN_HINT) === '1'; } catch { return true; } },
    set: (on: boolean): void => {
      try { if (on) storage.setItem(SIGNED_IN_HINT, '1'); else storage.removeItem(SIGNED_IN_HINT); } catch { /* private mode: ask every time */ }
    },
  };
}

export function createSession({ s, request, live, storage, claimWindow }: SessionDeps): Session {
  const hint = signedInHint(storage);
  const failure = (e: unknown) => errorText(errorCodeOf(e), errorMessage(e));

  function endSession(notice: Feedback | null): void {
    hint.set(false);
    live.stop();
    resetWork(s);
    s.user.value = null;
    s.signInNotice.value = notice;
    s.screen.value = 'signed-out';
  }

  async function loadCatalog(): Promise<void> {
    if (!s.catalog.value) s.catalog.value = await request('GET /api/catalog', {});
  }

  async function loadWindows(): Promise<void> {
    s.windows.value = await request('GET /api/windows', {});
  }

  /**
   * After sign-in or a page reload: a seeded or reset password must be changed first (nothing else
   * is allowed until then); then straight back to the window this session holds, else choose one.
   */
  async function enter(u: SessionUserDto): Promise<void> {
    hint.set(true);
    s.user.value = u;
    await loadCatalog();
    if (u.mustChangePassword) {
      s.screen.value = 'change-password';
      return;
    }
    if (u.windowId !== null) return openWindow(u.windowId);
    await loadWindows();
    s.screen.value = 'choose-window';
  }

  async function restore(): Promise<void> {
    try {
      // Public, and it names the hall on the sign-in card; a failure here is retried after sign-in.
      await loadCatalog().catch(() => {});
      if (!hint.get()) return endSession(null);
      await enter(await request('GET /api/auth/me', {}));
    } catch (e) {
      const code = errorCodeOf(e);
      endSession(code === 'not-signed-in' ? null : { tone: 'error', text: failure(e) });
    }
  }

  /** Runs a form's request with `busy` set; the form shows the returned problem, if any. */
  async function asForm(what: 'sign-in' | 'password', work: () => Promise<void>, problem: (e: unknown) => string): Promise<string | null> {
    if (s.busy.value) return null;
    s.busy.value = what;
    try {
      await work();
      return null;
    } catch (e) {
      return problem(e);
    } finally {
      s.busy.value = null;
    }
  }

  const signIn = (username: string, password: string) => asForm('sign-in', async () => {
    const u = await request('POST /api/auth/login', { body: { username, password } });
    s.signInNotice.value = null;
    await enter(u);
  }, failure);

  const changePassword = (currentPassword: string, newPassword: string) => asForm('password', async () => {
    const u = await request('POST /api/auth/password', { body: { currentPassword, newPassword } });
    s.busy.value = null;
    s.feedback.value = { tone: 'ok', text: '密码已修改 / Password changed' };
    await enter(u);
  }, (e) => (errorCodeOf(e) === 'bad-credentials' ? '当前密码不正确 / The current password is wrong' : failure(e)));

  function opened(id: number, w: WindowDto): void {
    s.refusal.value = null;
    s.takenOver.value = null;
    s.dialog.value = null;
    s.feedback.value = null;
    s.windowId.value = id;
    s.win.value = w;
    s.screen.value = 'working';
    claimWindow(id);
    live.start(id);
  }

  async function refused(id: number, e: unknown): Promise<void> {
    const code = errorCodeOf(e);
    if (code === 'not-signed-in') return;
    live.stop();
    s.takenOver.value = null;
    await loadWindows().catch(() => {});
    s.screen.value = 'choose-window';
    if (code === 'window-taken') {
      s.refusal.value = { windowId: id, holder: s.windows.value.find((w) => w.id === id)?.clerk?.name ?? null };
    } else {
      s.refusal.value = null;
      s.feedback.value = { tone: 'error', text: failure(e) };
    }
  }

  async function openWindow(id: number, takeover = false): Promise<void> {
    s.busy.value = 'open';
    try {
      opened(id, await request('POST /api/windows/:windowId/open', { params: { windowId: id }, body: takeover ? { takeover: true } : {} }));
    } catch (e) {
      await refused(id, e);
    } finally {
      s.busy.value = null;
    }
  }

  async function signOff(): Promise<string | null> {
    const id = s.windowId.value;
    s.busy.value = 'sign-off';
    try {
      if (id !== null) await request('POST /api/windows/:windowId/close', { params: { windowId: id } });
      await request('POST /api/auth/logout', {});
      endSession({ tone: 'ok', text: `已签退${id === null ? '' : ` ${id} 号窗`}，再见 / Signed off` });
      return null;
    } catch (e) {
      return failure(e);
    } finally {
      s.busy.value = null;
    }
  }

  async function signOut(): Promise<void> {
    await request('POST /api/auth/logout', {}).catch(() => {});
    endSession({ tone: 'info', text: '已退出登录 / Signed out' });
  }

  function expired(): void {
    if (s.screen.value === 'signed-out') return;
    endSession({ tone: 'error', text: errorText('not-signed-in', '') });
  }

  return { restore, signIn, changePassword, loadWindows, openWindow, signOff, signOut, expired };
}
