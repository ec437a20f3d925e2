import type { UserAccountDto } from '../../contract/dto.js';
import { hashPassword, randomPassword } from '../auth/password.js';
import { parseJson } from '../db/json.js';
import type { UserRow } from '../db/windows-repo.js';
import { fail } from '../domain/errors.js';
import type { AdminActor } from './actor.js';
import { endSessionsOf } from './auth.js';
import type { HallServices } from './context.js';


export function accountDto(u: UserRow, now: number): UserAccountDto {
  return {
    id: u.id, username: u.username, name: u.name, staffNo: u.staffNo, role: u.role, defaultWindowId: u.defaultWindowId,
    lockedUntil: u.lockedUntil !== null && u.lockedUntil > now ? u.lockedUntil : null,
    mustChangePassword: u.mustChangePassword,
    allowedWindowIds: u.allowedWindowIds === null ? null : parseJson<number[]>(u.allowedWindowIds),
    departmentIds: u.departmentIds === null ? null : parseJson<string[]>(u.departmentIds),
    disabled: u.disabled,
  };
}

export function listUsers(s: HallServices): UserAccountDto[] {
  const now = s.clock();
  return s.auth.allUsers().map((u) => accountDto(u, now));
}

/** The administrator decides at which windows a clerk may work (null: the default rule of server/domain/staffing.ts). */
export function setAllowedWindows(s: HallServices, admin: AdminActor, userId: number, windowIds: readonly number[] | null): UserAccountDto {
  return s.database.sqlite.transaction(() => {
    if (!s.auth.user(userId)) fail('user-not-found', `no account ${userId}`);
    const known = new Set(s.windows.ofHall(s.hallId).map((w) => w.id));
    const unknown = (windowIds ?? []).find((id) => !known.has(id));
    if (unknown !== undefined) fail('window-not-found', `no window ${unknown}`);
    const sorted = windowIds === null ? null : [...windowIds].sort((a, b) => a - b);
    s.auth.setAllowedWindows(userId, sorted === null ? null : JSON.stringify(sorted));
    // Not a hall command (no screen shows it), but audited like every change to an account.
    s.audit.add({ hallId: s.hallId, at: s.clock(), actorId: admin.userId, actorName: admin.name, action: 'allowed-windows', detail: JSON.stringify({ userId, windowIds: sorted }) });
    const saved = s.auth.user(userId);
    if (!saved) fail('user-not-found', `no account ${userId}`);
    return accountDto(saved, s.clock());
  }).immediate();
}

/** A one-time password and its hash, for a reset and for a new account: stored with mustChangePassword. */
export async function oneTimePassword(): Promise<{ password: string; hash: string }> {
  const password = randomPassword();
  return { password, hash: await hashPassword(password) };
}

/**
 * The administrator gives an account a one-time password (a clerk who forgot theirs, or a new
 * one seeded with a random password): it must be changed at the next sign-in, the lockout is
 * lifted, and every session of the account ends, so whoever held the old password is out.
 */
export async function resetPassword(s: HallServices, admin: AdminActor, userId: number): Promise<{ temporaryPassword: string }> {
  const user = s.auth.user(userId);
  if (!user) fail('user-not-found', `no account ${userId}`);
  const { password: temporaryPassword, hash } = await oneTimePassword();
  // Three steps, not one transaction: hashing is async (server/app/context.ts) and ending the sessions
  // is a command of its own (their idle windows close on the screens). Each stands alone if a crash splits them.
  s.auth.setPassword(user.id, hash, true);
  endSessionsOf(s, user.id);
  s.audit.add({
    hallId: s.hallId, at: s.clock(), actorId: admin.userId, actorName: admin.name, action: 'password-reset',
    detail: JSON.stringify({ userId: user.id, username: user.username }),
  });
  return { temporaryPassword };
}
