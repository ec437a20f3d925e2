/** Who is signed in on the admin page: the session cookie is httpOnly, so the page asks the server. */
import { signal } from '@preact/signals';
import type { SessionUserDto } from '../contract/dto.js';
import { call, errorCodeOf } from '../ui/api.js';
import { signedInHint } from '../ui/staff-session.js';
import { errorText } from './labels.js';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; notice: string | null }
  | { kind: 'signed-in'; user: SessionUserDto };

export const session = signal<SessionState>({ kind: 'loading' });

/**
 * Only a browser that signed in here asks "who am I" at load: a fresh one would get a 401 in its
 * console on every visit to a page whose index half is public.
 */
const hint = signedInHint('hall-admin-signed-in', () => localStorage);

function signedIn(user: SessionUserDto): void {
  hint.set(true);
  session.value = { kind: 'signed-in', user };
}

export function signedOut(notice: string | null): void {
  hint.set(false);
  session.value = { kind: 'signed-out', notice };
}

export async function restoreSession(): Promise<void> {
  if (!hint.get()) return signedOut(null);
  try {
    signedIn(await call('GET /api/auth/me', {}));
  } catch (e) {
    signedOut(errorCodeOf(e) === 'not-signed-in' ? null : errorText(e));
  }
}

/** Returns what to show under the form, or null once signed in. */
export async function signIn(username: string, password: string): Promise<string | null> {
  try {
    signedIn(await call('POST /api/auth/login', { body: { username, password } }));
    return null;
  } catch (e) {
    return errorText(e);
  }
}

export async function signOut(): Promise<void> {
  try {
    await call('POST /api/auth/logout', {});
  } finally {
    signedOut(null);
  }
}
