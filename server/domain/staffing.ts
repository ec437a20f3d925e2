/**
 * Which windows an account may staff, read and act for. A clerk works their own window and the
 * windows that serve the same queues (a colleague's window of the same sub-domain), unless an
 * administrator gave the account an explicit list. Supervisors and administrators oversee all.
 * Back-office approvers work no window.
 */
import type { Role } from '../../contract/constants.js';

export interface StaffAccount {
  role: Role;
  defaultWindowId: number | null;
  /** Explicit list set by an administrator; null: the default rule. */
  allowedWindowIds: readonly number[] | null;
}

export interface StaffedWindow {
  id: number;
  queueIds: readonly string[];
}

export function allowedWindows(account: StaffAccount, windows: readonly StaffedWindow[]): Set<number> {
  if (account.role === 'approver') return new Set();
  if (account.role !== 'clerk') return new Set(windows.map((w) => w.id));
  if (account.allowedWindowIds !== null) return new Set(account.allowedWindowIds);
  const own = windows.find((w) => w.id === account.defaultWindowId);
  if (!own) return new Set();
  const queues = new Set(own.queueIds);
  return new Set(windows.filter((w) => w.id === own.id || w.queueIds.some((q) => queues.has(q))).map((w) => w.id));
}

/**
 * Taking a window from another console: free when it holds no ticket; with a visitor at the
 * window only the same person (their other console) or a supervisor may, because a stranger
 * could otherwise finish someone else's service.
 */
export function mayTakeOver(account: { role: StaffAccount['role']; userId: number }, holderUserId: number | null, holdsTicket: boolean): boolean {
  if (!holdsTicket) return true;
  return account.role === 'supervisor' || account.role === 'admin' || account.userId === holderUserId;
}
