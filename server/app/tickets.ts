import { randomBytes } from 'node:crypto';
import type { PriorityReason, TicketDto, TicketSource } from '../../contract/dto.js';
import { authoriseIssue, checkIssuingNow, type Issuer } from '../domain/issuing.js';
import type { HallRow, MatterRow, QueueRow } from '../db/catalog-repo.js';
import type { TicketRow } from '../db/tickets-repo.js';
import { toDomain } from '../db/tickets-repo.js';
import { fail } from '../domain/errors.js';
import { formatTicketNumber } from '../domain/numbering.js';
import { cancel, reactivate, type LifecyclePolicy, type Ticket } from '../domain/ticket.js';
import { hallTime } from '../../common/hall-time.js';
import { queuesOfWindow } from '../db/windows-repo.js';
import { allowedWindowsOf, type Actor } from './actor.js';
import { enqueueTicketChanges } from '../outbox/ticket-events.js';
import { caseForPickup } from './case-queries.js';
import { runCommand, type CommandResult, type HallServices } from './context.js';
import { submitCommand } from './group-commit.js';
import { normaliseBookingCode } from './bookings.js';
import { appointmentTarget, markCheckedIn } from './check-in.js';
import { checkPhoneCode } from './phone-codes.js';
import { checkRemote, type RemoteRequest } from './remote-tickets.js';
import { noticeNearAtIssue, noticeQueuesMoved } from './turn-notices.js';
import { hallOf, lifecyclePolicy, positionOf, queueCounts, reload, ticketChange, ticketDto, today } from './views.js';

export interface IssueInput {
  matterId?: string;
  queueId?: string;
  priority?: PriorityReason;
  appointmentCode?: string;
  /** What the caller says it is; the recorded source is decided from `issuer`. */
  source?: TicketSource;
  /** Who asks: decides green channel, appointments and whether anonymous tickets are allowed. */
  issuer: Issuer;
  idempotencyKey?: string;
  /** 领取结果: the case whose result the visitor collects (its number, or the tracking link scanned off the notice). */
  caseRef?: string;
  /** A ticket taken from the phone (手机取号): its verified number hears "your turn is near". Never from a request body. */
  remote?: RemoteRequest;
}

export interface IssueResult {
  ticket: TicketDto;
  row: TicketRow;
  /** true when an earlier request with the same idempotency key already issued it */
  replayed: boolean;
}

function newTicketId(): string {
  // The visitor's capability: whoever holds the id may track and cancel the ticket, so it is
  // 128 random bits, never broadcast and never listed (screens get numbers). ASCII for the QR code.
  return randomBytes(16).toString('base64url');
}

/**
 * A retry with the same Idempotency-Key gets the ticket it was given; the same key for a different
 * request is refused. Undefined when the key is new (or absent).
 */
function replayOf(s: HallServices, hall: HallRow, input: IssueInput, day: string, now: number): IssueResult | undefined {
  if (!input.idempotencyKey) return undefined;
  const earlier = s.tickets.byIdempotencyKey(input.idempotencyKey, day);
  if (!earlier) return undefined;
  const sameRequest = input.appointmentCode !== undefined
    ? normaliseBookingCode(input.appointmentCode) === earlier.appointmentCode
    : (input.matterId ?? null) === earlier.matterId && (input.queueId === undefined || input.queueId === earlier.issuedQueueId);
  if (!sameRequest) fail('idempotency-key-reused', 'this Idempotency-Key was already used for a different ticket request');
  return { ticket: ticketDto(s, hall, earlier, now), row: earlier, replayed: true };
}

/** The queue the ticket goes to (the matter's, or the one named), checked to be this hall's and open. */
function targetOf(s: HallServices, hall: HallRow, input: IssueInput): { queue: QueueRow; matter: MatterRow | undefined } {
  if (input.caseRef !== undefined) return { queue: resultsQueueOf(s, hall, input), matter: undefined };
  const matter = input.matterId === undefined ? undefined : s.catalog.matter(input.matterId);
  if (input.matterId !== undefined && !matter) fail('matter-not-found', `no matter ${input.matterId}`);
  const queueId = matter?.queueId ?? input.queueId;
  if (queueId === undefined) fail('validation-failed', 'give a matterId or a queueId');
  if (matter && input.queueId !== undefined && input.queueId !== matter.queueId) {
    fail('validation-failed', `matter ${matter.id} is handled in queue ${matter.queueId}, not ${input.queueId}`);
  }
  const queue = s.catalog.queue(queueId);
  if (!queue || queue.hallId !== hall.id) fail('queue-not-found', `no queue ${queueId}`);
  if (!queue.open) fail('queue-closed', `${queue.name} is not taking tickets now`);
  return { queue, matter };
}

