/**
 * Signed webhooks against a real local HTTP receiver: retries with backoff until it accepts, the
 * signature checks out over the raw body, a deactivated endpoint gets nothing, failures are
 * visible to the admin and can be retried; SMS recorded by the default notifier are readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse } from '../../contract/dto.js';
import type { OutboxEntryDto, WebhookEndpointDto } from '../../contract/routes-outbox.js';
import { runCommand } from '../../server/app/context.js';
import { enqueueOutbox } from '../../server/app/outbox.js';
import { startServer, type TestServer } from '../support/server.js';
import { startReceiver, until, verifySignature, type Receiver } from './receiver.js';

let server: TestServer;
let admin: string;
let receiver: Receiver;

beforeAll(async () => {
  // Backoff shortened so retries happen within the test; five attempts before giving up.
  server = await startServer({ outbox: { backoff: { baseMs: 20, maxMs: 200, maxAttempts: 5 } } });
  admin = await server.login('admin');
  receiver = await startReceiver();
  // Issued before any endpoint exists, so each cancel below is exactly one ticket.changed event.
  for (let i = 0; i < 10; i++) pool.push((await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<IssueTicketResponse>());
});
afterAll(async () => {
  await server.close();
  await receiver.close();
});

async function api<T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<{ status: number; body: T }> {
  const r = await server.app.inject({ method, url, headers: { cookie: admin }, ...(method === 'POST' ? { payload: payload ?? {} } : {}) });
  return { status: r.statusCode, body: r.json<T>() };
}

async function register(url: string): Promise<{ endpoint: WebhookEndpointDto; secret: string }> {
  const r = await api<{ endpoint: WebhookEndpointDto; secret: string }>('POST', '/api/webhooks', { url, description: '城市平台 test' });
  expect(r.status).toBe(201);
  return r.body;
}

const pool: IssueTicketResponse[] = [];

/** Cancels a ticket issued before the endpoints: one ticket.changed event. */
async function ticketChange(): Promise<IssueTicketResponse> {
  const t = pool.shift();
  if (!t) throw new Error('the pool of tickets is empty');
  expect((await server.app.inject({ method: 'POST', url: `/api/tickets/${t.id}/cancel`, payload: {} })).statusCode).toBe(200);
  return t;
}

