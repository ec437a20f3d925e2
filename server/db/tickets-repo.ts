import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { OutcomeDto } from '../../contract/dto.js';
import type { Ticket } from '../domain/ticket.js';
import type { Candidate } from '../domain/ordering.js';
import type { Db } from './client.js';
import { parseJson } from './json.js';
import { counters, ticketEvents, tickets } from './schema.js';
import { preparedInsert } from './prepared-insert.js';
import { preparedSelect } from './prepared-select.js';

export type TicketRow = typeof tickets.$inferSelect;
/** What ordering and waiting lists read of a waiting ticket. */
/** `bookingId`: the console shows an appointment's slot beside it. */
export type WaitingCandidate = Candidate & { number: string; issuedAt: number; bookingId: string | null };
export type NewTicketRow = typeof tickets.$inferInsert;
/** What the estimate learns from a past ticket (server/app/service-history.ts). */
export interface HistoryRow {
  serviceDay: string; queueId: string; matterId: string | null; status: TicketRow['status']; priority: TicketRow['priority'];
  issuedAt: number; calledAt: number | null; lastCalledAt: number | null; finishedAt: number | null; noShowAt: number | null;
}

function parseOutcome(json: string | null): OutcomeDto | null {
  return json ? parseJson<OutcomeDto>(json) : null;
}

export function toDomain(row: TicketRow): Ticket {
  return {
    id: row.id, queueId: row.queueId, status: row.status, priority: row.priority, source: row.source,
    orderAt: row.orderAt, issuedAt: row.issuedAt, calledAt: row.calledAt, lastCalledAt: row.lastCalledAt,
    callCount: row.callCount, startedAt: row.startedAt, finishedAt: row.finishedAt, noShowAt: row.noShowAt,
    cancelledAt: row.cancelledAt, closedAt: row.closedAt, windowId: row.windowId, clerkId: row.clerkId, outcome: parseOutcome(row.outcomeDetail),
  };
}

/** The columns a lifecycle step may change, from the domain ticket back to the row. */
function changes(t: Ticket): Partial<NewTicketRow> {
  return {
    queueId: t.queueId, status: t.status, orderAt: t.orderAt, calledAt: t.calledAt, lastCalledAt: t.lastCalledAt,
    callCount: t.callCount, startedAt: t.startedAt, finishedAt: t.finishedAt, noShowAt: t.noShowAt,
    cancelledAt: t.cancelledAt, closedAt: t.closedAt, windowId: t.windowId, clerkId: t.clerkId,
    outcome: t.outcome?.kind ?? null, outcomeDetail: t.outcome ? JSON.stringify(t.outcome) : null,
  };
}

/** How many of a queue's latest services of the day the plain estimate averages. */
const RECENT_SERVICES = 20;

