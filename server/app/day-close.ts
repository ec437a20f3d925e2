/**
 * The end of the service day: what is still open of a day that is over is closed — waiting
 * tickets as not served, tickets at a window as abandoned — with the reason on their record,
 * never deleted, so nothing of yesterday is called today and reports count them honestly.
 * Runs at the hall's local midnight (server/ops/day-closer.ts) or when a supervisor closes the day.
 */
import type { TicketRow } from '../db/tickets-repo.js';
import { toDomain } from '../db/tickets-repo.js';
import { closeAtDayEnd } from '../domain/ticket.js';
import type { PendingEvent } from './events.js';
import type { Actor } from './actor.js';
import { loadWindow } from './actor.js';
import { runCommand, type HallServices } from './context.js';
import { hallOf, queueCounts, reload, ticketChange, today, windowDto } from './views.js';

export interface DayClosed {
  unserved: number;
  abandoned: number;
}

function closeAll(s: HallServices, rows: readonly TicketRow[], now: number, reason: 'midnight' | 'closed-by-supervisor', actor: Actor | null): { result: DayClosed; events: PendingEvent[] } {
  const hall = hallOf(s);
  let unserved = 0;
  const windows = new Set<number>();
  for (const row of rows) {
    const closed = closeAtDayEnd(toDomain(row), now);
    s.tickets.save(closed);
    if (closed.status === 'unserved') unserved += 1;
    if (row.windowId !== null && row.status !== 'waiting') windows.add(row.windowId);
    s.tickets.addEvent({ ticketId: row.id, at: now, type: closed.status === 'unserved' ? 'closed-unserved' : 'closed-abandoned', windowId: row.windowId, clerkId: actor?.userId ?? null, detail: JSON.stringify({ reason }) });
  }
  const events: PendingEvent[] = rows.map((r) => ({ name: 'ticket:changed', payload: { ticket: ticketChange(s, reload(s, r.id)) } }));
  // Screens drop the closed numbers from the windows and the waiting counts of today.
  for (const id of windows) events.push({ name: 'window:changed', payload: { window: windowDto(s, loadWindow(s, id)) } });
  if (rows.length > 0) events.push({ name: 'queue:changed', payload: { queues: queueCounts(s, hall, today(s, hall, now)) } });
  if (actor) s.audit.add({ hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'service-day-closed', detail: JSON.stringify({ tickets: rows.length }) });
  return { result: { unserved, abandoned: rows.length - unserved }, events };
}

/** Closes whatever earlier service days left open; nothing to do is cheap (one indexed query). */
export function closeEarlierDays(s: HallServices): DayClosed {
  return runCommand(s, (now) => closeAll(s, s.tickets.openBefore(s.hallId, today(s, hallOf(s), now), false), now, 'midnight', null));
}

/** A supervisor ends today's service now: everything still open of today and before is closed. */
export function closeServiceDay(s: HallServices, actor: Actor): DayClosed {
  return runCommand(s, (now) => closeAll(s, s.tickets.openBefore(s.hallId, today(s, hallOf(s), now), true), now, 'closed-by-supervisor', actor));
}
