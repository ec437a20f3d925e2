/**
 * Findings 1, 2, 3 and 9 of the outside review, reproduced as an attacker would try them:
 * ticket ids (the visitor's capability) never reach anonymous clients; nobody jumps the queue or
 * prints on a kiosk without that kiosk's credential; the Host header never reaches the QR code.
 */
import { eq } from 'drizzle-orm';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse, TicketDto } from '../../contract/dto.js';
import type { ClientToServer, ServerToClient } from '../../contract/events.js';
import { devices, tickets } from '../../server/db/schema.js';
import { pairKiosk } from '../support/devices.js';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let printer: FakePrinter;
let screen: Socket<ServerToClient, ClientToServer>;
/** Everything an anonymous screen received, as text. */
const heard: string[] = [];

beforeAll(async () => {
  printer = await startFakePrinter();
  server = await startServer();
  server.app.hall.database.db.update(devices).set({ printerUrl: printer.url }).where(eq(devices.id, 'K01')).run();
  screen = connect(server.url, { transports: ['websocket'], forceNew: true });
  screen.onAny((event: string, ...args: unknown[]) => heard.push(`${event} ${JSON.stringify(args)}`));
  await new Promise<void>((resolve) => screen.once('hall:snapshot', () => resolve()));
});
afterAll(async () => {
  screen.close();
  await server.close();
  await printer.close();
});

const issue = async (payload: object, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'POST', url: '/api/tickets', payload, headers });
const count = () => server.app.hall.database.db.select().from(tickets).all().length;
const settle = () => new Promise((r) => setTimeout(r, 150));

