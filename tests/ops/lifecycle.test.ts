import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { slowPost } from './slow-request.js';

const root = mkdtempSync(join(tmpdir(), 'hall-lifecycle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('stopping the server', () => {
  it('refuses new requests with 503 shutting-down in the error contract, on every route', async () => {
    const app = await buildApp({ seed: { password: 'demo' } });
    try {
      app.draining = true;
      for (const [method, url] of [['GET', '/api/health'], ['POST', '/api/tickets'], ['GET', '/no/such/page']] as const) {
        const r = await app.inject({ method, url, ...(method === 'POST' ? { payload: { queueId: 'market' } } : {}) });
        expect(r.statusCode, url).toBe(503);
        expect(r.json(), url).toEqual({ error: { code: 'shutting-down', message: expect.any(String) } });
        expect(r.headers.connection, url).toBe('close');
        expect(r.headers['retry-after'], url).toBe('5');
      }
      app.draining = false;
      const r = await app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({ number: 'A001' });
    } finally {
      await app.close();
    }
  });

  it('lets a request already accepted finish and commit before the database closes', async () => {
    const dbFile = join(root, 'in-flight.db');
    const app = await buildApp({ dbFile, seed: { password: 'demo' } });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const slow = slowPost(url, '/api/tickets', { queueId: 'market' }, { 'idempotency-key': 'in-flight-0001' });
    // A full round trip after the slow request's headers: the server has taken them in.
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    let closed = false;
    const closing = app.close().then(() => { closed = true; });
    while (!app.draining) await new Promise((r) => setImmediate(r));
    // New connections are refused once the listener closes; one that slips in first gets the 503.
    const late = await fetch(`${url}/api/health`).then((r) => r.status, () => 'refused');
    expect(['refused', 503]).toContain(late);
    expect(closed).toBe(false);
    const answer = await slow.finish();
    expect(answer.status).toBe(201);
    // Or the keep-alive connection would hold the stop until the client's idle timeout.
    expect(answer.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ number: 'A001' });
    await closing;
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare("SELECT number FROM tickets WHERE idempotency_key = 'in-flight-0001'").pluck().all()).toEqual(['A001']);
    db.close();
  });
});
