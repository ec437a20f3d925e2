/** The HTTP SMS adapter: configured from the environment, it POSTs { to, text } with the token, retried until accepted. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntryDto } from '../../contract/routes-outbox.js';
import { runCommand } from '../../server/app/context.js';
import { enqueueOutbox } from '../../server/app/outbox.js';
import { appOptionsOf, ConfigError, loadConfig } from '../../server/config.js';
import { startServer, type TestServer } from '../support/server.js';
import { until } from './receiver.js';

const received: { headers: IncomingHttpHeaders; body: string; status: number }[] = [];
let failFirst = 1;
let gateway: Server;
let gatewayUrl: string;
let server: TestServer;

beforeAll(async () => {
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => {
      const status = failFirst-- > 0 ? 502 : 200;
      received.push({ headers: req.headers, body, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((ok) => gateway.listen(0, '127.0.0.1', ok));
  const a = gateway.address();
  gatewayUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/sms`;
  const options = appOptionsOf(loadConfig({ SMS_GATEWAY_URL: gatewayUrl, SMS_GATEWAY_TOKEN: 'gw-token', BACKUP_DIR: 'off' }));
  server = await startServer({ outbox: { ...options.outbox, backoff: { baseMs: 20, maxMs: 100, maxAttempts: 5 } } });
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((done) => gateway.close(() => done()));
});

describe('SMS gateway', () => {
  it('refuses a gateway address that is not http(s), and a token without an address', () => {
    expect(() => loadConfig({ SMS_GATEWAY_URL: 'smtp://gw' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMS_GATEWAY_TOKEN: 'x' })).toThrow(/SMS_GATEWAY_URL/);
    expect(appOptionsOf(loadConfig({})).outbox).toBeUndefined();
  });

  it('sends the message to the configured gateway with its token, retrying a refusal', async () => {
    const hall = server.app.hall;
    const eventId = runCommand(hall, (now) => ({
      result: enqueueOutbox(hall, { type: 'case.result-ready', data: {}, sms: { to: '13900000000', text: '请携带身份证到33号窗口领取。' } }, now),
      events: [],
    }));
    await until(() => received.some((r) => r.status === 200));
    expect(received.map((r) => r.status)).toEqual([502, 200]);
    expect(JSON.parse(received[1]!.body)).toEqual({ to: '13900000000', text: '请携带身份证到33号窗口领取。' });
    expect(received[1]!.headers.authorization).toBe('Bearer gw-token');
    const admin = await server.login('admin');
    const rows = (await server.app.inject({ url: '/api/outbox?channel=sms', headers: { cookie: admin } })).json<OutboxEntryDto[]>();
    await until(async () => (await server.app.inject({ url: '/api/outbox?channel=sms&state=delivered', headers: { cookie: admin } })).json<OutboxEntryDto[]>().length === 1);
    expect(rows.find((r) => r.eventId === eventId)?.channel).toBe('sms');
  });
});