describe('signed webhooks', () => {
  let endpoint: WebhookEndpointDto;

  it('registers an endpoint, shows the secret once and refuses other schemes', async () => {
    const created = await register(receiver.url);
    endpoint = created.endpoint;
    receiver.secret = created.secret;
    expect(created.secret.length).toBeGreaterThanOrEqual(32);
    const list = await api<WebhookEndpointDto[]>('GET', '/api/webhooks');
    expect(JSON.stringify(list.body)).not.toContain(created.secret);
    const bad = await api<{ error: { code: string } }>('POST', '/api/webhooks', { url: 'ftp://example.com/x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('webhook-url-invalid');
  });

  it('delivers a ticket change signed, after two failed attempts, once accepted', async () => {
    receiver.failNext = 2;
    const t = await ticketChange();
    await until(() => receiver.attempts.some((a) => a.status === 200 && a.type === 'ticket.changed'));
    const attempts = receiver.attempts.filter((a) => a.type === 'ticket.changed');
    expect(attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    expect(new Set(attempts.map((a) => a.eventId)).size).toBe(1);
    expect(new Set(attempts.map((a) => a.raw)).size, 'the same bytes on every retry').toBe(1);
    const last = attempts[2]!;
    expect(last.signatureOk).toBe(true);
    expect(last.headers['content-type']).toBe('application/json');
    const body = JSON.parse(last.raw) as { id: string; type: string; time: string; hallId: string; data: Record<string, unknown> };
    expect(body).toMatchObject({ id: last.eventId, type: 'ticket.changed', data: { number: t.number, queueId: 'market', status: 'cancelled' } });
    expect(Number.isNaN(Date.parse(body.time))).toBe(false);
    expect(last.raw, 'the ticket id is the visitor’s capability').not.toContain(t.id);
    // A receiver can tell a forged or altered body.
    expect(verifySignature(last.raw, String(last.headers['x-hall-signature']), 'not-the-secret')).toBe(false);
    expect(verifySignature(last.raw.replace('cancelled', 'done'), String(last.headers['x-hall-signature']), receiver.secret)).toBe(false);
    // The receiver answers before the dispatcher records the delivery: wait for the record.
    await until(async () => (await api<OutboxEntryDto[]>('GET', '/api/outbox?channel=webhook&state=delivered')).body.some((r) => r.eventId === last.eventId));
    const rows = await api<OutboxEntryDto[]>('GET', '/api/outbox?channel=webhook&state=delivered');
    expect(rows.body.find((r) => r.eventId === last.eventId)).toMatchObject({ attempts: 3, state: 'delivered', endpointId: endpoint.id });
  });

  it('gives up after the last attempt, shows the failure to the admin, and retries on request', async () => {
    receiver.refusing = true;
    await ticketChange();
    await until(async () => (await api<WebhookEndpointDto[]>('GET', '/api/webhooks')).body.some((e) => e.id === endpoint.id && e.failed === 1));
    const shown = (await api<WebhookEndpointDto[]>('GET', '/api/webhooks')).body.find((e) => e.id === endpoint.id);
    expect(shown).toMatchObject({ failed: 1, pending: 0, lastError: 'HTTP 503' });
    const failed = (await api<OutboxEntryDto[]>('GET', '/api/outbox?channel=webhook&state=failed')).body;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ attempts: 5, lastError: 'HTTP 503' });
    receiver.refusing = false;
    expect((await api<{ requeued: number }>('POST', `/api/webhooks/${endpoint.id}/retry`)).body).toEqual({ requeued: 1 });
    await until(() => receiver.acceptedIds().has(failed[0]!.eventId));
    expect((await api<WebhookEndpointDto[]>('GET', '/api/webhooks')).body.find((e) => e.id === endpoint.id)).toMatchObject({ failed: 0, delivered: 2 });
  });

  it('sends nothing to a deactivated endpoint', async () => {
    const other = await startReceiver();
    try {
      const created = await register(other.url);
      other.secret = created.secret;
      await ticketChange();
      await until(() => other.acceptedIds().size === 1);
      expect((await api<WebhookEndpointDto>('POST', `/api/webhooks/${created.endpoint.id}/deactivate`)).body.active).toBe(false);
      const before = receiver.acceptedIds().size;
      await ticketChange();
      await until(() => receiver.acceptedIds().size === before + 1);
      expect(other.attempts).toHaveLength(1);
      expect((await api<OutboxEntryDto[]>('GET', '/api/outbox?channel=webhook')).body.filter((r) => r.endpointId === created.endpoint.id)).toHaveLength(1);
      expect((await api<{ error: { code: string } }>('POST', `/api/webhooks/${created.endpoint.id}/retry`)).body.error.code).toBe('webhook-not-found');
    } finally {
      await other.close();
    }
  });

  it('records an SMS with the default notifier, readable through GET /api/outbox', async () => {
    const eventId = runCommand(server.app.hall, (now) => ({
      result: enqueueOutbox(server.app.hall, { type: 'case.result-ready', data: { number: 'XMSZ-20261130-001' }, sms: { to: '13800000000', text: '您的办件已办结，请携带身份证领取。' } }, now),
      events: [],
    }));
    await until(async () => (await api<OutboxEntryDto[]>('GET', '/api/outbox?channel=sms&state=delivered')).body.some((r) => r.eventId === eventId));
    const sms = (await api<OutboxEntryDto[]>('GET', '/api/outbox?channel=sms')).body.find((r) => r.eventId === eventId);
    expect(sms).toMatchObject({ type: 'case.result-ready', sms: { to: '13800000000', text: '您的办件已办结，请携带身份证领取。' }, attempts: 1 });
    // The same event went to the active endpoint with the same id.
    await until(() => receiver.acceptedIds().has(eventId));
  });

  it('documents the webhook body and signature in /docs/json', async () => {
    const doc = (await server.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      openapi: string; webhooks: Record<string, { post: { parameters: { name: string }[] } }>;
      components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
    }>();
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.webhooks)).toEqual([
      'ticket.changed', 'case.received', 'case.status-changed', 'case.result-ready', 'document.issued', 'rating.created', 'rectification.changed', 'complaint.created',
    ]);
    expect(doc.webhooks['ticket.changed']!.post.parameters.map((p) => p.name)).toContain('x-hall-signature');
    expect(doc.components.schemas['WebhookEvent']!.properties['type']!.enum).toContain('case.result-ready');
  });
});
