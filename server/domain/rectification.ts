/**
 * The follow-up of a bad rating or a complaint (整改) as one table: open → verified (核实) →
 * contacted (回访) → rectified (整改) | explained (情况说明) → closed by a supervisor. The
 * department may appeal (申诉) before it has rectified; a supervisor upholds the rating (the item
 * resumes where it was) or annuls it (kept, marked annulled). Due in 15 working days.
 */
import type { RectificationAction, RectificationStatus } from '../../contract/constants.js';
import { fail } from './errors.js';
import { addWorkingDays, type WorkCalendar } from './working-days.js';

export type Acting = 'department' | 'supervisor';

export const RECTIFICATION_DAYS = 15;

export const RECTIFICATION_TRANSITIONS: Record<RectificationAction, { from: readonly RectificationStatus[]; to: RectificationStatus | 'resume'; by: readonly Acting[] }> = {
  verify: { from: ['open'], to: 'verified', by: ['department', 'supervisor'] },
  contact: { from: ['verified'], to: 'contacted', by: ['department', 'supervisor'] },
  rectify: { from: ['contacted'], to: 'rectified', by: ['department', 'supervisor'] },
  explain: { from: ['contacted'], to: 'explained', by: ['department', 'supervisor'] },
  close: { from: ['rectified', 'explained'], to: 'closed', by: ['supervisor'] },
  appeal: { from: ['open', 'verified', 'contacted'], to: 'appealed', by: ['department'] },
  uphold: { from: ['appealed'], to: 'resume', by: ['supervisor'] },
  annul: { from: ['appealed'], to: 'annulled', by: ['supervisor'] },
};

export const FINISHED: readonly RectificationStatus[] = ['closed', 'annulled'];

export interface ItemState {
  status: RectificationStatus;
  appealedFrom: RectificationStatus | null;
}

/** One step: who may take it from where, and where it leads. */
export function step(item: ItemState, action: RectificationAction, by: Acting): ItemState {
  const t = RECTIFICATION_TRANSITIONS[action];
  if (!t.from.includes(item.status)) fail('rectification-step-illegal', `an item that is ${item.status} cannot ${action}`);
  if (!t.by.includes(by)) fail('supervisor-required', `${action} is for ${t.by.join(' or ')}`);
  if (t.to === 'resume') return { status: item.appealedFrom ?? 'open', appealedFrom: null };
  return { status: t.to, appealedFrom: action === 'appeal' ? item.status : item.appealedFrom };
}

export const dueDayOf = (cal: WorkCalendar, openedDay: string): string => addWorkingDays(cal, openedDay, RECTIFICATION_DAYS);

export function isOverdue(item: { status: RectificationStatus; dueDay: string }, today: string): boolean {
  return !FINISHED.includes(item.status) && today > item.dueDay;
}
