import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lte, ne } from 'drizzle-orm';
import type { Db } from './client.js';
import { preparedSelect } from './prepared-select.js';
import { apiClients, bookings, phoneCodes, tickets } from './schema.js';
import type { TicketRow } from './tickets-repo.js';

export type BookingRow = typeof bookings.$inferSelect;
export type PhoneCodeRow = typeof phoneCodes.$inferSelect;
export type ApiClientRow = typeof apiClients.$inferSelect;

/** Bookings (预约), the one-time codes that prove a phone, and the city platform's API keys. */
const prepared = new WeakMap<Db, ReturnType<typeof statements>>();

function statements(db: Db) {
  return {
    // Through its partial index (schema.ts tickets_to_notify): not a walk along the queue's line.
    toNotify: preparedSelect<typeof tickets, keyof TicketRow & string, { hallId: string; day: string; queueId: string }>(db, tickets,
      `rowid IN (SELECT rowid FROM tickets INDEXED BY tickets_to_notify WHERE hall_id = @hallId AND service_day = @day AND queue_id = @queueId
        AND status = 'waiting' AND notify_phone IS NOT NULL AND near_notified_at IS NULL)`),
  };
}

export function bookingsRepo(db: Db) {
  let st = prepared.get(db);
  if (!st) prepared.set(db, (st = statements(db)));
  const { toNotify } = st;
  return {
    insert: (row: BookingRow): void => void db.insert(bookings).values(row).run(),
    byCode: (hallId: string, code: string): BookingRow | undefined =>
      db.select().from(bookings).where(and(eq(bookings.hallId, hallId), eq(bookings.code, code))).get(),
    byToken: (token: string): BookingRow | undefined => db.select().from(bookings).where(eq(bookings.manageToken, token)).get(),
    byId: (id: string): BookingRow | undefined => db.select().from(bookings).where(eq(bookings.id, id)).get(),
    update: (id: string, change: Partial<BookingRow>): void => void db.update(bookings).set(change).where(eq(bookings.id, id)).run(),
    /** Places taken per slot start (not cancelled) of a queue on a day. */
    takenOfDay(hallId: string, queueId: string, day: string): Map<string, number> {
      const rows = db.select({ start: bookings.slotStart, n: count() }).from(bookings)
        .where(and(eq(bookings.hallId, hallId), eq(bookings.queueId, queueId), eq(bookings.serviceDay, day), ne(bookings.status, 'cancelled')))
        .groupBy(bookings.slotStart).all();
      return new Map(rows.map((r) => [r.start, r.n]));
    },
    /** A phone's bookings from `fromDay` on, not cancelled (for limits, duplicates and misses). */
    ofPhoneSince: (hallId: string, phone: string, fromDay: string): BookingRow[] =>
      db.select().from(bookings).where(and(eq(bookings.hallId, hallId), eq(bookings.phone, phone), gte(bookings.serviceDay, fromDay), ne(bookings.status, 'cancelled')))
        .orderBy(asc(bookings.serviceDay), asc(bookings.slotStart)).all(),

    addCode: (row: Omit<PhoneCodeRow, 'id' | 'attempts' | 'usedAt'>): void => void db.insert(phoneCodes).values(row).run(),
    /** Codes sent to a phone for a purpose since `since`, newest first. */
    codesSince: (hallId: string, phone: string, since: number): PhoneCodeRow[] =>
      db.select().from(phoneCodes).where(and(eq(phoneCodes.hallId, hallId), eq(phoneCodes.phone, phone), gte(phoneCodes.createdAt, since)))
        .orderBy(desc(phoneCodes.createdAt), desc(phoneCodes.id)).all(),
    /** The newest unused, unexpired code of a phone for a purpose. */
    liveCode: (hallId: string, phone: string, purpose: PhoneCodeRow['purpose'], now: number): PhoneCodeRow | undefined =>
      db.select().from(phoneCodes)
        .where(and(eq(phoneCodes.hallId, hallId), eq(phoneCodes.phone, phone), eq(phoneCodes.purpose, purpose), isNull(phoneCodes.usedAt), gt(phoneCodes.expiresAt, now)))
        .orderBy(desc(phoneCodes.createdAt), desc(phoneCodes.id)).get(),
    updateCode: (id: number, change: Partial<PhoneCodeRow>): void => void db.update(phoneCodes).set(change).where(eq(phoneCodes.id, id)).run(),
    /** Marks a code used if it still is live; false when another request used it first (or it expired). */
    useCode: (id: number, now: number): boolean =>
      db.update(phoneCodes).set({ usedAt: now }).where(and(eq(phoneCodes.id, id), isNull(phoneCodes.usedAt), gt(phoneCodes.expiresAt, now))).run().changes === 1,

    /** Remote tickets a phone took on a service day (any status). */
    remoteTicketsOf: (hallId: string, phone: string, day: string): number =>
      db.select({ n: count() }).from(tickets)
        .where(and(eq(tickets.hallId, hallId), eq(tickets.serviceDay, day), eq(tickets.notifyPhone, phone), eq(tickets.source, 'phone'))).get()?.n ?? 0,

    clients: (hallId: string): ApiClientRow[] => db.select().from(apiClients).where(eq(apiClients.hallId, hallId)).orderBy(asc(apiClients.createdAt)).all(),
    client: (id: string): ApiClientRow | undefined => db.select().from(apiClients).where(eq(apiClients.id, id)).get(),
    clientByKeyHash: (keyHash: string): ApiClientRow | undefined => db.select().from(apiClients).where(eq(apiClients.keyHash, keyHash)).get(),
    insertClient: (row: ApiClientRow): void => void db.insert(apiClients).values(row).run(),
    updateClient: (id: string, change: Partial<ApiClientRow>): void => void db.update(apiClients).set(change).where(eq(apiClients.id, id)).run(),
    /** Waiting tickets of a queue with a verified phone not yet told "your turn is near" (after every call: prepared once). */
    waitingToNotify: (hallId: string, day: string, queueId: string): TicketRow[] => toNotify.all({ hallId, day, queueId }),
    markNotified: (ticketId: string, what: 'near' | 'called', now: number): void =>
      void db.update(tickets).set(what === 'near' ? { nearNotifiedAt: now } : { calledNotifiedAt: now }).where(eq(tickets.id, ticketId)).run(),
    ofDay: (hallId: string, day: string): BookingRow[] =>
      db.select().from(bookings).where(and(eq(bookings.hallId, hallId), eq(bookings.serviceDay, day))).orderBy(asc(bookings.slotStart), asc(bookings.createdAt)).all(),
    /** Bookings by id list (the console's waiting list shows each appointment's slot). */
    byIds: (ids: readonly string[]): BookingRow[] => (ids.length === 0 ? [] : db.select().from(bookings).where(inArray(bookings.id, [...ids])).all()),
    /** Bookings of a day still `booked` whose slot started at or before `start` (misses are derived, this lists candidates). */
    bookedUntil: (hallId: string, day: string, start: string): BookingRow[] =>
      db.select().from(bookings).where(and(eq(bookings.hallId, hallId), eq(bookings.serviceDay, day), eq(bookings.status, 'booked'), lte(bookings.slotStart, start))).all(),
  };
}

export type BookingsRepo = ReturnType<typeof bookingsRepo>;
