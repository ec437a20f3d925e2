import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { preparedSelect } from './prepared-select.js';
import { parseJson } from './json.js';
import { users, windows } from './schema.js';

export type WindowRow = typeof windows.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export interface WindowQueues {
  queueIds: string[];
  overflowQueueIds: string[];
}

/** What counting a queue's open windows reads of a window. */
export type OpenWindow = Pick<WindowRow, 'state' | 'number' | 'queueIds' | 'overflowQueueIds'>;

/** Row → domain: the queues a window serves, its own first, then those it takes when idle. */
export function queuesOfWindow(w: Pick<WindowRow, 'queueIds' | 'overflowQueueIds'>): WindowQueues {
  return { queueIds: parseJson<string[]>(w.queueIds), overflowQueueIds: parseJson<string[]>(w.overflowQueueIds) };
}

export function windowsRepo(db: Db) {
  // Read on every ticket and call: prepared once (drizzle's builder costs more than the query).
  const byId = preparedSelect<typeof windows, keyof WindowRow & string, { id: number }>(db, windows, 'id = @id');
  const userById = db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare();
  const ofHall = preparedSelect<typeof windows, keyof WindowRow & string, { hallId: string }>(db, windows, 'hall_id = @hallId ORDER BY number');
  // The plain estimate's open windows (every ticket past the day's capacity): three columns, not thirteen.
  const openOfHall = preparedSelect<typeof windows, keyof OpenWindow, { hallId: string }>(db, windows, `hall_id = @hallId AND state = 'open'`,
    ['state', 'number', 'queueIds', 'overflowQueueIds']);
  return {
    get: (id: number): WindowRow | undefined => byId.get({ id }),
    openOfHall: (hallId: string): OpenWindow[] => openOfHall.all({ hallId }),
    ofHall: (hallId: string): WindowRow[] => ofHall.all({ hallId }),
    heldBySession: (sessionId: string): WindowRow[] => db.select().from(windows).where(eq(windows.sessionId, sessionId)).all(),
    /** A new window (server/app/window-admin.ts); answers its id. */
    insert: (row: Omit<typeof windows.$inferInsert, 'id'>): number =>
      db.insert(windows).values(row).returning({ id: windows.id }).get().id,
    update(id: number, set: Partial<typeof windows.$inferInsert>): void {
      db.update(windows).set(set).where(eq(windows.id, id)).run();
    },
    users(ids: number[]): Map<number, UserRow> {
      if (ids.length === 0) return new Map();
      // One clerk (a window's DTO on every command): the prepared lookup, not a new IN query each time.
      if (ids.length === 1) { const u = userById.get({ id: ids[0] }); return new Map(u ? [[u.id, u]] : []); }
      return new Map(db.select().from(users).where(inArray(users.id, ids)).all().map((u) => [u.id, u]));
    },
  };
}

export type WindowsRepo = ReturnType<typeof windowsRepo>;
