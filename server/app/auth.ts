import { randomBytes } from 'node:crypto';
import type { SessionUserDto } from '../../contract/dto.js';
import { lockDurationMs, retryAfterSeconds } from '../auth/lockout.js';
import { passwordProblem } from '../auth/password-policy.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password.js';
import { DomainError, fail } from '../domain/errors.js';
import { parseJson } from '../db/json.js';
import { allowedWindowsOf, type Actor } from './actor.js';
import type { HallServices } from './context.js';
import { leaveWindows } from './window-session.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** `account-locked`, with the wait the route sends as Retry-After. */
export class AccountLockedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('account-locked', `too many failed sign-ins: this account is locked, try again in ${retryAfterSeconds} s`);
  }
}

export function sessionUser(s: HallServices, actor: Actor): SessionUserDto {
  const user = s.auth.user(actor.userId);
  if (!user) fail('not-signed-in', 'the account no longer exists');
  const held = s.windows.heldBySession(actor.sessionId)[0];
  return {
    id: user.id, username: user.username, name: user.name, staffNo: user.staffNo, role: user.role, mustChangePassword: user.mustChangePassword,
    defaultWindowId: user.defaultWindowId, windowId: held?.id ?? null,
    allowedWindowIds: [...allowedWindowsOf(s, actor)].sort((a, b) => a - b),
    departmentIds: user.departmentIds === null ? [] : parseJson<string[]>(user.departmentIds),
  };
}

function refuseIfLocked(s: HallServices, userId: number): void {
  const lockedUntil = s.auth.user(userId)?.lockedUntil ?? null;
  const now = s.clock();
  if (lockedUntil !== null && lockedUntil > now) throw new AccountLockedError(retryAfterSeconds(lockedUntil, now));
}

/**
 * One more consecutive failure; at the threshold and past it, the lock grows. Auth writes are not
 * commands (server/app/context.ts): they sit around an async password check and no screen shows them.
 */
function countFailure(s: HallServices, userId: number): void {
  const now = s.clock();
  s.database.sqlite.transaction(() => {
    const lockMs = lockDurationMs(s.auth.addFailedLogin(userId));
    if (lockMs > 0) s.auth.lockUntil(userId, now + lockMs);
  }).immediate();
}

/**
 * Checks a password against an account with the lockout rules: a locked account is refused
 * before the password is even looked at (the right one included), a failure counts, a success
 * resets the count. Guesses raced in parallel are all counted, and a lock set meanwhile wins.
 */
async function checkPassword(s: HallServices, userId: number, passwordHash: string, password: string): Promise<boolean> {
  refuseIfLocked(s, userId);
  const ok = await verifyPassword(password, passwordHash);
  if (!ok) {
    countFailure(s, userId);
    return false;
  }
  refuseIfLocked(s, userId);
  s.auth.clearFailedLogins(userId);
  return true;
}

export async function login(s: HallServices, username: string, password: string): Promise<{ sessionId: string; user: SessionUserDto }> {
  const user = s.auth.userByName(username);
  if (!user) {
    // Verify anyway so timing does not tell which usernames exist; no counter for a name that is not there.
    await verifyPassword(password, DUMMY_HASH);
    fail('bad-credentials', 'wrong username or password');
  }
  if (!(await checkPassword(s, user.id, user.passwordHash, password))) fail('bad-credentials', 'wrong username or password');
  // Only after the password: a guesser gets bad-credentials (and counts towards the lockout) as for any
  // account, so "disabled" tells nothing to someone who does not already hold the password.
  if (user.disabled) fail('account-disabled', 'this account is disabled: ask the hall administrator · 账号已停用，请联系管理员');
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

/** Signs the account out everywhere but `except`: its idle windows close, as on sign-out. */
export function endSessionsOf(s: HallServices, userId: number, except?: string): void {
  for (const id of s.auth.sessionIdsOfUser(userId, except)) logout(s, id);
}

/**
 * The account holder sets a new password: the current one must be right (and counts towards the
 * lockout like a sign-in), the new one must differ and pass the policy. Every other session of
 * the account ends, so a password someone else knew stops working everywhere at once.
 */
export async function changePassword(s: HallServices, actor: Actor, currentPassword: string, newPassword: string): Promise<SessionUserDto> {
  const user = s.auth.user(actor.userId);
  if (!user) fail('not-signed-in', 'the account no longer exists');
  if (!(await checkPassword(s, user.id, user.passwordHash, currentPassword))) fail('bad-credentials', 'the current password is wrong');
  if (newPassword === currentPassword) fail('password-unchanged', 'the new password must differ from the current one');
  const problem = passwordProblem(newPassword, user.username);
  if (problem) fail('password-too-weak', problem);
  const hash = await hashPassword(newPassword);
  s.auth.setPassword(user.id, hash, false);
  endSessionsOf(s, user.id, actor.sessionId);
  s.audit.add({ hallId: s.hallId, at: s.clock(), actorId: user.id, actorName: user.name, action: 'password-changed', detail: JSON.stringify({ userId: user.id, username: user.username }) });
  return sessionUser(s, { ...actor, mustChangePassword: false });
}

/** The actor behind a session id, or null when it is unknown or expired. */
export function actorOf(s: HallServices, sessionId: string | undefined): Actor | null {
  if (!sessionId) return null;
  const session = s.auth.liveSession(sessionId, s.clock());
  if (!session) return null;
  const user = s.auth.user(session.userId);
  // Disabling ends the sessions; this also covers a sign-in that raced with it.
  return user && !user.disabled ? { userId: user.id, sessionId, role: user.role, name: user.name, mustChangePassword: user.mustChangePassword } : null;
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
