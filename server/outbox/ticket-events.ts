/**
 * Every ticket lifecycle change also goes to the city platform as a `ticket.changed` webhook,
 * written in the command's own transaction. The payload is public data: the number, never the
 * ticket id (the visitor's capability).
 */
import type Database from 'better-sqlite3';
import { hallDate } from '../../common/hall-time.js';
import type { TicketChangedData } from '../../contract/webhooks.js';
import type { HallServices } from '../app/context.js';
import type { PendingEvent } from '../app/events.js';
import { enqueueOutbox, hasWebhookEndpoints } from '../app/outbox.js';

function lookups(sqlite: Database.Database) {
  return {
    timeZone: sqlite.prepare<[string], { timeZone: string }>('SELECT time_zone AS timeZone FROM halls WHERE id = ?'),
    today: sqlite.prepare<[string, string, string, string], { matterId: string | null }>(
      'SELECT matter_id AS matterId FROM tickets WHERE hall_id = ? AND service_day = ? AND queue_id = ? AND number = ?',
    ),
    // A ticket of an earlier day (rare: tidying after midnight); numbers repeat daily, so the latest.
    latest: sqlite.prepare<[string, string, string], { matterId: string | null; serviceDay: string }>(
      `SELECT matter_id AS matterId, service_day AS serviceDay FROM tickets WHERE hall_id = ? AND queue_id = ? AND number = ?
       ORDER BY service_day DESC LIMIT 1`,
    ),
  };
}

const prepared = new WeakMap<Database.Database, ReturnType<typeof lookups>>();

function lookupsOf(sqlite: Database.Database): ReturnType<typeof lookups> {
  let l = prepared.get(sqlite);
  if (!l) {
    l = lookups(sqlite);
    prepared.set(sqlite, l);
  }
  return l;
}

/** Call inside the command's transaction with its pending events; costs nothing without an active endpoint. */
export function enqueueTicketChanges(s: HallServices, events: readonly PendingEvent[], now: number): void {
  if (!events.some((e) => e.name === 'ticket:changed') || !hasWebhookEndpoints(s)) return;
  const q = lookupsOf(s.database.sqlite);
  const today = hallDate(now, q.timeZone.get(s.hallId)?.timeZone ?? 'Asia/Shanghai');
  const at = new Date(now).toISOString();
  for (const e of events) {
    if (e.name !== 'ticket:changed') continue;
    const t = e.payload.ticket;
    const found = q.today.get(s.hallId, today, t.queueId, t.number);
    const row = found ? { ...found, serviceDay: today } : q.latest.get(s.hallId, t.queueId, t.number);
    const data: TicketChangedData = {
      number: t.number, serviceDay: row?.serviceDay ?? today, queueId: t.queueId, status: t.status,
      windowNumber: t.windowNumber, matterId: row?.matterId ?? null, at,
    };
    enqueueOutbox(s, { type: 'ticket.changed', data }, now);
  }
}
