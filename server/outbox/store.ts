/**
 * The outbox's SQL: prepared once per database connection, because enqueueing runs inside every
 * ticket command. The active endpoints of each hall are cached here too and dropped whenever an
 * endpoint is added or deactivated (only server/outbox/endpoints.ts does that, in this process; one
 * server holds a database file at a time).
 */
import type Database from 'better-sqlite3';

export interface OutboxRow {
  id: number;
  eventId: string;
  hallId: string;
  channel: 'sms' | 'webhook';
  endpointId: number | null;
  type: string;
  payload: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  deliveredAt: number | null;
  failedAt: number | null;
  lastError: string;
}

/** A due row with what sending it needs (the endpoint's address and key for webhooks). */
export interface DueRow extends OutboxRow {
  url: string | null;
  secret: string | null;
}

const COLUMNS = `o.id, o.event_id AS eventId, o.hall_id AS hallId, o.channel, o.endpoint_id AS endpointId, o.type, o.payload,
  o.created_at AS createdAt, o.attempts, o.next_attempt_at AS nextAttemptAt, o.delivered_at AS deliveredAt,
  o.failed_at AS failedAt, o.last_error AS lastError`;

function statements(sqlite: Database.Database) {
  return {
    insert: sqlite.prepare<[string, string, string, number | null, string, string, number, number]>(
      `INSERT INTO outbox (event_id, hall_id, channel, endpoint_id, type, payload, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    activeEndpoints: sqlite.prepare<[string], { id: number }>('SELECT id FROM webhook_endpoints WHERE hall_id = ? AND active = 1 ORDER BY id'),
    // Rows of a deactivated endpoint are never picked (they were failed when it was deactivated).
    due: sqlite.prepare<[string, number, number], DueRow>(
      `SELECT ${COLUMNS}, e.url, e.secret FROM outbox o LEFT JOIN webhook_endpoints e ON e.id = o.endpoint_id
       WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.hall_id = ? AND o.next_attempt_at <= ?
         AND (o.channel = 'sms' OR e.active = 1)
       ORDER BY o.next_attempt_at, o.id LIMIT ?`,
    ),
    nextDue: sqlite.prepare<[string], { at: number | null }>(
      'SELECT MIN(next_attempt_at) AS at FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL AND hall_id = ?',
    ),
    delivered: sqlite.prepare<[number, number]>("UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = '' WHERE id = ?"),
    attemptFailed: sqlite.prepare<[string, number, number | null, number]>(
      'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, failed_at = ? WHERE id = ?',
    ),
  };
}

export interface EndpointCache {
  /** Active webhook endpoint ids of a hall, read once until an endpoint changes. */
  activeEndpointIds(hallId: string): readonly number[];
  invalidate(): void;
}

export type OutboxStore = ReturnType<typeof statements> & EndpointCache & {
  /** Wakes the dispatcher of this database, if one runs (set by it). */
  wake: (() => void) | null;
};

const stores = new WeakMap<Database.Database, OutboxStore>();

/** The prepared statements and endpoint cache of one connection, made on first use. */
export function outboxStore(sqlite: Database.Database): OutboxStore {
  const known = stores.get(sqlite);
  if (known) return known;
  const st = statements(sqlite);
  const active = new Map<string, readonly number[]>();
  const store: OutboxStore = {
    ...st,
    wake: null,
    activeEndpointIds(hallId) {
      let ids = active.get(hallId);
      if (!ids) {
        ids = st.activeEndpoints.all(hallId).map((r) => r.id);
        active.set(hallId, ids);
      }
      return ids;
    },
    invalidate: () => active.clear(),
  };
  stores.set(sqlite, store);
  return store;
}
