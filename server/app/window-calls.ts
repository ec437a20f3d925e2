import type { CurrentTicketDto, OutcomeDto, PickReason } from '../../contract/dto.js';
import { toDomain, type TicketRow } from '../db/tickets-repo.js';
import { queuesOfWindow, type WindowRow } from '../db/windows-repo.js';
import { fail } from '../domain/errors.js';
import { explainPick, pickNext } from '../domain/ordering.js';
import { call, finish, noShow, recall, slipOrderAt, start, transfer, type Ticket } from '../domain/ticket.js';
import type { HallRow } from '../db/catalog-repo.js';
import type { PendingEvent } from './events.js';
import { loadWindow, ownWindow, type Actor } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { matterOf } from './catalog.js';
import { bookingBadgeOf } from './booking-badges.js';
import { recordOutcome } from './case-intake.js';
import { inviteRating, type RatingInvitation } from './ratings.js';
import { callDto, iso } from './dto.js';
import { noticeCalled, noticeQueuesMoved } from './turn-notices.js';
import { recentCallsFor } from './appointment-cap.js';
import { hallOf, lifecyclePolicy, orderingPolicy, queueCounts, reload, ticketChange, ticketDto, today, windowDto } from './views.js';

export interface CallNextResult {
  ticket: CurrentTicketDto;
  reason: PickReason;
  explanation: string;
}

export function currentTicketDto(s: HallServices, hall: HallRow, row: TicketRow, now: number): CurrentTicketDto {
  return {
    ...ticketDto(s, hall, row, now),
    matter: row.matterId === null ? null : matterOf(s, row.matterId),
    startedAt: iso(row.startedAt), lastCalledAt: iso(row.lastCalledAt), recallLimit: hall.recallLimit,
    recallMinIntervalSec: hall.recallMinIntervalSec, booking: bookingBadgeOf(s, hall, row),
  };
}

/** What the console shows after a reload: the ticket the window holds, if any. */
export function currentOfWindow(s: HallServices, actor: Actor, windowId: number): CurrentTicketDto | null {
  const w = ownWindow(s, actor, windowId);
  const row = s.tickets.currentOfWindow(w.id);
  return row ? currentTicketDto(s, hallOf(s), row, s.clock()) : null;
}

interface StepContext {
  hall: HallRow;
  w: WindowRow;
  row: TicketRow;
  now: number;
}

/**
 * The shape shared by every command on the window's current ticket: check the window is the
 * actor's and holds a ticket (the one the console saw, if it says), apply one lifecycle step,
 * save it with its audit event, and report the ticket, window and queue changes.
 */
function stepOnCurrent(
  s: HallServices, actor: Actor, windowId: number, expectedTicketId: string | undefined, type: string,
  step: (t: Ticket, c: StepContext) => Ticket, extra?: (c: StepContext, saved: TicketRow) => PendingEvent[], detail?: unknown,
): CurrentTicketDto {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const w = ownWindow(s, actor, windowId);
    const row = s.tickets.currentOfWindow(w.id);
    if (!row) fail('window-idle', `window ${w.number} holds no ticket`);
    if (expectedTicketId !== undefined && expectedTicketId !== row.id) {
      fail('ticket-not-active', `window ${w.number} now holds ${row.number}, not the ticket this console showed`);
    }
    const c: StepContext = { hall, w, row, now };
    s.tickets.save(step(toDomain(row), c));
    s.tickets.addEvent({ ticketId: row.id, at: now, type, windowId: w.id, clerkId: actor.userId, detail: detail === undefined ? null : JSON.stringify(detail) });
    const saved = reload(s, row.id);
    const events: PendingEvent[] = [
      ...(extra?.(c, saved) ?? []),
      { name: 'ticket:changed', payload: { ticket: ticketChange(s, saved) } },
      { name: 'window:changed', payload: { window: windowDto(s, loadWindow(s, w.id)) } },
    ];
    return { result: currentTicketDto(s, hall, saved, now), events };
  });
}

