import type { NoShowMode, OutcomeDto, PriorityReason, TicketSource, TicketStatus } from '../../contract/dto.js';
import { fail } from './errors.js';

/** The part of a ticket the lifecycle rules read and write. Times are epoch ms. */
export interface Ticket {
  id: string;
  queueId: string;
  status: TicketStatus;
  priority: PriorityReason | null;
  source: TicketSource;
  orderAt: number;
  issuedAt: number;
  calledAt: number | null;
  lastCalledAt: number | null;
  callCount: number;
  startedAt: number | null;
  finishedAt: number | null;
  noShowAt: number | null;
  cancelledAt: number | null;
  closedAt: number | null;
  windowId: number | null;
  clerkId: number | null;
  outcome: OutcomeDto | null;
}

export interface LifecyclePolicy {
  /** Calls in all, the first call included. */
  recallLimit: number;
  recallMinIntervalMs: number;
  noShowMode: NoShowMode;
  reactivateWithinMs: number;
}

function requireStatus(t: Ticket, allowed: readonly TicketStatus[], code: Parameters<typeof fail>[0]): void {
  if (!allowed.includes(t.status)) fail(code, `ticket ${t.id} is ${t.status}, expected ${allowed.join(' or ')}`);
}

export function call(t: Ticket, at: { windowId: number; clerkId: number; now: number }): Ticket {
  requireStatus(t, ['waiting'], 'ticket-not-waiting');
  return { ...t, status: 'called', calledAt: at.now, lastCalledAt: at.now, callCount: 1, windowId: at.windowId, clerkId: at.clerkId };
}

export function recall(t: Ticket, now: number, policy: LifecyclePolicy): Ticket {
  requireStatus(t, ['called'], 'ticket-not-called');
  if (t.callCount >= policy.recallLimit) fail('recall-limit-reached', `ticket ${t.id} was called ${t.callCount} times, the limit is ${policy.recallLimit}`);
  const last = t.lastCalledAt ?? t.calledAt ?? 0;
  const waitMs = last + policy.recallMinIntervalMs - now;
  if (waitMs > 0) fail('recall-too-soon', `wait ${Math.ceil(waitMs / 1000)} s before calling ticket ${t.id} again`);
  return { ...t, callCount: t.callCount + 1, lastCalledAt: now };
}

export function start(t: Ticket, now: number): Ticket {
  requireStatus(t, ['called'], 'ticket-not-called');
  return { ...t, status: 'serving', startedAt: now };
}

export function finish(t: Ticket, outcome: OutcomeDto, now: number): Ticket {
  requireStatus(t, ['serving'], 'ticket-not-serving');
  if (outcome.kind === 'one-time-notice' && !(outcome.missingMaterials ?? []).some((m) => m.trim() !== '')) {
    fail('missing-materials-required', 'a one-time notice must list the missing materials');
  }
  if (outcome.kind === 'not-accepted' && !(outcome.reason ?? '').trim()) {
    fail('reason-required', 'a non-acceptance needs a reason');
  }
  return { ...t, status: 'done', finishedAt: now, outcome };
}

/**
 * No-show. `void` ends the ticket; `slip` and `back` put it back in line at `newOrderAt`,
 * which the caller computes with `slipOrderAt` from the queue as it is now.
 * A ticket gets one second chance: missing the call again voids it.
 */
export function noShow(t: Ticket, now: number, mode: NoShowMode, newOrderAt: number): Ticket {
  requireStatus(t, ['called'], 'ticket-not-called');
  if (mode === 'void' || t.noShowAt !== null) return { ...t, status: 'no_show', noShowAt: now };
  return { ...t, status: 'waiting', noShowAt: now, orderAt: newOrderAt, windowId: null, clerkId: null, callCount: 0, lastCalledAt: null };
}

/** Bring a voided no-show back within the hall's window; it goes to the back of the line. */
export function reactivate(t: Ticket, now: number, policy: LifecyclePolicy): Ticket {
  requireStatus(t, ['no_show'], 'ticket-not-no-show');
  if (t.noShowAt === null || now - t.noShowAt > policy.reactivateWithinMs) {
    fail('reactivation-expired', `ticket ${t.id} can only be re-activated within ${Math.round(policy.reactivateWithinMs / 60000)} minutes of the no-show`);
  }
  return { ...t, status: 'waiting', orderAt: now, windowId: null, clerkId: null, callCount: 0, lastCalledAt: null };
}

/** 一票到底: the same number moves to another queue and keeps its place in time. */
export function transfer(t: Ticket, targetQueueId: string): Ticket {
  requireStatus(t, ['called', 'serving'], 'ticket-not-active');
  if (targetQueueId === t.queueId) fail('same-queue', `ticket ${t.id} is already in queue ${targetQueueId}`);
  return { ...t, status: 'waiting', queueId: targetQueueId, windowId: null, clerkId: null, callCount: 0, lastCalledAt: null, startedAt: null };
}

/**
 * The end of the service day: a ticket still waiting was not served, one still at a window was
 * abandoned there. Kept (never deleted) and out of every line and window from then on.
 */
export function closeAtDayEnd(t: Ticket, now: number): Ticket {
  requireStatus(t, ['waiting', 'called', 'serving'], 'ticket-not-active');
  return { ...t, status: t.status === 'waiting' ? 'unserved' : 'abandoned', closedAt: now };
}

export function cancel(t: Ticket, now: number): Ticket {
  requireStatus(t, ['waiting'], 'ticket-not-waiting');
  return { ...t, status: 'cancelled', cancelledAt: now };
}

/**
 * Where a no-show goes back in line: after the `places`-th ticket that waits in its queue,
 * or at the back when fewer wait. `waitingOrderAts` are the queue's waiting tickets' places.
 */
export function slipOrderAt(waitingOrderAts: readonly number[], places: number, now: number, mode: NoShowMode): number {
  if (mode !== 'slip') return now;
  const sorted = [...waitingOrderAts].sort((a, b) => a - b);
  const after = sorted[places - 1];
  if (after === undefined || places < 1) return now;
  const before = sorted[places];
  // Midway keeps it strictly between the two neighbours, whatever their spacing.
  return before === undefined ? Math.max(after + 1, now) : (after + before) / 2;
}
