/**
 * Every answer carries the security headers (server/plugins/security-headers.ts computes them
 * once from helmet): JSON, pages, the API docs, errors and unknown paths alike; no HSTS (halls run
 * plain HTTP in a LAN) and the sockets' ws: allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helmetHeaders } from '../../server/plugins/security-headers.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startServer({}, false); });
afterAll(() => server.close());

const CSP = "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;"
  + "object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self' ws: wss:;media-src 'self' data:";

describe('security headers', () => {
  it('are the ones written down here, on every kind of answer', async () => {
    const answers = await Promise.all([
      server.app.inject('/api/health'), server.app.inject('/api/catalog'), server.app.inject('/nowhere'),
      server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'no-such-queue' } }),
      server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } }),
      server.app.inject('/api/windows/1/queue'),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 404, 404, 201, 401]);
    for (const r of answers) {
      expect(r.headers['content-security-policy']).toBe(CSP);
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['strict-transport-security']).toBeUndefined();
      expect(r.headers['cross-origin-embedder-policy']).toBeUndefined();
    }
  });

  it('are all of helmet\'s, computed once', () => {
    const headers = helmetHeaders({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } }, hsts: false });
    expect(headers['content-security-policy']).toMatch(/^default-src 'self';/);
    expect(headers['x-xss-protection']).toBe('0');
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(Object.keys(headers).length).toBeGreaterThan(8);
  });
});
