/**
 * Staff sign-in, one home for the pages staff sign in to (clerk console, back office): restore a
 * session on load, sign in, the forced first password change, sign out, and expiry. Each page
 * keeps what comes after: its first screen (`entered`) and the state it forgets (`forget`).
 */
import type { Signal } from '@preact/signals';
import type { CatalogDto, SessionUserDto } from '../contract/dto.js';
import { errorCodeOf } from './api.js';
import type { ApiClient } from './http.js';

/** The few keys of Web Storage a page uses (localStorage in the page, a Map in tests). */
export type HintStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Notice {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

/** The screens and busy marks this module sets; a page's own come on top. */
export type SessionScreen = 'signed-out' | 'change-password';
export type SessionBusy = 'sign-in' | 'password';

export interface StaffSessionState<Screen extends string, Busy extends string> {
  screen: Signal<Screen | SessionScreen>;
  /** Shown above the sign-in form: why the user is there (signed out, session expired…). */
  signInNotice: Signal<Notice | null>;
  user: Signal<SessionUserDto | null>;
  catalog: Signal<CatalogDto | null>;
  busy: Signal<Busy | SessionBusy | null>;
  feedback: Signal<Notice | null>;
}

export interface StaffSessionDeps<Screen extends string, Busy extends string> {
  s: StaffSessionState<Screen, Busy>;
  request: ApiClient;
  storage: HintStorage;
  /** The storage key that remembers this page signed in. */
  hintKey: string;
  /** The page's words for a failed call, and for an expired session. */
  failure: (e: unknown) => string;
  expiredText: string;
  /** Why this user may not use the page (then they are signed out), or null. */
  refuse?: (u: SessionUserDto) => string | null;
  /** Signed in with a usable password: on to the page's first screen. */
  entered: (u: SessionUserDto) => Promise<void>;
  /** The session ended: drop the page's own state. */
  forget: () => void;
}

export interface StaffSession {
  restore(): Promise<void>;
  /** Returns an error text for the form, or null when signed in. */
  signIn(username: string, password: string): Promise<string | null>;
  /** Returns an error text for the form, or null once changed (the page goes on to its first screen). */
  changePassword(currentPassword: string, newPassword: string): Promise<string | null>;
  signOut(): Promise<void>;
  /** Any request answered 401: the session is gone. */
  expired(): void;
  /** Back to the sign-in form with `notice` above it (after the page signed the user out itself). */
  end(notice: Notice | null): void;
}

/**
 * Remembers that this browser signed in. The session cookie is httpOnly, so without this a page
 * opened fresh would ask the server "who am I" only to be told 401 — a failed request in the log
 * of every clean start. With it, only a page that was signed in asks.
 */
export function signedInHint(key: string, storage: () => HintStorage) {
  return {
    get: (): boolean => { try { return storage().getItem(key) === '1'; } catch { return true; } },
    set: (on: boolean): void => {
      try { if (on) storage().setItem(key, '1'); else storage().removeItem(key); } catch { /* private mode: ask every time */ }
    },
  };
}

export function createStaffSession<Screen extends string, Busy extends string>(deps: StaffSessionDeps<Screen, Busy>): StaffSession {
  const { s, request, failure } = deps;
  const hint = signedInHint(deps.hintKey, () => deps.storage);

  function end(notice: Notice | null): void {
    hint.set(false);
    deps.forget();
    s.user.value = null;
    s.signInNotice.value = notice;
    s.screen.value = 'signed-out';
  }

  async function loadCatalog(): Promise<void> {
    if (!s.catalog.value) s.catalog.value = await request('GET /api/catalog', {});
  }

  /** After sign-in or a reload: a seeded or reset password must be changed before anything else. */
  async function enter(u: SessionUserDto): Promise<void> {
    const refusal = deps.refuse?.(u) ?? null;
    if (refusal !== null) {
      await request('POST /api/auth/logout', {}).catch(() => {});
      return end({ tone: 'error', text: refusal });
    }
    hint.set(true);
    s.user.value = u;
    await loadCatalog();
    if (u.mustChangePassword) {
      s.screen.value = 'change-password';
      return;
    }
    await deps.entered(u);
  }

  async function restore(): Promise<void> {
    try {
      // Public, and it names the hall on the sign-in card; a failure here is retried after sign-in.
      await loadCatalog().catch(() => {});
      if (!hint.get()) return end(null);
      await enter(await request('GET /api/auth/me', {}));
    } catch (e) {
      end(errorCodeOf(e) === 'not-signed-in' ? null : { tone: 'error', text: failure(e) });
    }
  }

  /** Runs a form's request with `busy` set; the form shows the returned problem, if any. */
  async function asForm(what: SessionBusy, work: () => Promise<void>, problem: (e: unknown) => string): Promise<string | null> {
    if (s.busy.value) return null;
    s.busy.value = what;
    try {
      await work();
      return null;
    } catch (e) {
      return problem(e);
    } finally {
      // The page's first screen may have set its own mark meanwhile.
      if (s.busy.value === what) s.busy.value = null;
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

  async function signOut(): Promise<void> {
    await request('POST /api/auth/logout', {}).catch(() => {});
    end({ tone: 'info', text: '已退出登录 / Signed out' });
  }

  function expired(): void {
    if (s.screen.value === 'signed-out') return;
    end({ tone: 'error', text: deps.expiredText });
  }

  return { restore, signIn, changePassword, signOut, expired, end };
}
