import { randomBytes } from 'node:crypto';
import type { SessionUserDto } from '../../contract/dto.js';
import { verifyPassword } from '../auth/password.js';
import { fail } from '../domain/errors.js';
import type { Actor } from './actor.js';
import type { HallServices } from './context.js';
import { leaveWindows } from './window-session.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function sessionUser(s: HallServices, actor: Actor): SessionUserDto {
  const user = s.auth.user(actor.userId);
  if (!user) fail('not-signed-in', 'the account no longer exists');
  const held = s.windows.heldBySession(actor.sessionId)[0];
  return {
    id: user.id, username: user.username, name: user.name, staffNo: user.staffNo, role: user.role, mustChangePassword: user.mustChangePassword,
    defaultWindowId: user.defaultWindowId, windowId: held?.id ?? null,
  };
}

export async function login(s: HallServices, username: string, password: string): Promise<{ sessionId: string; user: SessionUserDto }> {
  const user = s.auth.userByName(username);
  // Verify even for unknown users so timing does not tell which usernames exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  if (!user || !ok) fail('bad-credentials', 'wrong username or password');
  const now = s.clock();
  const sessionId = randomBytes(24).toString('base64url');
  s.auth.purgeExpired(now);
  s.auth.createSession({ id: sessionId, userId: user.id, createdAt: now, expiresAt: now + SESSION_TTL_MS });
  const actor: Actor = { userId: user.id, sessionId, role: user.role, name: user.name, mustChangePassword: user.mustChangePassword };
  return { sessionId, user: sessionUser(s, actor) };
}

export function logout(s: HallServices, sessionId: string): void {
  leaveWindows(s, sessionId);
  s.auth.deleteSession(sessionId);
}

/** The actor behind a session id, or null when it is unknown or expired. */
export function actorOf(s: HallServices, sessionId: string | undefined): Actor | null {
  if (!sessionId) return null;
  const session = s.auth.liveSession(sessionId, s.clock());
  if (!session) return null;
  const user = s.auth.user(session.userId);
  return user ? { userId: user.id, sessionId, role: user.role, name: user.name, mustChangePassword: user.mustChangePassword } : null;
}

/** A stable cookie-signing secret: from the environment, else made once and kept in the database. */
export function cookieSecret(s: HallServices, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  const stored = s.auth.setting('cookie-secret');
  if (stored) return stored;
  const made = randomBytes(32).toString('base64url');
  s.auth.putSetting('cookie-secret', made);
  return made;
}