export function ticketsRepo(db: Db) {
  const idOnly = db.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, sql.placeholder('id'))).prepare();
  // Read back by every command: prepared by hand (prepared-select.ts), without drizzle's row mapping.
  const byId = preparedSelect<typeof tickets, keyof TicketRow & string, { id: string }>(db, tickets, 'id = @id');
  const byKey = db.select().from(tickets)
    .where(and(eq(tickets.idempotencyKey, sql.placeholder('key')), eq(tickets.serviceDay, sql.placeholder('day')))).prepare();
  const bump = db.insert(counters)
    .values({ queueId: sql.placeholder('queueId'), serviceDay: sql.placeholder('day'), last: 1 })
    .onConflictDoUpdate({ target: [counters.queueId, counters.serviceDay], set: { last: sql`${counters.last} + 1` } })
    .returning({ last: counters.last }).prepare();
  // Call-order inputs only: ranking a queue must not drag every column of every row through.
  const candidateKeys = ['id', 'status', 'queueId', 'priority', 'source', 'orderAt', 'number', 'issuedAt', 'seq', 'bookingId'] as const;
  // A window's own and overflow queues in one statement (a JSON array of queue ids).
  const waitingInQueueList = preparedSelect<typeof tickets, (typeof candidateKeys)[number], { hallId: string; day: string; queues: string }>(db, tickets,
    `hall_id = @hallId AND service_day = @day AND status = 'waiting' AND queue_id IN (SELECT value FROM json_each(@queues))`, candidateKeys);
  // What call-next decides from (domain/ordering.ts pickInputs): the special tickets through their
  // partial index (its WHERE repeated), and each queue's first walk-in from the head of tickets_line.
  const special = `status = 'waiting' AND (priority IS NOT NULL OR source = 'appointment')`;
  const pickInputList = preparedSelect<typeof tickets, (typeof candidateKeys)[number], { hallId: string; day: string; queues: string }>(db, tickets,
    `id IN (
      SELECT id FROM tickets INDEXED BY tickets_special WHERE hall_id = @hallId AND service_day = @day AND queue_id IN (SELECT value FROM json_each(@queues)) AND ${special}
      UNION ALL
      SELECT (SELECT id FROM tickets WHERE hall_id = @hallId AND service_day = @day AND status = 'waiting' AND queue_id = q.value
        AND priority IS NULL AND source <> 'appointment' ORDER BY order_at, seq, id LIMIT 1) FROM json_each(@queues) AS q)`, candidateKeys);
  // Every waiting ticket of the day with its matter: what the forward estimate replays.
  const waitingOfDay = preparedSelect<typeof tickets, 'id' | 'status' | 'queueId' | 'priority' | 'source' | 'orderAt' | 'seq' | 'matterId', { hallId: string; day: string }>(
    db, tickets, `hall_id = @hallId AND service_day = @day AND status = 'waiting'`, ['id', 'status', 'queueId', 'priority', 'source', 'orderAt', 'seq', 'matterId']);
  // Read from waiting_counts, which triggers keep in step with every write to tickets (schema.ts).
  const waitingCounts = db.$client.prepare<{ hallId: string; day: string }, { queueId: string; waiting: number }>(
    'SELECT queue_id AS queueId, waiting FROM waiting_counts WHERE hall_id = @hallId AND service_day = @day AND waiting > 0');
  const waitingInOne = db.$client.prepare<{ hallId: string; day: string; queueId: string }, number>(
    'SELECT waiting FROM waiting_counts WHERE hall_id = @hallId AND service_day = @day AND queue_id = @queueId').pluck();
  // The plain estimate reads this for every ticket past the day's capacity: minutes straight from SQL.
  // LIMIT written out: a bound LIMIT made this empty read cost 7 µs instead of 0.9 (measured).
  const recentDurations = db.$client.prepare<{ queueId: string; day: string }, number>(
    `SELECT (finished_at - started_at) / 60000.0 FROM tickets
      WHERE queue_id = @queueId AND service_day = @day AND status = 'done' AND started_at IS NOT NULL AND finished_at IS NOT NULL
      ORDER BY finished_at DESC LIMIT ${RECENT_SERVICES}`).pluck();
  // The estimate's history: every ticket of a range of service days, the columns it learns from (prepared once).
  const history = db.select({
    serviceDay: tickets.serviceDay, queueId: tickets.queueId, matterId: tickets.matterId, status: tickets.status, priority: tickets.priority,
    issuedAt: tickets.issuedAt, calledAt: tickets.calledAt, lastCalledAt: tickets.lastCalledAt, finishedAt: tickets.finishedAt, noShowAt: tickets.noShowAt,
  }).from(tickets)
    .where(and(eq(tickets.hallId, sql.placeholder('hallId')), gte(tickets.serviceDay, sql.placeholder('from')), lte(tickets.serviceDay, sql.placeholder('to')))).prepare();
  // Waiting tickets of the queue called before a plain, not yet overdue ticket (app/views.ts positionOf):
  // everyone earlier in (order_at, seq, id), and after it only green-channel and appointment tickets.
  // So: the line's count less the ticket itself and the plain tickets after it — for a new ticket
  // that range is empty, and issuing no longer walks its line.
  const line = `hall_id = @hallId AND service_day = @day AND status = 'waiting' AND queue_id = @queueId`;
  const aheadOfPlain = db.$client.prepare<{ hallId: string; day: string; queueId: string; id: string; orderAt: number; seq: number }, number>(
    `SELECT coalesce((SELECT waiting FROM waiting_counts WHERE hall_id = @hallId AND service_day = @day AND queue_id = @queueId), 0)
      - (SELECT count(*) FROM tickets WHERE id = @id AND ${line})
      - (SELECT count(*) FROM tickets WHERE ${line} AND (order_at, seq, id) > (@orderAt, @seq, @id) AND id <> @id
          AND priority IS NULL AND source <> 'appointment')`).pluck();
  // Prepared once; a drizzle placeholder for the nullable boolean `printed` would turn "not a kiosk
  // ticket" (null) into "printing failed" (0), so the row goes in through preparedInsert.
  const insertTicket = preparedInsert(db, tickets);
  // Every clerk command saves its ticket: prepared once (the builder prepared it on every call).
  const ph = (name: string) => sql`${sql.placeholder(name)}`;
  const update = db.update(tickets).set({
    queueId: ph('queueId'), status: ph('status'), orderAt: ph('orderAt'), calledAt: ph('calledAt'),
    lastCalledAt: ph('lastCalledAt'), callCount: ph('callCount'), startedAt: ph('startedAt'),
    finishedAt: ph('finishedAt'), noShowAt: ph('noShowAt'), cancelledAt: ph('cancelledAt'),
    closedAt: ph('closedAt'), windowId: ph('windowId'), clerkId: ph('clerkId'),
    outcome: ph('outcome'), outcomeDetail: ph('outcomeDetail'),
  }).where(eq(tickets.id, ph('id'))).prepare();
  const insertEvent = db.insert(ticketEvents).values({
    ticketId: sql.placeholder('ticketId'), at: sql.placeholder('at'), type: sql.placeholder('type'), windowId: sql.placeholder('windowId'),
    clerkId: sql.placeholder('clerkId'), detail: sql.placeholder('detail'),
  }).prepare();
  const currentOfWindow = preparedSelect<typeof tickets, keyof TicketRow & string, { windowId: number }>(db, tickets, `window_id = @windowId AND status IN ('called', 'serving')`);
  const currentOfWindowList = preparedSelect<typeof tickets, keyof TicketRow & string, { windows: string }>(
    db, tickets, `window_id IN (SELECT value FROM json_each(@windows)) AND status IN ('called', 'serving')`);
  const issuedCount = db.select({ n: sql<number>`count(*)` }).from(tickets)
    .where(and(eq(tickets.issuedQueueId, sql.placeholder('queueId')), eq(tickets.serviceDay, sql.placeholder('day')))).prepare();

  return {
    get: (id: string): TicketRow | undefined => byId.get({ id }),
    exists: (id: string): boolean => idOnly.get({ id }) !== undefined,
    byIdempotencyKey: (key: string, day: string): TicketRow | undefined => byKey.get({ key, day }),
    /** Next number in (queue, day), in the caller's transaction: never repeats, also after a crash. */
    nextSeq(queueId: string, day: string): number {
      const row = bump.get({ queueId, day });
      if (!row) throw new Error('counter upsert returned nothing');
      return row.last;
    },
    issuedToday: (queueId: string, day: string): number => issuedCount.get({ queueId, day })?.n ?? 0,
    insert(row: TicketRow): void {
      insertTicket(row);
    },
    save(t: Ticket): void {
      update.run({ ...changes(t), id: t.id });
    },
    setPrinted(id: string, printed: boolean): void {
      db.update(tickets).set({ printed }).where(eq(tickets.id, id)).run();
    },
    waitingInQueue: (hallId: string, day: string, queueId: string): WaitingCandidate[] => waitingInQueueList.all({ hallId, day, queues: JSON.stringify([queueId]) }),
    /** How many waiting tickets of its queue are called before this plain (not green, not appointment), not overdue one. */
    aheadOfPlain: (t: { hallId: string; serviceDay: string; queueId: string; id: string; orderAt: number; seq: number }): number =>
      aheadOfPlain.get({ hallId: t.hallId, day: t.serviceDay, queueId: t.queueId, id: t.id, orderAt: t.orderAt, seq: t.seq }) ?? 0,
    /** The waiting tickets of several queues (a window's own and overflow queues). */
    waitingInQueues(hallId: string, day: string, queueIds: readonly string[]): WaitingCandidate[] {
      return waitingInQueueList.all({ hallId, day, queues: JSON.stringify([...new Set(queueIds)]) });
    },
    /** What a window's next pick depends on among those queues' waiting tickets (domain/ordering.ts pickInputs). */
    pickInputs(hallId: string, day: string, queueIds: readonly string[]): WaitingCandidate[] {
      return pickInputList.all({ hallId, day, queues: JSON.stringify([...new Set(queueIds)]) });
    },
    /** All waiting tickets of the day, every queue, with their matter (the forward estimate's input). */
    waitingOfDay: (hallId: string, day: string): (Candidate & { matterId: string | null })[] => waitingOfDay.all({ hallId, day }),
    /** Waiting tickets of one queue for the day (an indexed count, not the whole day's). */
    waitingIn: (hallId: string, day: string, queueId: string): number => waitingInOne.get({ hallId, day, queueId }) ?? 0,
    /** Waiting tickets per queue for the day (queues with none are absent). */
    waitingCounts: (hallId: string, day: string): Map<string, number> => new Map(waitingCounts.all({ hallId, day }).map((r) => [r.queueId, r.waiting])),
    /** Tickets still open (waiting, called, serving) of service days before `day`, or of `day` itself when `including`. */
    openBefore(hallId: string, day: string, including: boolean): TicketRow[] {
      const dayCond = including ? sql`${tickets.serviceDay} <= ${day}` : sql`${tickets.serviceDay} < ${day}`;
      return db.select().from(tickets).where(and(eq(tickets.hallId, hallId), inArray(tickets.status, ['waiting', 'called', 'serving']), dayCond)).all();
    },
    /** A results ticket of the case still in line or at a window. */
    openOfCase(caseId: string): TicketRow | undefined {
      return db.select().from(tickets).where(and(eq(tickets.caseId, caseId), inArray(tickets.status, ['waiting', 'called', 'serving']))).get();
    },
    /** The ticket a window holds now (called or serving), if any. */
    currentOfWindow: (windowId: number): TicketRow | undefined => currentOfWindow.get({ windowId }),
    currentOfWindows(windowIds: number[]): TicketRow[] {
      if (windowIds.length === 0) return [];
      return currentOfWindowList.all({ windows: JSON.stringify(windowIds) });
    },
    /** Service durations (minutes) of the queue's finished tickets of the day, oldest first. */
    recentServiceMinutes(queueId: string, day: string): number[] {
      return recentDurations.all({ queueId, day }).reverse();
    },
    /** Every ticket of the hall's service days from … to (inclusive, YYYY-MM-DD), for the estimate's history. */
    history: (hallId: string, from: string, to: string): HistoryRow[] => history.all({ hallId, from, to }),
    addEvent(e: typeof ticketEvents.$inferInsert): void {
      insertEvent.run({ ticketId: e.ticketId, at: e.at, type: e.type, windowId: e.windowId ?? null, clerkId: e.clerkId ?? null, detail: e.detail ?? null });
    },
    /**
     * The pick reasons of a window's last `limit` first calls (events 'called'; recalls are 'recalled') of
     * tickets of the service day, newest first: the appointment cap's memory (domain/ordering.ts). `since`
     * (the day's earliest possible call, or a day back) bounds the scan of the (type, at) index.
     */
    recentCallReasons: ((): ((windowId: number, day: string, since: number, limit: number) => (string | null)[]) => {
      const stmt = db.select({ detail: ticketEvents.detail }).from(ticketEvents).innerJoin(tickets, eq(tickets.id, ticketEvents.ticketId))
        .where(and(eq(ticketEvents.type, 'called'), gte(ticketEvents.at, sql.placeholder('since')), eq(ticketEvents.windowId, sql.placeholder('windowId')),
          eq(tickets.serviceDay, sql.placeholder('day'))))
        .orderBy(desc(ticketEvents.at), desc(ticketEvents.id)).limit(sql.placeholder('limit')).prepare();
      return (windowId, day, since, limit) => stmt.all({ windowId, day, since, limit })
        .map((r) => (r.detail === null ? null : (parseJson<{ reason?: string }>(r.detail).reason ?? null)));
    })(),
  };
}

export type TicketsRepo = ReturnType<typeof ticketsRepo>;
