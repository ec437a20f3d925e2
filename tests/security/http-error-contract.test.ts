import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { httpRequest, rawRequest, type RawResponse } from './http-raw.js';

/**
 * Finding 7: every error answer — ours, Fastify's, @fastify/static's, node's HTTP parser's — is
 * `{ error: { code, message } }` with the code of its status, and no framework name or wording leaks.
 */
const FRAMEWORK_WORDING = /FST_|statusCode|"error":"|Bad Request|Not Found|Forbidden|Client Error|not a valid url component|max param length|Exceeded maximum|Unsupported Media Type|Payload Too Large|Request body is too large|Range Not Satisfiable|Route [A-Z]+:|secret detail/;

function expectContract(r: RawResponse, status: number, code: string): void {
  expect({ status: r.status, text: r.text.slice(0, 300) }).toMatchObject({ status });
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(r.text) as { error: Record<string, unknown> };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(Object.keys(body.error).filter((k) => k !== 'field')).toEqual(['code', 'message']);
  expect(r.text).not.toMatch(FRAMEWORK_WORDING);
}

let app: FastifyInstance;
let url: string;
let pagesDir: string;

beforeAll(async () => {
  // A small stand-in for the Vite build: the static plugin only needs files to serve.
  pagesDir = mkdtempSync(join(tmpdir(), 'hall-contract-pages-'));
  mkdirSync(join(pagesDir, 'assets'));
  writeFileSync(join(pagesDir, 'assets', 'app.js'), 'console.log("hall");\n');
  app = await buildApp({ seed: { password: 'demo' }, pagesDir, requestTimeoutMs: 500, rateLimit: { max: 1, timeWindow: 60_000 } });
  // Statuses no part of the stack produces today, raised the way a plugin would raise them.
  app.get('/api/test/not-acceptable', { config: { access: 'public' } }, async () => {
    throw Object.assign(new Error('FST_ERR_NOT_ACCEPTABLE: Not Acceptable'), { statusCode: 406, code: 'FST_ERR_NOT_ACCEPTABLE' });
  });
  app.get('/api/test/crash', { config: { access: 'public' } }, async () => {
    throw new Error('secret detail: /var/lib/hall/hall.db is corrupt');
  });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  rmSync(pagesDir, { recursive: true, force: true });
});

const json = ['Content-Type: application/json'];

describe('framework refusals answer in the error contract', () => {
  const cases: [string, () => string, number, string][] = [
    ['bad percent-encoding in the URL', () => httpRequest('GET', '/api/tickets/%E0%A4%A'), 400, 'bad-request'],
    ['bytes that are not HTTP', () => 'HELLO THERE\r\n\r\n', 400, 'bad-request'],
    ['invalid JSON', () => httpRequest('POST', '/api/auth/login', [], '{"username": '), 400, 'bad-request'],
    ['an empty JSON body', () => httpRequest('POST', '/api/auth/login', [...json, 'Content-Length: 0']), 400, 'bad-request'],
    ['a prototype key in JSON', () => httpRequest('POST', '/api/auth/login', [], '{"__proto__":{"admin":true}}'), 400, 'bad-request'],
    ['a schema violation', () => httpRequest('POST', '/api/auth/login', [], '{"username":1}'), 400, 'validation-failed'],
    ['a staff route without a session', () => httpRequest('GET', '/api/auth/me'), 401, 'not-signed-in'],
    ['a path that climbs out of the static folder', () => httpRequest('GET', '/assets/%2e%2e/package.json'), 403, 'forbidden'],
    ['a NUL byte in a static path', () => httpRequest('GET', '/assets/app%00.js'), 403, 'forbidden'],
    ['an unknown API route', () => httpRequest('GET', '/api/nothing-here'), 404, 'not-found'],
    ['an unknown page', () => httpRequest('GET', '/nothing-here'), 404, 'not-found'],
    ['a missing static file', () => httpRequest('GET', '/assets/missing.js'), 404, 'not-found'],
    ['an unknown ticket', () => httpRequest('GET', '/api/tickets/does-not-exist'), 404, 'ticket-not-found'],
    ['a known address with the wrong method', () => httpRequest('DELETE', '/api/tickets/abc'), 405, 'method-not-allowed'],
    ['an unusual method', () => httpRequest('PROPFIND', '/api/health'), 405, 'method-not-allowed'],
    ['the docs with the wrong method', () => httpRequest('POST', '/docs/json'), 405, 'method-not-allowed'],
    ['a plugin refusing the Accept header', () => httpRequest('GET', '/api/test/not-acceptable'), 406, 'not-acceptable'],
    ['headers that never finish (slow sender)', () => 'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n', 408, 'request-timeout'],
    ['a body that never finishes', () => `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`, 408, 'request-timeout'],
    ['a body over 64 KB', () => httpRequest('POST', '/api/auth/login', [], JSON.stringify({ username: 'a'.repeat(70_000), password: 'x' })), 413, 'payload-too-large'],
    ['a path parameter over 100 characters', () => httpRequest('GET', `/api/tickets/${'a'.repeat(200)}`), 414, 'uri-too-long'],
    ['a body that is not JSON', () => httpRequest('POST', '/api/auth/login', ['Content-Type: application/xml', 'Content-Length: 7'], '') + '<a></a>', 415, 'unsupported-media-type'],
    ['a range past the end of a static file', () => httpRequest('GET', '/assets/app.js', ['Range: bytes=99999-']), 416, 'range-not-satisfiable'],
    ['headers over 16 KB', () => httpRequest('GET', '/api/health', [`X-Filler: ${'a'.repeat(20_000)}`]), 431, 'headers-too-large'],
    ['a request line over 16 KB', () => httpRequest('GET', `/api/health?${'q'.repeat(20_000)}`), 431, 'headers-too-large'],
    ['a crash inside a handler', () => httpRequest('GET', '/api/test/crash'), 500, 'internal'],
  ];
  for (const [what, request, status, code] of cases) {
    it(`${status} ${code}: ${what}`, async () => {
      expectContract(await rawRequest(url, request()), status, code);
    });
  }

  it('429 rate-limited: past the ticket limit', async () => {
    const issue = () => rawRequest(url, httpRequest('POST', '/api/tickets', [], JSON.stringify({ queueId: 'market' })));
    expect((await issue()).status).toBe(201);
    const refused = await issue();
    expectContract(refused, 429, 'rate-limited');
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('405 names the methods the address takes', async () => {
    const r = await rawRequest(url, httpRequest('POST', '/api/health'));
    expectContract(r, 405, 'method-not-allowed');
    expect(r.headers.allow).toBe('GET, HEAD');
  });

  it('still serves what exists (the checks above refused only what they should)', async () => {
    expect((await rawRequest(url, httpRequest('GET', '/assets/app.js'))).status).toBe(200);
    expect((await rawRequest(url, httpRequest('GET', '/assets/app.js', ['Range: bytes=0-6']))).status).toBe(206);
    expect((await rawRequest(url, httpRequest('GET', '/api/health'))).status).toBe(200);
  });
});
