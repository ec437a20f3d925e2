import type Database from 'better-sqlite3';

/** One call or recall of the day, newest first: what the lobby screen lists. */
export interface CallRow {
  number: string;
  queueId: string;
  windowId: number;
  windowNumber: number;
  windowName: string;
  windowNameEn: string;
  /** Calls of this ticket at this window up to and including this one (1 = first call). */
  callCount: number;
  at: number;
}

/** A clerk's figures for one service day; avgMs is null before the first finished service. */
export interface ClerkDayRow {
  served: number;
  noShows: number;
  transferred: number;
  avgMs: number | null;
}

/**
 * Reads over the ticket history that drizzle's builder cannot say compactly (a correlated count,
 * several counts in one row). Plain prepared statements: the recent calls are in every snapshot.
 */
export function ticketEventsRepo(sqlite: Database.Database) {
  const recentCalls = sqlite.prepare<[string, string, number], CallRow>(`
    SELECT t.number AS number, t.queue_id AS queueId, w.id AS windowId, w.number AS windowNumber,
           w.name AS windowName, w.name_en AS windowNameEn, e.at AS at,
           (SELECT COUNT(*) FROM ticket_events p WHERE p.ticket_id = e.ticket_id AND p.window_id = e.window_id
              AND p.type IN ('called', 'recalled') AND p.id <= e.id) AS callCount
    FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id JOIN windows w ON w.id = e.window_id
    WHERE t.hall_id = ? AND t.service_day = ? AND e.type IN ('called', 'recalled')
    ORDER BY e.id DESC LIMIT ?`);
  const clerkDay = sqlite.prepare<{ hallId: string; clerkId: number; day: string }, ClerkDayRow>(`
    SELECT
      (SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
        WHERE t.hall_id = @hallId AND e.clerk_id = @clerkId AND e.type = 'finished' AND t.service_day = @day) AS served,
      (SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
        WHERE t.hall_id = @hallId AND e.clerk_id = @clerkId AND e.type = 'no-show' AND t.service_day = @day) AS noShows,
      (SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
        WHERE t.hall_id = @hallId AND e.clerk_id = @clerkId AND e.type = 'transferred' AND t.service_day = @day) AS transferred,
      (SELECT AVG(t.finished_at - t.started_at) FROM tickets t
        WHERE t.hall_id = @hallId AND t.clerk_id = @clerkId AND t.status = 'done' AND t.service_day = @day
          AND t.started_at IS NOT NULL) AS avgMs`);

  return {
    recentCalls: (hallId: string, day: string, limit: number): CallRow[] => recentCalls.all(hallId, day, limit),
    clerkDay(hallId: string, clerkId: number, day: string): ClerkDayRow {
      const row = clerkDay.get({ hallId, clerkId, day });
      if (!row) throw new Error('an aggregate query returned no row');
      return row;
    },
  };
}

export type TicketEventsRepo = ReturnType<typeof ticketEventsRepo>;
