/** A paused window's reason as the console shows it again after a reload (staff only, never on screens). */
import { PAUSE_REASONS, type PauseReason } from '../../contract/constants.js';
import type { WindowRow } from '../db/windows-repo.js';
import { iso } from './dto.js';

export interface PauseStateDto { reason: PauseReason | null; note: string; pausedAt: string }

const isPauseReason = (x: string): x is PauseReason => (PAUSE_REASONS as readonly string[]).includes(x);

/** windows.pause_reason holds "reason" or "reason: note" (server/app/window-session.ts writes it). */
export function pauseStateOf(w: Pick<WindowRow, 'state' | 'pausedAt' | 'pauseReason'>): PauseStateDto | null {
  if (w.state !== 'paused' || w.pausedAt === null) return null;
  const text = w.pauseReason ?? '';
  const cut = text.indexOf(':');
  const head = cut < 0 ? text : text.slice(0, cut);
  if (!isPauseReason(head)) return { reason: null, note: text, pausedAt: iso(w.pausedAt) };
  return { reason: head, note: cut < 0 ? '' : text.slice(cut + 1).trim(), pausedAt: iso(w.pausedAt) };
}
