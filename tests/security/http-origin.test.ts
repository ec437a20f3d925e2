import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedOrigin } from '../../server/http/origin.js';
import { startServer, type TestServer } from '../support/server.js';

/**
 * Finding 8: state-changing requests accepted `Origin: http://evil.example`. SameSite cookies do
 * not help against another port of the same host (same site, other origin), so the Origin itself
 * is checked: same origin or allow-listed, else 403 origin-forbidden before anything is written.
 */
describe('isAllowedOrigin (shared with the Socket.IO handshake)', () => {
  const self = 'http://192.168.1.10:3000';
  it.each([
    [undefined, true, 'no Origin (kiosk hardware, curl, the city platform)'],
    ['http://192.168.1.10:3000', true, 'the hall itself'],
    ['HTTP://192.168.1.10:3000', true, 'the hall itself, other case'],
    ['http://kiosk.example', true, 'allow-listed'],
    ['https://city.example:8443', true, 'allow-listed with a port'],
    ['http://evil.example', false, 'another site'],
    ['http://192.168.1.10:3001', false, 'another port of the same host'],
    ['https://192.168.1.10:3000', false, 'another scheme'],
    ['http://192.168.1.10', false, 'the default port is another port'],
    ['null', false, 'an opaque origin'],
    ['', false, 'empty'],
    ['http://192.168.1.10:3000/path', false, 'not an origin'],
    ['http://192.168.1.10:3000, http://evil.example', false, 'two origins'],
    ['file://', false, 'a file page'],
    ['http://city.example:8443', false, 'an allow-listed host on another scheme'],
  ])('%s → %s (%s)', (origin, allowed, _why) => {
    expect(isAllowedOrigin(origin, self, ['http://kiosk.example', ' https://city.example:8443/ '])).toBe(allowed);
  });

  it('compares default ports as the browser writes them', () => {
    expect(isAllowedOrigin('http://hall.example', 'http://hall.example:80', [])).toBe(true);
    expect(isAllowedOrigin('https://hall.example', 'https://hall.example:443', [])).toBe(true);
  });
});

describe('state-changing requests from another origin', () => {
  // plain: no allow-list, no proxy; gateway: an allow-listed origin and a trusted proxy in front.
  let plain: TestServer;
  let gateway: TestServer;
  beforeAll(async () => {
    [plain, gateway] = await Promise.all([
      startServer({}, false),
      startServer({ allowedOrigins: ['http://kiosk-gateway.example:8080'], trustProxy: '127.0.0.1' }, false),
    ]);
  });
  afterAll(async () => {
    await Promise.all([plain.close(), gateway.close()]);
  });
  const ticketCount = (server: TestServer) => (server.app.hall.database.sqlite.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
  const issue = (server: TestServer, headers: Record<string, string>) => server.app.inject({
    method: 'POST', url: '/api/tickets', payload: { queueId: 'market' }, headers: { host: '192.168.1.10:3000', ...headers },
  });

  it('refuses an evil Origin with 403 origin-forbidden and writes nothing', async () => {
    const before = ticketCount(plain);
    const r = await issue(plain, { origin: 'http://evil.example' });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toEqual({ error: { code: 'origin-forbidden', message: expect.any(String) } });
    expect(ticketCount(plain)).toBe(before);
  });

  it('refuses another port on the same host, and Origin: null', async () => {
    const before = ticketCount(plain);
    expect((await issue(plain, { origin: 'http://192.168.1.10:5173' })).statusCode).toBe(403);
    expect((await issue(plain, { origin: 'null' })).statusCode).toBe(403);
    expect(ticketCount(plain)).toBe(before);
  });

  it('refuses a cross-origin sign-in and a staff command too', async () => {
    const login = await plain.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { username: 'clerk01', password: 'demo' },
      headers: { host: '192.168.1.10:3000', origin: 'http://evil.example' },
    });
    expect(login.json()).toMatchObject({ error: { code: 'origin-forbidden' } });
    expect(login.cookies).toEqual([]);
    const cookie = await plain.clerkAt(1);
    const pause = await plain.app.inject({
      method: 'POST', url: '/api/windows/1/pause', headers: { cookie, host: '192.168.1.10:3000', origin: 'http://192.168.1.10:8080' },
    });
    expect(pause.statusCode).toBe(403);
    const windows = await plain.app.inject({ url: '/api/windows' });
    expect(windows.json<{ number: number; state: string }[]>().find((w) => w.number === 1)?.state).toBe('open');
  });

  it('takes same-origin requests and requests without Origin', async () => {
    const before = ticketCount(plain);
    expect((await issue(plain, { origin: 'http://192.168.1.10:3000' })).statusCode).toBe(201);
    expect((await issue(plain, {})).statusCode).toBe(201);
    expect(ticketCount(plain)).toBe(before + 2);
  });

  it('takes allow-listed origins, and only where configured', async () => {
    expect((await issue(gateway, { origin: 'http://kiosk-gateway.example:8080' })).statusCode).toBe(201);
    expect((await issue(plain, { origin: 'http://kiosk-gateway.example:8080' })).statusCode).toBe(403);
  });

  it('lets reads through from anywhere (GET is not state-changing)', async () => {
    const r = await plain.app.inject({ url: '/api/catalog', headers: { origin: 'http://evil.example' } });
    expect(r.statusCode).toBe(200);
  });

  it('behind a trusted proxy, compares with the forwarded host and scheme', async () => {
    const forwarded = { host: '10.0.0.5:3000', 'x-forwarded-host': 'hall.example.gov.cn', 'x-forwarded-proto': 'https', origin: 'https://hall.example.gov.cn' };
    expect((await issue(gateway, forwarded)).statusCode).toBe(201);
    // Without TRUST_PROXY a client cannot claim another host through forwarded headers.
    expect((await issue(plain, forwarded)).statusCode).toBe(403);
  });
});