/** A results ticket goes to the hall's results queue (综合出件), whatever else the request names. */
function resultsQueueOf(s: HallServices, hall: HallRow, input: IssueInput): QueueRow {
  if (input.matterId !== undefined || input.queueId !== undefined) fail('validation-failed', 'a results ticket names the case only, not a matter or queue');
  const queue = s.catalog.queuesOf(hall.id).find((q) => q.kind === 'results');
  if (!queue) fail('queue-not-found', 'this hall has no results queue');
  if (!queue.open) fail('queue-closed', `${queue.name} is not taking tickets now`);
  return queue;
}

/** The ready case a results ticket collects; one ticket at a time per case. */
function pickupCaseOf(s: HallServices, input: IssueInput): string | null {
  if (input.caseRef === undefined) return null;
  const c = caseForPickup(s, input.caseRef);
  const open = s.tickets.openOfCase(c.id);
  if (open) fail('case-ticket-exists', `case ${c.number} already has ticket ${open.number} in the results queue`);
  return c.id;
}

interface NewTicket {
  hall: HallRow;
  queue: QueueRow;
  matter: MatterRow | undefined;
  day: string;
  seq: number;
  source: TicketSource;
  input: IssueInput;
  now: number;
  caseId: string | null;
}

/** A waiting ticket as issued: every later column starts empty. */
function newTicketRow({ hall, queue, matter, day, seq, source, input, now, caseId }: NewTicket): TicketRow {
  return {
    id: newTicketId(), hallId: hall.id, serviceDay: day, queueId: queue.id, issuedQueueId: queue.id,
    matterId: matter?.id ?? null, seq, number: formatTicketNumber(queue.prefix, seq), status: 'waiting',
    priority: input.priority ?? null, source, appointmentCode: null,
    deviceId: input.issuer.kind === 'device' ? input.issuer.deviceId : null, idempotencyKey: input.idempotencyKey ?? null,
    orderAt: now, issuedAt: now, calledAt: null, lastCalledAt: null, callCount: 0, startedAt: null, finishedAt: null,
    noShowAt: null, cancelledAt: null, windowId: null, clerkId: null, outcome: null, outcomeDetail: null,
    estimatedWaitMinutes: 0, peopleAheadAtIssue: 0, printed: null, caseId, closedAt: null,
    bookingId: null, notifyPhone: null, nearNotifiedAt: null, calledNotifiedAt: null,
  };
}

export function issueTicket(s: HallServices, input: IssueInput): IssueResult {
  return runCommand<IssueResult>(s, (now) => issueWork(s, input, now));
}

/**
 * Issuing as the kiosks' route does it: joins the next group commit (app/group-commit.ts), so many
 * tickets share one fsync; resolves once the ticket is committed, rejects with this ticket's own
 * refusal without touching the others of the batch.
 */
export function issueTicketQueued(s: HallServices, input: IssueInput): Promise<IssueResult> {
  return submitCommand<IssueResult>(s, (now) => issueWork(s, input, now), 'issue');
}

function issueWork(s: HallServices, input: IssueInput, now: number): CommandResult<IssueResult> {
  const hall = hallOf(s);
  const day = today(s, hall, now);
  const replay = replayOf(s, hall, input, day, now);
  if (replay) return { result: replay, events: [] };
  // After the replay: a retry gets back the ticket it was given, even if the kiosk was unpaired since.
  // A remote ticket is the hall's own offer (its rules decide), not an anonymous dispenser press.
  const source = input.remote ? 'phone' : authoriseIssue(input.issuer, input, hall.anonymousTickets);
  const code = input.appointmentCode;
  const appointment = code === undefined ? undefined : appointmentTarget(s, hall, { ...input, appointmentCode: code }, day, now);
  const { queue, matter } = appointment ?? targetOf(s, hall, input);
  // A booking was given its place in the roster's capacity: hours and the daily cap were checked when it was made.
  if (!appointment) checkDispensable(s, hall, queue, matter, day, now);
  if (input.remote) checkRemote(s, hall, input.remote, day, now);
  const caseId = pickupCaseOf(s, input);
  const row = newTicketRow({ hall, queue, matter, day, seq: s.tickets.nextSeq(queue.id, day), source, input, now, caseId });
  if (appointment) Object.assign(row, { appointmentCode: appointment.booking.code, bookingId: appointment.booking.id, notifyPhone: appointment.booking.phone });
  if (input.remote) row.notifyPhone = input.remote.phone;
  const position = positionOf(s, hall, row, now);
  // The estimate given to the visitor is kept so reports can hold it against what happened.
  row.estimatedWaitMinutes = position.estimatedWaitMinutes;
  row.peopleAheadAtIssue = position.peopleAhead;
  s.tickets.insert(row);
  if (appointment) markCheckedIn(s, appointment.booking, row.id, now);
  s.tickets.addEvent({ ticketId: row.id, at: now, type: 'issued', detail: JSON.stringify({ source: row.source, deviceId: row.deviceId }) });
  noticeNearAtIssue(s, hall, row, position.peopleAhead, now);
  // Screens need only the count; the city platform hears of the new ticket too (webhook only, no broadcast).
  enqueueTicketChanges(s, [{ name: 'ticket:changed', payload: { ticket: ticketChange(s, row) } }], now);
  return {
    result: { ticket: ticketDto(s, hall, row, now, position), row, replayed: false },
    events: [{ name: 'queue:changed', payload: { queues: queueCounts(s, hall, day, [queue.id]) } }],
  };
}

