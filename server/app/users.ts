import type { UserAccountDto } from '../../contract/dto.js';
import { hashPassword, randomPassword } from '../auth/password.js';
import { fail } from '../domain/errors.js';
import type { AdminActor } from './actor.js';
import { endSessionsOf } from './auth.js';
import type { HallServices } from './context.js';


export function listUsers(s: HallServices): UserAccountDto[] {
  const now = s.clock();
  return s.auth.allUsers().map((u) => ({
    id: u.id, username: u.username, name: u.name, staffNo: u.staffNo, role: u.role, defaultWindowId: u.defaultWindowId,
    lockedUntil: u.lockedUntil !== null && u.lockedUntil > now ? u.lockedUntil : null,
    mustChangePassword: u.mustChangePassword,
  }));
}

/**
 * The administrator gives an account a one-time password (a clerk who forgot theirs, or a new
 * one seeded with a random password): it must be changed at the next sign-in, the lockout is
 * lifted, and every session of the account ends, so whoever held the old password is out.
 */
export async function resetPassword(s: HallServices, admin: AdminActor, userId: number): Promise<{ temporaryPassword: string }> {
  const user = s.auth.user(userId);
  if (!user) fail('user-not-found', `no account ${userId}`);
  const temporaryPassword = randomPassword();
  // Three steps, not one transaction: hashing is async (server/app/context.ts) and ending the sessions
  // is a command of its own (their idle windows close on the screens). Each stands alone if a crash splits them.
  s.auth.setPassword(user.id, await hashPassword(temporaryPassword), true);
  endSessionsOf(s, user.id);
  s.audit.add({
    hallId: s.hallId, at: s.clock(), actorId: admin.userId, actorName: admin.name, action: 'password-reset',
    detail: JSON.stringify({ userId: user.id, username: user.username }),
  });
  return { temporaryPassword };
}
