import { asc, eq, inArray } from 'drizzle-orm';
import type { WindowDto } from '../../contract/dto.js';
import type { Db } from './client.js';
import { parseJson } from './json.js';
import type { TicketRow } from './tickets-repo.js';
import { users, windows } from './schema.js';

export type WindowRow = typeof windows.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export interface WindowQueues {
  queueIds: string[];
  overflowQueueIds: string[];
}

export function queuesOfWindow(w: WindowRow): WindowQueues {
  return { queueIds: parseJson<string[]>(w.queueIds), overflowQueueIds: parseJson<string[]>(w.overflowQueueIds) };
}

export function toWindowDto(w: WindowRow, clerk: UserRow | undefined, current: TicketRow | undefined): WindowDto {
  const served = queuesOfWindow(w);
  return {
    id: w.id, number: w.number, name: w.name, nameEn: w.nameEn, queueIds: served.queueIds, overflowQueueIds: served.overflowQueueIds,
    state: w.state,
    clerk: clerk && w.state !== 'closed' ? { name: clerk.name, staffNo: clerk.staffNo } : null,
    current: current && (current.status === 'called' || current.status === 'serving')
      ? { ticketId: current.id, number: current.number, status: current.status, queueId: current.queueId }
      : null,
  };
}

export function windowsRepo(db: Db) {
  return {
    get: (id: number): WindowRow | undefined => db.select().from(windows).where(eq(windows.id, id)).get(),
    ofHall: (hallId: string): WindowRow[] => db.select().from(windows).where(eq(windows.hallId, hallId)).orderBy(asc(windows.number)).all(),
    heldBySession: (sessionId: string): WindowRow[] => db.select().from(windows).where(eq(windows.sessionId, sessionId)).all(),
    heldByClerk: (clerkId: number): WindowRow[] => db.select().from(windows).where(eq(windows.clerkId, clerkId)).all(),
    update(id: number, set: Partial<typeof windows.$inferInsert>): void {
      db.update(windows).set(set).where(eq(windows.id, id)).run();
    },
    users(ids: number[]): Map<number, UserRow> {
      if (ids.length === 0) return new Map();
      return new Map(db.select().from(users).where(inArray(users.id, ids)).all().map((u) => [u.id, u]));
    },
  };
}

export type WindowsRepo = ReturnType<typeof windowsRepo>;
