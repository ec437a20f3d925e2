import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogDto, IssueTicketResponse, TicketDto } from '../../contract/dto.js';
import { startServer, type TestServer } from '../support/server.js';
import { pairKiosk } from '../support/devices.js';
import { movableClock } from '../support/clock.js';

let server: TestServer;
beforeEach(async () => {
  // A Wednesday at 10:00 in Xiamen, inside the demo roster's hours: the estimate reads the roster, so the wall clock would make it vary.
  server = await startServer({ clock: movableClock(Date.UTC(2026, 11, 2, 2, 0, 0)) }, false);
});
afterEach(() => server.close());

const post = (url: string, payload?: unknown, headers: Record<string, string> = {}) => server.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('health, catalogue and docs', () => {
  it('answers health', async () => {
    const r = await server.app.inject('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true });
  });

  it('serves the demo hall catalogue from the database', async () => {
    const r = await server.app.inject('/api/catalog');
    expect(r.statusCode).toBe(200);
    const c = r.json<CatalogDto>();
    expect(c.matters.length).toBeGreaterThanOrEqual(60);
    expect(new Set(c.queues.map((q) => q.kind))).toEqual(new Set(['domain', 'general', 'results', 'guidance']));
    expect(new Set(c.queues.map((q) => q.prefix)).size).toBe(c.queues.length);
    const queueIds = new Set(c.queues.map((q) => q.id));
    for (const m of c.matters) {
      expect(queueIds.has(m.queueId)).toBe(true);
      expect(m.materials.length).toBeGreaterThan(0);
    }
    // Every low-volume department is accepted at an undifferentiated window (事项入驻、人不常驻).
    const general = new Set(c.queues.filter((q) => q.kind === 'general').map((q) => q.id));
    const low = new Set(c.departments.filter((d) => d.lowVolume).map((d) => d.id));
    expect(low.size).toBeGreaterThan(0);
    for (const m of c.matters.filter((x) => low.has(x.departmentId))) expect(general.has(m.queueId)).toBe(true);
  });

  it('documents every API route in OpenAPI', async () => {
    const r = await server.app.inject('/docs/json');
    expect(r.statusCode).toBe(200);
    const paths = Object.keys(r.json<{ paths: Record<string, unknown> }>().paths);
    for (const p of ['/api/health', '/api/catalog', '/api/tickets', '/api/tickets/{id}', '/api/windows', '/api/auth/login',
      '/api/windows/{windowId}/call-next', '/api/windows/{windowId}/recall', '/api/windows/{windowId}/start', '/api/windows/{windowId}/finish',
      '/api/windows/{windowId}/no-show', '/api/windows/{windowId}/transfer', '/api/windows/{windowId}/pause', '/api/windows/{windowId}/resume',
      '/api/windows/{windowId}/open', '/api/windows/{windowId}/close']) {
      expect(paths).toContain(p);
    }
  });
});

describe('issuing tickets', () => {
  it('issues numbered tickets by matter or queue, with position and estimate', async () => {
    await server.clerkAt(1); // an open, idle market window: nobody ahead means no wait
    const a = await post('/api/tickets', { matterId: 'market-008' });
    expect(a.statusCode).toBe(201);
    const first = a.json<IssueTicketResponse>();
    expect(first).toMatchObject({ number: 'A001', queueId: 'market', matterId: 'market-008', status: 'waiting', peopleAhead: 0, estimatedWaitMinutes: 0 });
    expect(first.trackUrl).toMatch(new RegExp(`/t/${first.id}$`));
    const b = (await post('/api/tickets', { queueId: 'market' })).json<IssueTicketResponse>();
    expect(b).toMatchObject({ number: 'A002', peopleAhead: 1 });
    expect(b.estimatedWaitMinutes).toBeGreaterThan(0);
    const other = (await post('/api/tickets', { queueId: 'housing' })).json<IssueTicketResponse>();
    expect(other.number).toBe('B001');
    const now = await server.app.inject(`/api/tickets/${b.id}`);
    expect(now.json<TicketDto>()).toMatchObject({ id: b.id, number: 'A002', peopleAhead: 1 });
  });

  it('puts green-channel tickets ahead in the reported position', async () => {
    await post('/api/tickets', { queueId: 'market' });
    await post('/api/tickets', { queueId: 'market' });
    const key = await pairKiosk(server.app, 'K02');
    const green = (await server.app.inject({ method: 'POST', url: '/api/tickets', headers: { 'x-device-key': key }, payload: { queueId: 'market', priority: 'elderly' } })).json<TicketDto>();
    expect(green.peopleAhead).toBe(0);
  });

  it('rejects bad input with a 4xx code naming the field, and writes nothing', async () => {
    const cases: [unknown, number, string, string?][] = [
      [{}, 400, 'validation-failed'],
      [{ matterId: 'no-such-matter' }, 404, 'matter-not-found'],
      [{ queueId: 'no-such-queue' }, 404, 'queue-not-found'],
      [{ queueId: 'market', priority: 'vip' }, 400, 'validation-failed', 'priority'],
      [{ queueId: 'market', extra: 1 }, 400, 'validation-failed', 'extra'],
      [{ matterId: 'market-008', queueId: 'housing' }, 400, 'validation-failed'],
      [{ matterId: 12 }, 400, 'validation-failed', 'matterId'],
    ];
    for (const [body, status, code, field] of cases) {
      const r = await post('/api/tickets', body);
      expect(r.statusCode, JSON.stringify(body)).toBe(status);
      expect(r.json().error.code).toBe(code);
      if (field) expect(r.json().error.field).toBe(field);
    }
    const bad = await server.app.inject({ method: 'POST', url: '/api/tickets', payload: '{"matterId":', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('bad-request');
    const next = (await post('/api/tickets', { queueId: 'market' })).json<TicketDto>();
    expect(next.number).toBe('A001');
  });

  it('answers unknown tickets and routes with 404 codes', async () => {
    expect((await server.app.inject('/api/tickets/nope')).json().error.code).toBe('ticket-not-found');
    const r = await server.app.inject('/api/nothing-here');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('not-found');
  });

  it('refuses tickets for a closed queue', async () => {
    server.app.hall.database.sqlite.prepare("UPDATE queues SET open = 0 WHERE id = 'market'").run();
    const r = await post('/api/tickets', { queueId: 'market' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('queue-closed');
  });

  it('lets the visitor cancel a waiting ticket once', async () => {
    const t = (await post('/api/tickets', { queueId: 'market' })).json<TicketDto>();
    expect((await post(`/api/tickets/${t.id}/cancel`)).json()).toMatchObject({ status: 'cancelled' });
    const again = await post(`/api/tickets/${t.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ticket-not-waiting');
  });

  it('rate-limits ticket issuing per client', async () => {
    const limited = await startServer({ rateLimit: { max: 3, timeWindow: 60_000 } }, false);
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await limited.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).statusCode);
      expect(codes).toEqual([201, 201, 201, 429, 429]);
      const r = await limited.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
      expect(r.json().error.code).toBe('rate-limited');
    } finally {
      await limited.close();
    }
  });

  it('builds tracking links on PUBLIC_URL when the hall sets one', async () => {
    const hall = await startServer({ publicUrl: 'http://192.168.1.10:3000/' }, false);
    try {
      const t = (await hall.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<IssueTicketResponse>();
      expect(t.trackUrl).toBe(`http://192.168.1.10:3000/t/${t.id}`);
    } finally {
      await hall.close();
    }
  });

  it('sends security headers', async () => {
    const r = await server.app.inject('/api/health');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