function checkDispensable(s: HallServices, hall: HallRow, queue: QueueRow, matter: MatterRow | undefined, day: string, now: number): void {
  checkIssuingNow(hallTime(now, hall.timeZone), queue, hall, matter?.handledBy ?? null);
  if (queue.dailyCap > 0 && s.tickets.issuedToday(queue.id, day) >= queue.dailyCap) {
    fail('daily-cap-reached', `${queue.name} has issued its ${queue.dailyCap} tickets for today`);
  }
}

/** 手机取号: the phone proven by its code first (a wrong guess counts even though nothing is issued). */
export function issueRemoteTicket(s: HallServices, body: { matterId: string; phone: string; phoneCode: string }): Promise<IssueResult> {
  const phoneCodeId = checkPhoneCode(s, body.phone, 'remote-ticket', body.phoneCode);
  return issueTicketQueued(s, { matterId: body.matterId, issuer: { kind: 'anonymous' }, source: 'phone', remote: { phone: body.phone, phoneCodeId } });
}

export function getTicket(s: HallServices, id: string): TicketDto {
  const row = s.tickets.get(id);
  if (!row || row.hallId !== s.hallId) fail('ticket-not-found', `no ticket ${id}`);
  return ticketDto(s, hallOf(s), row, s.clock());
}

function waitingChange(s: HallServices, id: string, type: 'cancelled' | 'reactivated', change: (t: Ticket, now: number, policy: LifecyclePolicy) => Ticket): TicketDto {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const row = s.tickets.get(id);
    if (!row || row.hallId !== hall.id) fail('ticket-not-found', `no ticket ${id}`);
    const next = change(toDomain(row), now, lifecyclePolicy(hall));
    s.tickets.save(next);
    s.tickets.addEvent({ ticketId: id, at: now, type });
    const saved = reload(s, id);
    if (type === 'cancelled') noticeQueuesMoved(s, hall, row.serviceDay, [row.queueId], now);
    return {
      result: ticketDto(s, hall, saved, now),
      events: [
        { name: 'ticket:changed', payload: { ticket: ticketChange(s, saved) } },
        { name: 'queue:changed', payload: { queues: queueCounts(s, hall, row.serviceDay, [row.queueId]) } },
      ],
    };
  });
}

/** The visitor gives up their place (from the phone page, which knows the unguessable id). */
export function cancelTicket(s: HallServices, id: string): TicketDto {
  return waitingChange(s, id, 'cancelled', (t, now) => cancel(t, now));
}

/**
 * A voided no-show who turns up within the hall's limit goes back in line, put back by staff of
 * a window that serves the ticket's queue (a clerk elsewhere in the hall may not).
 */
export function reactivateTicket(s: HallServices, actor: Actor, id: string): TicketDto {
  return waitingChange(s, id, 'reactivated', (t, now, policy) => {
    const mine = allowedWindowsOf(s, actor);
    const serving = s.windows.ofHall(s.hallId).filter((w) => {
      const q = queuesOfWindow(w);
      return q.queueIds.includes(t.queueId) || q.overflowQueueIds.includes(t.queueId);
    });
    if (!serving.some((w) => mine.has(w.id))) fail('window-not-allowed', 'only staff of a window serving this ticket\'s queue may put it back in line');
    return reactivate(t, now, policy);
  });
}
