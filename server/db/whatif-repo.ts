import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { tickets } from './schema.js';

/** What the What-if page (issue 13) replays of a past ticket: when, for what, how long it was served. */
export interface DayTicketRow {
  issuedAt: number;
  issuedQueueId: string;
  matterId: string | null;
  priority: (typeof tickets.$inferSelect)['priority'];
  status: (typeof tickets.$inferSelect)['status'];
  startedAt: number | null;
  finishedAt: number | null;
}

/** Every ticket of one hall's service day, in the order issued. Read only. */
export function whatIfRepo(db: Db) {
  return {
    ticketsOfDay: (hallId: string, day: string): DayTicketRow[] => db.select({
      issuedAt: tickets.issuedAt, issuedQueueId: tickets.issuedQueueId, matterId: tickets.matterId, priority: tickets.priority,
      status: tickets.status, startedAt: tickets.startedAt, finishedAt: tickets.finishedAt,
    }).from(tickets).where(and(eq(tickets.hallId, hallId), eq(tickets.serviceDay, day))).orderBy(asc(tickets.issuedAt), asc(tickets.seq)).all(),
  };
}
