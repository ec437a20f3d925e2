import type { Role } from '../../contract/constants.js';
import { fail } from '../domain/errors.js';
import { parseJson } from '../db/json.js';
import { queuesOfWindow, type WindowRow } from '../db/windows-repo.js';
import { allowedWindows } from '../domain/staffing.js';
import type { HallServices } from './context.js';

/** Who is acting: a signed-in user through one console session. */
export interface Actor {
  userId: number;
  sessionId: string;
  role: Role;
  name: string;
  /** A seeded or reset password: the account may only change it (and sign out). */
  mustChangePassword: boolean;
}

/** An actor the route's access level let in as an administrator: admin-only use cases take this type. */
export type AdminActor = Actor & { role: 'admin' };

export const isAdmin = (actor: Actor): actor is AdminActor => actor.role === 'admin';

export function loadWindow(s: HallServices, windowId: number): WindowRow {
  const w = s.windows.get(windowId);
  if (!w || w.hallId !== s.hallId) fail('window-not-found', `no window ${windowId}`);
  return w;
}

/** Only the console session that opened the window may work it. */
export function ownWindow(s: HallServices, actor: Actor, windowId: number): WindowRow {
  const w = loadWindow(s, windowId);
  if (w.sessionId !== actor.sessionId) {
    fail('not-your-window', w.state === 'closed' ? `window ${w.number} is not open: sign in at it first` : `window ${w.number} is held by another console`);
  }
  return w;
}

/** The windows this account may staff, read and act for (server/domain/staffing.ts has the rule). */
export function allowedWindowsOf(s: HallServices, actor: Actor): Set<number> {
  const user = s.auth.user(actor.userId);
  const windows = s.windows.ofHall(s.hallId).map((w) => ({ id: w.id, queueIds: queuesOfWindow(w).queueIds }));
  return allowedWindows({
    role: actor.role,
    defaultWindowId: user?.defaultWindowId ?? null,
    allowedWindowIds: user?.allowedWindowIds ? parseJson<number[]>(user.allowedWindowIds) : null,
  }, windows);
}

/** A window the account may work or read; another's gets 403 whether or not it is open. */
export function allowedWindow(s: HallServices, actor: Actor, windowId: number): WindowRow {
  const w = loadWindow(s, windowId);
  if (!allowedWindowsOf(s, actor).has(w.id)) fail('window-not-allowed', `your account may not work at window ${w.number}`);
  return w;
}