export function callNext(s: HallServices, actor: Actor, windowId: number): CallNextResult {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const w = ownWindow(s, actor, windowId);
    if (w.state === 'paused') fail('window-paused', `window ${w.number} is paused: resume it first`);
    const held = s.tickets.currentOfWindow(w.id);
    if (held) fail('window-busy', `window ${w.number} still holds ${held.number}`);
    const day = today(s, hall, now);
    const served = queuesOfWindow(w);
    const waiting = s.tickets.waitingInQueues(hall.id, day, [...served.queueIds, ...served.overflowQueueIds]);
    const pick = pickNext(waiting, served, now, orderingPolicy(hall), recentCallsFor(s, hall, w.id, day, waiting));
    if (!pick) fail('queue-empty', `nobody is waiting for window ${w.number}`);
    s.tickets.save(call(toDomain(reload(s, pick.ticket.id)), { windowId: w.id, clerkId: actor.userId, now }));
    s.tickets.addEvent({ ticketId: pick.ticket.id, at: now, type: 'called', windowId: w.id, clerkId: actor.userId, detail: JSON.stringify({ reason: pick.reason }) });
    const saved = reload(s, pick.ticket.id);
    noticeCalled(s, hall, saved, w.number, now);
    noticeQueuesMoved(s, hall, day, [saved.queueId], now);
    return {
      result: { ticket: currentTicketDto(s, hall, saved, now), reason: pick.reason, explanation: explainPick(pick, now, orderingPolicy(hall)) },
      events: [
        { name: 'ticket:called', payload: { call: callDto(saved, w) } },
        { name: 'ticket:changed', payload: { ticket: ticketChange(s, saved) } },
        { name: 'queue:changed', payload: { queues: queueCounts(s, hall, day, [saved.queueId]) } },
        { name: 'window:changed', payload: { window: windowDto(s, loadWindow(s, w.id)) } },
      ],
    };
  });
}

export function recallCurrent(s: HallServices, actor: Actor, windowId: number, ticketId?: string): CurrentTicketDto {
  return stepOnCurrent(s, actor, windowId, ticketId, 'recalled', (t, c) => recall(t, c.now, lifecyclePolicy(c.hall)),
    (c, saved) => [{ name: 'ticket:called', payload: { call: callDto(saved, c.w) } }]);
}

export function startCurrent(s: HallServices, actor: Actor, windowId: number, ticketId?: string): CurrentTicketDto {
  return stepOnCurrent(s, actor, windowId, ticketId, 'started', (t, c) => start(t, c.now));
}

export function finishCurrent(s: HallServices, actor: Actor, windowId: number, outcome: OutcomeDto, ticketId?: string): CurrentTicketDto {
  let invitation: RatingInvitation | null = null;
  const finished = stepOnCurrent(s, actor, windowId, ticketId, 'finished', (t, c) => finish(t, outcome, c.now), (c, saved) => {
    recordOutcome(s, { hall: c.hall, w: c.w, ticket: saved, actor, now: c.now, outcome });
    invitation = inviteRating(s, saved, c.w, c.now);
    return [];
  }, outcome);
  // After the commit: the window's pad offers the service for rating (一次一评).
  if (invitation) s.bus.notice(s.hallId, { name: 'rating:requested', payload: invitation });
  return finished;
}

export function noShowCurrent(s: HallServices, actor: Actor, windowId: number, ticketId?: string): CurrentTicketDto {
  return stepOnCurrent(s, actor, windowId, ticketId, 'no-show', (t, c) => {
    const mode = c.hall.noShowMode;
    const queueWaiting = s.tickets.waitingInQueue(c.hall.id, c.row.serviceDay, t.queueId).map((x) => x.orderAt);
    return noShow(t, c.now, mode, slipOrderAt(queueWaiting, c.hall.noShowSlipPlaces, c.now, mode));
  }, (c, saved) => [{ name: 'queue:changed', payload: { queues: queueCounts(s, c.hall, saved.serviceDay, [saved.queueId]) } }],
  { mode: hallOf(s).noShowMode });
}

export function transferCurrent(s: HallServices, actor: Actor, windowId: number, targetQueueId: string, ticketId?: string): CurrentTicketDto {
  return stepOnCurrent(s, actor, windowId, ticketId, 'transferred', (t, c) => {
    const target = s.catalog.queue(targetQueueId);
    if (!target || target.hallId !== c.hall.id) fail('queue-not-found', `no queue ${targetQueueId}`);
    return transfer(t, target.id);
  }, (c, saved) => [{ name: 'queue:changed', payload: { queues: queueCounts(s, c.hall, saved.serviceDay, [saved.queueId]) } }],
  { to: targetQueueId });
}
