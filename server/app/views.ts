import { windowsServingQueue } from '../../common/windows.js';
import type { QueueCountDto, TicketChangeDto, TicketDto, WindowDto } from '../../contract/dto.js';
import type { HallRow } from '../db/catalog-repo.js';
import type { TicketRow } from '../db/tickets-repo.js';
import { queuesOfWindow, type OpenWindow, type WindowRow } from '../db/windows-repo.js';
import { plainEstimate } from '../domain/estimate.js';
import { forwardEstimate } from './estimates.js';
import { appointmentCapOf } from './appointment-cap.js';
import { peopleAhead, type Candidate, type OrderingPolicy } from '../domain/ordering.js';
import type { LifecyclePolicy } from '../domain/ticket.js';
import { serviceDayOf } from '../domain/time.js';
import type { HallServices } from './context.js';
import { ticketLinks } from './case-views.js';
import { iso, toWindowDto } from './dto.js';

const MIN = 60_000;

export function lifecyclePolicy(h: HallRow): LifecyclePolicy {
  return { recallLimit: h.recallLimit, recallMinIntervalMs: h.recallMinIntervalSec * 1000, noShowMode: h.noShowMode, reactivateWithinMs: h.reactivateWithinMin * MIN };
}

/** Call order: bounded waiting, and the walk-in cap (it applies where the window's recent calls are given). */
export function orderingPolicy(h: HallRow): OrderingPolicy {
  return { maxWaitMs: h.maxWaitMin * MIN, appointmentCap: appointmentCapOf(h) };
}

export function hallOf(s: HallServices): HallRow {
  const hall = s.catalog.hall(s.hallId);
  if (!hall) throw new Error(`hall ${s.hallId} vanished`);
  return hall;
}

export function today(s: HallServices, hall: HallRow, now: number): string {
  return serviceDayOf(now, hall.timeZone);
}

/** Windows open now (not paused) that take the queue as one of their own. */
export function openWindowsFor(windows: readonly OpenWindow[], queueId: string): number {
  const open = windows.filter((w) => w.state === 'open').map((w) => ({ number: w.number, queueIds: queuesOfWindow(w).queueIds }));
  return windowsServingQueue(open, queueId).length;
}

export interface Position {
  peopleAhead: number;
  estimatedWaitMinutes: number;
  /** No window is planned to reach the ticket today (the forward estimate's honest answer); the minutes are then the plain rule's. */
  noServiceToday?: boolean;
}

/**
 * Position and estimate of a waiting ticket (also one not yet saved); both 0 for any other status.
 * The estimate is the forward replay's (app/estimates.ts) unless the services ask for the plain rule.
 */
export function positionOf(s: HallServices, hall: HallRow, row: TicketRow, now: number): Position {
  if (row.status !== 'waiting') return { peopleAhead: 0, estimatedWaitMinutes: 0 };
  const ahead = aheadInQueue(s, hall, row, now);
  if (s.estimator.rule === 'plain') return { peopleAhead: ahead, estimatedWaitMinutes: estimateFor(s, hall, row.queueId, row.serviceDay, ahead) };
  const forward = forwardEstimate(s, hall, row, now);
  if (forward === null) return { peopleAhead: ahead, estimatedWaitMinutes: estimateFor(s, hall, row.queueId, row.serviceDay, ahead), noServiceToday: true };
  return { peopleAhead: ahead, estimatedWaitMinutes: forward };
}

/**
 * How many of its queue's waiting tickets are called before it. A plain ticket not yet overdue (every
 * newly issued one) is counted in SQL: everyone green, with an appointment or earlier in time is
 * ahead (domain/ordering.ts rankWaiting), so its queue need not be loaded and ranked on each issue.
 */
export function aheadInQueue(s: HallServices, hall: HallRow, row: TicketRow, now: number): number {
  const policy = orderingPolicy(hall);
  if (row.priority === null && row.source !== 'appointment' && now - row.orderAt < policy.maxWaitMs) return s.tickets.aheadOfPlain(row);
  const sameQueue: Candidate[] = s.tickets.waitingInQueue(hall.id, row.serviceDay, row.queueId);
  if (!sameQueue.some((t) => t.id === row.id)) sameQueue.push(row);
  return peopleAhead(row.id, sameQueue, now, policy);
}

/** The wait the hall would promise someone with `ahead` people before them in the queue. */
export function estimateFor(s: HallServices, hall: HallRow, queueId: string, day: string, ahead: number): number {
  return plainEstimate({
    peopleAhead: ahead,
    openWindows: openWindowsFor(s.windows.openOfHall(hall.id), queueId),
    recentServiceMinutes: s.tickets.recentServiceMinutes(queueId, day),
    defaultServiceMinutes: s.catalog.queue(queueId)?.defaultServiceMinutes ?? 10,
  });
}

export function ticketDto(s: HallServices, hall: HallRow, row: TicketRow, now: number, position?: Position): TicketDto {
  const pos = position ?? positionOf(s, hall, row, now);
  const windowNumber = row.windowId === null ? null : (s.windows.get(row.windowId)?.number ?? null);
  return {
    id: row.id, number: row.number, queueId: row.queueId, matterId: row.matterId, status: row.status,
    priority: row.priority, source: row.source, serviceDay: row.serviceDay, issuedAt: iso(row.issuedAt),
    calledAt: iso(row.calledAt), callCount: row.callCount, windowId: row.windowId, windowNumber, ...pos,
    estimatedAtIssueMinutes: row.estimatedWaitMinutes, ...ticketLinks(s, row),
  };
}

/** The public face of a ticket's change, for every screen: number and place, no id. */
export function ticketChange(s: HallServices, row: TicketRow): TicketChangeDto {
  const windowNumber = row.windowId === null ? null : (s.windows.get(row.windowId)?.number ?? null);
  return { number: row.number, queueId: row.queueId, status: row.status, windowNumber };
}

export function queueCounts(s: HallServices, hall: HallRow, day: string, queueIds?: readonly string[]): QueueCountDto[] {
  // A command changes one or two queues: count those with the index instead of grouping the whole day.
  if (queueIds && queueIds.length <= 2) return [...new Set(queueIds)].map((queueId) => ({ queueId, waiting: s.tickets.waitingIn(hall.id, day, queueId) }));
  const counts = s.tickets.waitingCounts(hall.id, day);
  const ids = queueIds ?? s.catalog.queuesOf(hall.id).map((q) => q.id);
  return [...new Set(ids)].map((queueId) => ({ queueId, waiting: counts.get(queueId) ?? 0 }));
}

export function windowDto(s: HallServices, w: WindowRow): WindowDto {
  const clerk = w.clerkId === null ? undefined : s.windows.users([w.clerkId]).get(w.clerkId);
  return toWindowDto(w, clerk, s.tickets.currentOfWindow(w.id));
}

/** Read a row back inside the transaction that just wrote it. */
export function reload(s: HallServices, id: string): TicketRow {
  const row = s.tickets.get(id);
  if (!row) throw new Error(`ticket ${id} vanished inside its own transaction`);
  return row;
}
