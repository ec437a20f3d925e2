import type { CurrentTicketDto, OutcomeDto, PickReason } from '../../contract/dto.js';
import { toDomain, type TicketRow } from '../db/tickets-repo.js';
import { queuesOfWindow, type WindowRow } from '../db/windows-repo.js';
import { fail } from '../domain/errors.js';
import { explainPick, pickNext } from '../domain/ordering.js';
import { call, finish, noShow, recall, slipOrderAt, start, transfer, type Ticket } from '../domain/ticket.js';
import type { HallRow } from '../db/catalog-repo.js';
import type { PendingEvent } from './events.js';
import { loadWindow, ownWindow, type Actor } from './actor.js';
import { runCommand, type CommandResult, type HallServices } from './context.js';
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

/**
 * A window command as work for one transaction. The routes submit it to the group commit
 * (app/group-commit.ts: the clerks' commands share their fsync with the kiosks'); the simulator and
 * the benches run it at once with `runCommand` through the synchronous functions below.
 */
export type WindowWork<T> = (now: number) => CommandResult<T>;

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
function stepWork(
  s: HallServices, actor: Actor, windowId: number, expectedTicketId: string | undefined, type: string,
  step: (t: Ticket, c: StepContext) => Ticket, extra?: (c: StepContext, saved: TicketRow) => PendingEvent[], detail?: unknown,
): WindowWork<CurrentTicketDto> {
  return (now) => {
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
  };
}

export function callNextWork(s: HallServices, actor: Actor, windowId: number): WindowWork<CallNextResult> {
  return (now) => {
    const hall = hallOf(s);
    const w = ownWindow(s, actor, windowId);
    if (w.state === 'paused') fail('window-paused', `window ${w.number} is paused: resume it first`);
    const held = s.tickets.currentOfWindow(w.id);
    if (held) fail('window-busy', `window ${w.number} still holds ${held.number}`);
    const day = today(s, hall, now);
    const served = queuesOfWindow(w);
    // Not the whole lines: the special tickets and each line's first walk-in decide (ordering.ts pickInputs).
    const waiting = s.tickets.pickInputs(hall.id, day, [...served.queueIds, ...served.overflowQueueIds]);
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
  };
}

export function recallWork(s: HallServices, actor: Actor, windowId: number, ticketId?: string): WindowWork<CurrentTicketDto> {
  return stepWork(s, actor, windowId, ticketId, 'recalled', (t, c) => recall(t, c.now, lifecyclePolicy(c.hall)),
    (c, saved) => [{ name: 'ticket:called', payload: { call: callDto(saved, c.w) } }]);
}

export function startWork(s: HallServices, actor: Actor, windowId: number, ticketId?: string): WindowWork<CurrentTicketDto> {
  return stepWork(s, actor, windowId, ticketId, 'started', (t, c) => start(t, c.now));
}

export interface Finished {
  ticket: CurrentTicketDto;
  invitation: RatingInvitation | null;
}

export function finishWork(s: HallServices, actor: Actor, windowId: number, outcome: OutcomeDto, ticketId?: string): WindowWork<Finished> {
  let invitation: RatingInvitation | null = null;
  const step = stepWork(s, actor, windowId, ticketId, 'finished', (t, c) => finish(t, outcome, c.now), (c, saved) => {
    recordOutcome(s, { hall: c.hall, w: c.w, ticket: saved, actor, now: c.now, outcome });
    invitation = inviteRating(s, saved, c.w, c.now);
    return [];
  }, outcome);
  return (now) => {
    invitation = null;
    const { result, events } = step(now);
    return { result: { ticket: result, invitation }, events };
  };
}

/** After the finish's commit: the window's pad offers the service for rating (一次一评). */
export function announceFinished(s: HallServices, finished: Finished): CurrentTicketDto {
  if (finished.invitation) s.bus.notice(s.hallId, { name: 'rating:requested', payload: finished.invitation });
  return finished.ticket;
}

export function noShowWork(s: HallServices, actor: Actor, windowId: number, ticketId?: string): WindowWork<CurrentTicketDto> {
  return stepWork(s, actor, windowId, ticketId, 'no-show', (t, c) => {
    const mode = c.hall.noShowMode;
    const queueWaiting = s.tickets.waitingInQueue(c.hall.id, c.row.serviceDay, t.queueId).map((x) => x.orderAt);
    return noShow(t, c.now, mode, slipOrderAt(queueWaiting, c.hall.noShowSlipPlaces, c.now, mode));
  }, (c, saved) => [{ name: 'queue:changed', payload: { queues: queueCounts(s, c.hall, saved.serviceDay, [saved.queueId]) } }],
  { mode: hallOf(s).noShowMode });
}

export function transferWork(s: HallServices, actor: Actor, windowId: number, targetQueueId: string, ticketId?: string): WindowWork<CurrentTicketDto> {
  return stepWork(s, actor, windowId, ticketId, 'transferred', (t, c) => {
    const target = s.catalog.queue(targetQueueId);
    if (!target || target.hallId !== c.hall.id) fail('queue-not-found', `no queue ${targetQueueId}`);
    return transfer(t, target.id);
  }, (c, saved) => [{ name: 'queue:changed', payload: { queues: queueCounts(s, c.hall, saved.serviceDay, [saved.queueId]) } }],
  { to: targetQueueId });
}

// Run at once, each in its own transaction (the simulator, the benches, tests of the rules).
export const callNext = (s: HallServices, actor: Actor, windowId: number): CallNextResult => runCommand(s, callNextWork(s, actor, windowId));
export const recallCurrent = (s: HallServices, actor: Actor, windowId: number, ticketId?: string): CurrentTicketDto =>
  runCommand(s, recallWork(s, actor, windowId, ticketId));
export const startCurrent = (s: HallServices, actor: Actor, windowId: number, ticketId?: string): CurrentTicketDto =>
  runCommand(s, startWork(s, actor, windowId, ticketId));
export const finishCurrent = (s: HallServices, actor: Actor, windowId: number, outcome: OutcomeDto, ticketId?: string): CurrentTicketDto =>
  announceFinished(s, runCommand(s, finishWork(s, actor, windowId, outcome, ticketId)));
export const noShowCurrent = (s: HallServices, actor: Actor, windowId: number, ticketId?: string): CurrentTicketDto =>
  runCommand(s, noShowWork(s, actor, windowId, ticketId));
export const transferCurrent = (s: HallServices, actor: Actor, windowId: number, targetQueueId: string, ticketId?: string): CurrentTicketDto =>
  runCommand(s, transferWork(s, actor, windowId, targetQueueId, ticketId));