describe('visitor capabilities (finding 1)', () => {
  it('never shows a ticket id to anonymous screens or public lists, through call, transfer and no-show', async () => {
    const mine = (await issue({ queueId: 'market' })).json<IssueTicketResponse>();
    const other = (await issue({ queueId: 'market' })).json<IssueTicketResponse>();
    const clerk = await server.clerkAt(1);
    const cmd = (path: string, payload: object = {}) =>
      server.app.inject({ method: 'POST', url: `/api/windows/1/${path}`, headers: { cookie: clerk }, payload });
    expect((await cmd('call-next')).statusCode).toBe(200);
    const publicLists = [(await server.app.inject('/api/windows')).body, (await server.app.inject('/api/snapshot')).body];
    expect((await cmd('transfer', { queueId: 'general-livelihood' })).statusCode).toBe(200);
    expect((await cmd('call-next')).statusCode).toBe(200);
    expect((await cmd('no-show')).statusCode).toBe(200);
    publicLists.push((await server.app.inject('/api/windows')).body, (await server.app.inject('/api/snapshot')).body);
    await settle();

    expect(heard.some((h) => h.startsWith('ticket:called'))).toBe(true);
    expect(heard.join('\n')).toContain(mine.number);
    for (const text of [...heard, ...publicLists]) {
      expect(text).not.toContain(mine.id);
      expect(text).not.toContain(other.id);
    }
  });

  it('lets only the holder of the id track or cancel, and ids are not guessable', async () => {
    const t = (await issue({ queueId: 'housing' })).json<IssueTicketResponse>();
    expect(t.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(t.trackUrl).toContain(`/t/${t.id}`);
    expect((await server.app.inject(`/api/tickets/${t.id}`)).json<TicketDto>().status).toBe('waiting');
    const guess = await server.app.inject({ method: 'POST', url: `/api/tickets/${t.id.slice(0, -1)}x/cancel` });
    expect(guess.statusCode).toBe(404);
    expect((await server.app.inject({ method: 'POST', url: `/api/tickets/${t.id}/cancel` })).json<TicketDto>().status).toBe('cancelled');
  });
});

describe('who may issue what (finding 2)', () => {
  it('refuses green channel, appointments and counter tickets to anonymous callers, and writes nothing', async () => {
    const before = count();
    const cases: [object, number, string][] = [
      [{ queueId: 'market', priority: 'elderly' }, 403, 'device-required'],
      [{ queueId: 'market', source: 'appointment' }, 404, 'appointment-not-found'],
      [{ queueId: 'market', appointmentCode: 'ANY-CODE' }, 404, 'appointment-not-found'],
      [{ queueId: 'market', source: 'counter' }, 403, 'device-required'],
    ];
    for (const [payload, status, code] of cases) {
      const r = await issue(payload);
      expect([r.statusCode, r.json<{ error: { code: string } }>().error.code], JSON.stringify(payload)).toEqual([status, code]);
    }
    expect(count()).toBe(before);
    // A plain ticket stays open to anyone, recorded as what it is.
    const plain = await issue({ queueId: 'market', source: 'kiosk' });
    expect(plain.statusCode).toBe(201);
    expect(plain.json<TicketDto>()).toMatchObject({ priority: null, source: 'kiosk' });
  });

  it('lets a paired kiosk give the green channel, and a hall restrict tickets to its kiosks', async () => {
    const key = await pairKiosk(server.app, 'K02');
    const green = await issue({ queueId: 'legal', priority: 'disabled' }, { 'x-device-key': key });
    expect(green.statusCode).toBe(201);
    expect(green.json<TicketDto>()).toMatchObject({ priority: 'disabled', source: 'kiosk' });
    expect((await issue({ queueId: 'legal' }, { 'x-device-key': `${key.slice(0, -2)}xx` })).json()).toMatchObject({ error: { code: 'bad-device-credential' } });

    server.app.hall.database.sqlite.prepare("UPDATE halls SET anonymous_tickets = 'devices-only'").run();
    try {
      expect((await issue({ queueId: 'legal' })).json()).toMatchObject({ error: { code: 'anonymous-tickets-off' } });
      expect((await issue({ queueId: 'legal' }, { 'x-device-key': key })).statusCode).toBe(201);
    } finally {
      server.app.hall.database.sqlite.prepare("UPDATE halls SET anonymous_tickets = 'open'").run();
    }
  });
});

describe('kiosk printers (finding 3)', () => {
  it('prints nothing for a caller naming a kiosk without its credential, and answers the same for unknown ids', async () => {
    const named = (await issue({ queueId: 'market', deviceId: 'K01' })).json<IssueTicketResponse>();
    const unknown = (await issue({ queueId: 'market', deviceId: 'K77' })).json<IssueTicketResponse>();
    expect(named).toMatchObject({ printed: false, printError: 'device-not-paired' });
    expect(unknown).toMatchObject({ printed: false, printError: 'device-not-paired' });
    await settle();
    expect(printer.receipts()).toEqual([]);
  });

  it('prints on the paired kiosk’s own printer only', async () => {
    const k01 = await pairKiosk(server.app, 'K01');
    const own = (await issue({ queueId: 'market', deviceId: 'K01' }, { 'x-device-key': k01 })).json<IssueTicketResponse>();
    expect(own.printed).toBe(true);
    await printer.waitForReceipt(2000);
    // K01's credential naming K02 prints nowhere.
    const other = (await issue({ queueId: 'market', deviceId: 'K02' }, { 'x-device-key': k01 })).json<IssueTicketResponse>();
    expect(other).toMatchObject({ printed: false, printError: 'device-not-paired' });
    await settle();
    expect(printer.receipts()).toHaveLength(1);
  });
});

describe('tracking link (finding 9)', () => {
  it('never takes the Host header into the printed link', async () => {
    const r = await fetch(`${server.url}/api/tickets`, {
      method: 'POST', headers: { 'content-type': 'application/json', host: 'evil.example' }, body: JSON.stringify({ queueId: 'market' }),
    });
    const t = (await r.json()) as IssueTicketResponse;
    expect(t.trackUrl).toBe(`${server.url}/t/${t.id}`);
    const injected = (await issue({ queueId: 'market' }, { host: 'evil.example:666' })).json<IssueTicketResponse>();
    expect(injected.trackUrl).not.toContain('evil');
  });
});
