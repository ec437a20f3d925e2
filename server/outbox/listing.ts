/** The outbox as the admin reads it (GET /api/outbox): tests read the recorded SMS through it too. */
import type { OutboxEntryDto } from '../../contract/routes-outbox.js';
import type { HallServices } from '../app/context.js';
import type { OutboxRow } from './store.js';

export interface OutboxFilter {
  channel?: 'sms' | 'webhook';
  state?: 'pending' | 'delivered' | 'failed';
  limit?: number;
}

const STATE_SQL = {
  pending: 'o.delivered_at IS NULL AND o.failed_at IS NULL',
  delivered: 'o.delivered_at IS NOT NULL',
  failed: 'o.failed_at IS NOT NULL AND o.delivered_at IS NULL',
} as const;

function smsOf(row: OutboxRow): OutboxEntryDto['sms'] {
  if (row.channel !== 'sms') return null;
  const v: unknown = JSON.parse(row.payload);
  return typeof v === 'object' && v !== null && 'to' in v && 'text' in v ? { to: String(v.to), text: String(v.text) } : null;
}

function stateOf(row: OutboxRow): OutboxEntryDto['state'] {
  if (row.deliveredAt !== null) return 'delivered';
  return row.failedAt !== null ? 'failed' : 'pending';
}

export function listOutbox(s: HallServices, f: OutboxFilter): OutboxEntryDto[] {
  const where = ['o.hall_id = ?'];
  const args: (string | number)[] = [s.hallId];
  if (f.channel) {
    where.push('o.channel = ?');
    args.push(f.channel);
  }
  if (f.state) where.push(STATE_SQL[f.state]);
  args.push(f.limit ?? 100);
  const rows = s.database.sqlite.prepare<(string | number)[], OutboxRow & { endpointUrl: string | null }>(
    `SELECT o.id, o.event_id AS eventId, o.hall_id AS hallId, o.channel, o.endpoint_id AS endpointId, o.type, o.payload,
       o.created_at AS createdAt, o.attempts, o.next_attempt_at AS nextAttemptAt, o.delivered_at AS deliveredAt,
       o.failed_at AS failedAt, o.last_error AS lastError, e.url AS endpointUrl
     FROM outbox o LEFT JOIN webhook_endpoints e ON e.id = o.endpoint_id
     WHERE ${where.join(' AND ')} ORDER BY o.id DESC LIMIT ?`,
  ).all(...args);
  return rows.map((r) => ({
    id: r.id, eventId: r.eventId, type: r.type, channel: r.channel, endpointId: r.endpointId, endpointUrl: r.endpointUrl,
    state: stateOf(r), attempts: r.attempts, lastError: r.lastError, createdAt: r.createdAt, nextAttemptAt: r.nextAttemptAt,
    deliveredAt: r.deliveredAt, failedAt: r.failedAt, sms: smsOf(r),
  }));
}
