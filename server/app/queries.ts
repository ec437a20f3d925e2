import { sql } from 'drizzle-orm';
import type { CallDto, ClerkStatsDto, HallSnapshot, WindowDto, WindowQueueDto } from '../../contract/dto.js';
import { toHallDto, toQueueDto } from '../db/catalog-repo.js';
import { queuesOfWindow, toWindowDto } from '../db/windows-repo.js';
import { explainPick, rankWaiting } from '../domain/ordering.js';
import { allowedWindow, type Actor } from './actor.js';
import type { HallServices } from './context.js';
import { hallOf, iso, orderingPolicy, queueCounts, today } from './views.js';

const RECENT_CALLS = 10;
const WAITING_LIST_LIMIT = 50;

export function listWindows(s: HallServices): WindowDto[] {
  const rows = s.windows.ofHall(s.hallId);
  const clerks = s.windows.users(rows.flatMap((w) => (w.clerkId === null ? [] : [w.clerkId])));
  const current = new Map(s.tickets.currentOfWindows(rows.map((w) => w.id)).map((t) => [t.windowId, t]));
  return rows.map((w) => toWindowDto(w, w.clerkId === null ? undefined : clerks.get(w.clerkId), current.get(w.id)));
}

interface CallRow {
  number: string; queueId: string; windowId: number; windowNumber: number;
  windowName: string; windowNameEn: string; callCount: number; at: number;
}

export function recentCalls(s: HallServices, day: string, limit = RECENT_CALLS): CallDto[] {
  const rows = s.database.db.all<CallRow>(sql`
    SELECT t.number AS number, t.queue_id AS queueId, w.id AS windowId, w.number AS windowNumber,
           w.name AS windowName, w.name_en AS windowNameEn, e.at AS at,
           (SELECT COUNT(*) FROM ticket_events p WHERE p.ticket_id = e.ticket_id AND p.window_id = e.window_id
              AND p.type IN ('called', 'recalled') AND p.id <= e.id) AS callCount
    FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id JOIN windows w ON w.id = e.window_id
    WHERE t.hall_id = ${s.hallId} AND t.service_day = ${day} AND e.type IN ('called', 'recalled')
    ORDER BY e.id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ ...r, calledAt: iso(r.at) }));
}

/** Everything a screen needs to draw itself from scratch, at one hall version. */
export function hallSnapshot(s: HallServices): HallSnapshot {
  return s.database.sqlite.transaction(() => {
    const hall = hallOf(s);
    const now = s.clock();
    const day = today(s, hall, now);
    const counts = new Map(queueCounts(s, hall, day).map((c) => [c.queueId, c.waiting]));
    return {
      version: hall.version, hall: toHallDto(hall), serviceDay: day, serverTime: iso(now),
      queues: s.catalog.queuesOf(hall.id).map((q) => ({ ...toQueueDto(q), waiting: counts.get(q.id) ?? 0 })),
      windows: listWindows(s),
      recentCalls: recentCalls(s, day),
    };
  })();
}

/** The window's line as call-next would take it, with the reason for the first. */
export function windowQueue(s: HallServices, actor: Actor, windowId: number): WindowQueueDto {
  const hall = hallOf(s);
  const w = allowedWindow(s, actor, windowId);
  const now = s.clock();
  const served = queuesOfWindow(w);
  const waiting = s.tickets.waitingInQueues(hall.id, today(s, hall, now), [...served.queueIds, ...served.overflowQueueIds]);
  const ranked = rankWaiting(waiting, served, now, orderingPolicy(hall));
  const first = ranked[0];
  return {
    windowId: w.id,
    next: first ? { ticketId: first.ticket.id, number: first.ticket.number, reason: first.reason, explanation: explainPick(first, now, orderingPolicy(hall)) } : null,
    waiting: ranked.slice(0, WAITING_LIST_LIMIT).map(({ ticket: t }) => ({
      ticketId: t.id, number: t.number, queueId: t.queueId, priority: t.priority, source: t.source, issuedAt: iso(t.issuedAt),
      waitedMinutes: Math.floor((now - t.issuedAt) / 60000), overflow: !served.queueIds.includes(t.queueId),
    })),
    waitingTotal: ranked.length,
  };
}

/** The clerk's own figures for the service day. */
export function clerkStats(s: HallServices, clerkId: number): ClerkStatsDto {
  const hall = hallOf(s);
  const day = today(s, hall, s.clock());
  const row = s.database.db.get<{ served: number; noShows: number; transferred: number; avgMs: number | null }>(sql`
    SELECT
      (SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
        WHERE e.clerk_id = ${clerkId} AND e.type = 'finished' AND t.service_day = ${day}) AS served,
      (SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
        WHERE e.clerk_id = ${clerkId} AND e.type = 'no-show' AND t.service_day = ${day}) AS noShows,
      (SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
        WHERE e.clerk_id = ${clerkId} AND e.type = 'transferred' AND t.service_day = ${day}) AS transferred,
      (SELECT AVG(t.finished_at - t.started_at) FROM tickets t
        WHERE t.clerk_id = ${clerkId} AND t.status = 'done' AND t.service_day = ${day} AND t.started_at IS NOT NULL) AS avgMs`);
  return {
    served: row.served, noShows: row.noShows, transferred: row.transferred,
    averageServiceMinutes: row.avgMs === null ? null : Math.round((row.avgMs / 60000) * 10) / 10,
  };
}
