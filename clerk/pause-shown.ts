/** Why the window is paused, as the console's window bar shows it. */
import type { PauseReason } from '../contract/constants.js';
import type { ReadonlyConsoleState } from './console-state.js';

export interface PauseShown { reason: PauseReason | null; note: string; pausedAt: string | null }

/**
 * As this console paused it; otherwise (after a reload, or a console that took the window over)
 * as the server says in the window's line, which only staff read.
 */
export function pauseShown(s: ReadonlyConsoleState): PauseShown | null {
  if (s.win.value?.state !== 'paused') return null;
  const own = s.pausedFor.value;
  if (own) return { ...own, pausedAt: null };
  return s.line.value?.pause ?? null;
}
