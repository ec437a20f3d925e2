/**
 * Findings 4, 8 (sockets) and 11: one anonymous socket flooding `snapshot:request` stalled the
 * hall and held hundreds of megabytes of unsent snapshots; the admin room took a session from a
 * page of any origin. Now snapshots are built once per hall version, each socket has a message
 * budget and is dropped when it keeps flooding, and a session socket must come from the hall's
 * own pages.
 */
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallSnapshot } from '../../contract/dto.js';
import type { ClientToServer, PrinterStatusEvent, ServerToClient } from '../../contract/events.js';
import { snapshotBuilds } from '../../server/app/snapshot-cache.js';
import { CLIENT_MESSAGE_BUDGET } from '../../server/realtime/limits.js';
import { startServer, type TestServer } from '../support/server.js';

type HallClient = Socket<ServerToClient, ClientToServer>;
let server: TestServer;
const sockets: HallClient[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

async function open(options: { auth?: object; headers?: Record<string, string> } = {}): Promise<HallClient> {
  const s: HallClient = connect(server.url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: options.auth ?? {}, extraHeaders: options.headers ?? {} });
  sockets.push(s);
  await new Promise<void>((resolve, reject) => {
    s.once('hall:snapshot', () => resolve());
    s.once('connect_error', reject);
  });
  return s;
}

describe('a socket flooding snapshot requests (findings 4 and 11)', () => {
  it('is answered within its budget from one cached snapshot, then dropped, while others are served', async () => {
    const bystander = await open();
    const flooder = await open();
    const buildsBefore = snapshotBuilds(server.app.hall);
    let answered = 0;
    const disconnected = new Promise<string>((resolve) => flooder.once('disconnect', resolve));
    const started = Date.now();
    for (let i = 0; i < 10_000; i++) flooder.emit('snapshot:request', () => { answered += 1; });
    expect(await disconnected).toBe('io server disconnect');
    const seconds = (Date.now() - started) / 1000;

    // At most the burst plus what refilled while it flooded (answers still unsent when it is dropped
    // are discarded with it); not 10,000 snapshots queued in the server's memory.
    expect(answered).toBeLessThanOrEqual(CLIENT_MESSAGE_BUDGET.capacity + Math.ceil(seconds * CLIENT_MESSAGE_BUDGET.refillPerSec) + 1);
    // Nothing changed in the hall, so nothing was rebuilt from the database.
    expect(snapshotBuilds(server.app.hall) - buildsBefore).toBeLessThanOrEqual(1);

    // The hall goes on: a new ticket reaches the bystander, and the HTTP side answers.
    const changed = new Promise((resolve) => bystander.once('queue:changed', resolve));
    expect((await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).statusCode).toBe(201);
    await changed;
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const fresh = await new Promise<HallSnapshot>((resolve) => bystander.emit('snapshot:request', resolve));
    expect(fresh.queues.find((q) => q.id === 'market')?.waiting).toBe(1);
  });

  it('spends the same budget on unknown events, so they cannot be used to flood either', async () => {
    const s = await open();
    const disconnected = new Promise<string>((resolve) => s.once('disconnect', resolve));
    const raw = s as unknown as { emit(event: string, ...args: unknown[]): void };
    for (let i = 0; i < 2_000; i++) raw.emit('no:such-event', { i });
    expect(await disconnected).toBe('io server disconnect');
  });
});

describe('the admin room (finding 8, sockets)', () => {
  it('takes an admin session only from the hall’s own pages', async () => {
    const cookie = await server.login('admin');
    const own = await open({ auth: { admin: true }, headers: { cookie, origin: server.url } });
    const evil = await open({ auth: { admin: true }, headers: { cookie, origin: 'http://evil.example' } });
    const otherPort = await open({ auth: { admin: true }, headers: { cookie, origin: server.url.replace(/:\d+$/, ':1') } });
    const heard = { own: 0, evil: 0, otherPort: 0 };
    own.on('printer:status', () => { heard.own += 1; });
    evil.on('printer:status', () => { heard.evil += 1; });
    otherPort.on('printer:status', () => { heard.otherPort += 1; });
    const notice: PrinterStatusEvent = { deviceId: 'K01', status: 'offline', detail: 'test', at: new Date().toISOString() };
    server.app.hall.bus.notice(server.app.hall.hallId, { name: 'printer:status', payload: notice });
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toEqual({ own: 1, evil: 0, otherPort: 0 });
  });
});
