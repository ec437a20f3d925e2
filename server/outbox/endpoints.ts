/** The administrator's use cases for webhook endpoints, and the outbox as the admin reads it. */
import { randomBytes } from 'node:crypto';
import type { WebhookEndpointDto } from '../../contract/routes-outbox.js';
import type { AdminActor } from '../app/actor.js';
import type { HallServices } from '../app/context.js';
import { fail } from '../domain/errors.js';
import { outboxStore } from './store.js';

interface EndpointRow {
  id: number; url: string; description: string; active: number; createdAt: number;
  pending: number; delivered: number; failed: number; lastError: string | null;
}

const ENDPOINTS_SQL = `SELECT e.id, e.url, e.description, e.active, e.created_at AS createdAt,
    COALESCE(SUM(o.id IS NOT NULL AND o.delivered_at IS NULL AND o.failed_at IS NULL), 0) AS pending,
    COALESCE(SUM(o.delivered_at IS NOT NULL), 0) AS delivered,
    COALESCE(SUM(o.failed_at IS NOT NULL), 0) AS failed,
    (SELECT x.last_error FROM outbox x WHERE x.endpoint_id = e.id AND x.last_error <> '' ORDER BY x.id DESC LIMIT 1) AS lastError
  FROM webhook_endpoints e LEFT JOIN outbox o ON o.endpoint_id = e.id
  WHERE e.hall_id = ?`;

function endpointDto(r: EndpointRow): WebhookEndpointDto {
  return {
    id: r.id, url: r.url, description: r.description, active: r.active === 1, createdAt: r.createdAt,
    pending: r.pending, delivered: r.delivered, failed: r.failed, lastError: r.lastError,
  };
}

function endpointsOf(s: HallServices, id?: number): WebhookEndpointDto[] {
  const sql = `${ENDPOINTS_SQL}${id === undefined ? '' : ' AND e.id = ?'} GROUP BY e.id ORDER BY e.active DESC, e.id`;
  const rows = s.database.sqlite.prepare<(string | number)[], EndpointRow>(sql).all(...(id === undefined ? [s.hallId] : [s.hallId, id]));
  return rows.map(endpointDto);
}

export const listWebhooks = (s: HallServices): WebhookEndpointDto[] => endpointsOf(s);

function endpointOrFail(s: HallServices, id: number): WebhookEndpointDto {
  return endpointsOf(s, id)[0] ?? fail('webhook-not-found', `no webhook endpoint ${id}`);
}

function audit(s: HallServices, admin: AdminActor, action: string, detail: object): void {
  s.audit.add({ hallId: s.hallId, at: s.clock(), actorId: admin.userId, actorName: admin.name, action, detail: JSON.stringify(detail) });
}

function checkedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    fail('webhook-url-invalid', 'not an address: use http://host/path or https://host/path');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('webhook-url-invalid', 'only http:// and https:// addresses are delivered to');
  return url.href;
}

/** Registers an endpoint; the secret is returned this once and never shown again. */
export function createWebhook(s: HallServices, admin: AdminActor, input: { url: string; description?: string }): { endpoint: WebhookEndpointDto; secret: string } {
  const url = checkedUrl(input.url);
  const secret = randomBytes(32).toString('base64url');
  const id = s.database.sqlite.transaction(() => {
    const r = s.database.sqlite.prepare<[string, string, string, string, number]>(
      'INSERT INTO webhook_endpoints (hall_id, url, description, secret, active, created_at) VALUES (?, ?, ?, ?, 1, ?)',
    ).run(s.hallId, url, input.description?.trim() ?? '', secret, s.clock());
    audit(s, admin, 'webhook-created', { id: Number(r.lastInsertRowid), url });
    return Number(r.lastInsertRowid);
  }).immediate();
  outboxStore(s.database.sqlite).invalidate();
  return { endpoint: endpointOrFail(s, id), secret };
}

/** Stops deliveries to the endpoint; what it had not received yet is failed, visibly, not silently dropped. */
export function deactivateWebhook(s: HallServices, admin: AdminActor, id: number): WebhookEndpointDto {
  s.database.sqlite.transaction(() => {
    const found = endpointOrFail(s, id);
    const now = s.clock();
    s.database.sqlite.prepare<[number]>('UPDATE webhook_endpoints SET active = 0 WHERE id = ?').run(id);
    s.database.sqlite.prepare<[number, number]>(
      "UPDATE outbox SET failed_at = ?, last_error = 'endpoint deactivated' WHERE endpoint_id = ? AND delivered_at IS NULL AND failed_at IS NULL",
    ).run(now, id);
    if (found.active) audit(s, admin, 'webhook-deactivated', { id, url: found.url });
  }).immediate();
  outboxStore(s.database.sqlite).invalidate();
  return endpointOrFail(s, id);
}

/** Failed messages of an active endpoint become due now, with a fresh round of retries. */
export function retryWebhook(s: HallServices, id: number): { requeued: number } {
  const endpoint = endpointOrFail(s, id);
  if (!endpoint.active) fail('webhook-not-found', `webhook endpoint ${id} is deactivated`);
  const r = s.database.sqlite.prepare<[number, number]>(
    'UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = ? WHERE endpoint_id = ? AND failed_at IS NOT NULL AND delivered_at IS NULL',
  ).run(s.clock(), id);
  outboxStore(s.database.sqlite).wake?.();
  return { requeued: r.changes };
}
