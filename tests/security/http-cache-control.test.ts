import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.js';

/**
 * Private JSON is never cached: a shared kiosk's or phone's browser (or a proxy) must not keep a
 * ticket, a session or staff data. Every /api answer gets `Cache-Control: no-store` unless the
 * route chose its own header; pages keep theirs.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer({}, false);
  // A route that knows its answer is public and stable may say so; its header wins.
  server.app.get('/api/test/cacheable', { config: { access: 'public' } }, async (_request, reply) => reply.header('cache-control', 'public, max-age=60').send({ ok: true }));
});
afterAll(() => server.close());

it('marks a staff answer no-store', async () => {
  const cookie = await server.clerkAt(1);
  for (const url of ['/api/auth/me', '/api/windows/1/queue']) {
    const r = await server.app.inject({ url, headers: { cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
  }
});

it('marks a ticket no-store, and the answer that issued it', async () => {
  const issued = await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
  expect(issued.statusCode).toBe(201);
  expect(issued.headers['cache-control']).toBe('no-store');
  const ticket = await server.app.inject({ url: `/api/tickets/${issued.json<{ id: string }>().id}` });
  expect(ticket.statusCode).toBe(200);
  expect(ticket.headers['cache-control']).toBe('no-store');
});

it('marks API errors no-store too', async () => {
  for (const url of ['/api/tickets/unknown', '/api/auth/me', '/api/nothing-here']) {
    const r = await server.app.inject({ url });
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.headers['cache-control']).toBe('no-store');
  }
});

it('keeps a header the route set itself, and leaves pages alone', async () => {
  expect((await server.app.inject({ url: '/api/test/cacheable' })).headers['cache-control']).toBe('public, max-age=60');
  expect((await server.app.inject({ url: '/kiosk' })).headers['cache-control']).not.toBe('no-store');
});
