import type { CallDto, ClerkStatsDto, HallSnapshot, WindowDto, WindowQueueDto } from '../../contract/dto.js';
import { queuesOfWindow } from '../db/windows-repo.js';
import { explainPick, rankWaiting } from '../domain/ordering.js';
import { allowedWindow, type Actor } from './actor.js';
import type { HallServices } from './context.js';
import { callRowDto, iso, toHallDto, toQueueDto, toWindowDto } from './dto.js';
import { hallOf, orderingPolicy, queueCounts, today } from './views.js';
import { pauseStateOf } from './pause-state.js';
import { bookingBadgesOf } from './booking-badges.js';
import { recentCallsFor } from './appointment-cap.js';

const RECENT_CALLS = 10;
const WAITING_LIST_LIMIT = 50;

export function listWindows(s: HallServices): WindowDto[] {
  const rows = s.windows.ofHall(s.hallId);
  const clerks = s.windows.users(rows.flatMap((w) => (w.clerkId === null ? [] : [w.clerkId])));
  const current = new Map(s.tickets.currentOfWindows(rows.map((w) => w.id)).map((t) => [t.windowId, t]));
  return rows.map((w) => toWindowDto(w, w.clerkId === null ? undefined : clerks.get(w.clerkId), current.get(w.id)));
}

export function recentCalls(s: HallServices, day: string, limit = RECENT_CALLS): CallDto[] {
  return s.ticketEvents.recentCalls(s.hallId, day, limit).map(callRowDto);
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
      queues: s.catalog.queuesOf(hall.id).map((q) => ({ ...toQueueDto(q, hall), waiting: counts.get(q.id) ?? 0 })),
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
  const day = today(s, hall, now);
  const waiting = s.tickets.waitingInQueues(hall.id, day, [...served.queueIds, ...served.overflowQueueIds]);
  const ranked = rankWaiting(waiting, served, now, orderingPolicy(hall), recentCallsFor(s, hall, w.id, day, waiting));
  const first = ranked[0];
  const shown = ranked.slice(0, WAITING_LIST_LIMIT);
  const badges = bookingBadgesOf(s, hall, shown.map((r) => r.ticket));
  return {
    windowId: w.id,
    next: first ? { ticketId: first.ticket.id, number: first.ticket.number, reason: first.reason, explanation: explainPick(first, now, orderingPolicy(hall)) } : null,
    waiting: shown.map(({ ticket: t }) => ({
      ticketId: t.id, number: t.number, queueId: t.queueId, priority: t.priority, source: t.source, issuedAt: iso(t.issuedAt),
      waitedMinutes: Math.floor((now - t.issuedAt) / 60000), overflow: !served.queueIds.includes(t.queueId), booking: badges.get(t.id) ?? null,
    })),
    waitingTotal: ranked.length,
    pause: pauseStateOf(w),
  };
}

/** The clerk's own figures for the service day. */
export function clerkStats(s: HallServices, clerkId: number): ClerkStatsDto {
  const hall = hallOf(s);
  const day = today(s, hall, s.clock());
  const row = s.ticketEvents.clerkDay(hall.id, clerkId, day);
  return {
    served: row.served, noShows: row.noShows, transferred: row.transferred,
    averageServiceMinutes: row.avgMs === null ? null : Math.round((row.avgMs / 60000) * 10) / 10,
  };
}
