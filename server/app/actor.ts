import { fail } from '../domain/errors.js';
import type { WindowRow } from '../db/windows-repo.js';
import type { HallServices } from './context.js';

/** Who is acting: a signed-in user through one console session. */
export interface Actor {
  userId: number;
  sessionId: string;
  role: 'clerk' | 'supervisor' | 'admin';
  name: string;
  /** A seeded or reset password: the account may only change it (and sign out). */
  mustChangePassword: boolean;
}

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
