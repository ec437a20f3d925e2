import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { HallSnapshot } from '../../contract/dto.js';
import type { ClientToServer, ServerToClient, TicketCalledEvent } from '../../contract/events.js';
import { connectHall, type HallSocket } from '../../ui/hall-socket.js';
import { hallRoom } from '../../server/realtime/socket.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
const sockets: { close(): void }[] = [];
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server.close();
});

function open(auth: object = {}): Socket<ServerToClient, ClientToServer> {
  const s: Socket<ServerToClient, ClientToServer> = connect(server.url, { auth, transports: ['websocket'], forceNew: true });
  sockets.push(s);
  return s;
}
function next<E extends keyof ServerToClient>(s: Socket<ServerToClient, ClientToServer>, event: E): Promise<Parameters<ServerToClient[E]>[0]> {
  return new Promise((resolve) => s.once(event, ((payload: Parameters<ServerToClient[E]>[0]) => resolve(payload)) as never));
}
const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('hall realtime', () => {
  it('sends a full snapshot on connect', async () => {
    await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
    const s = open();
    const snap = await next(s, 'hall:snapshot');
    expect(snap.hall.name).toBeTruthy();
    expect(snap.windows).toHaveLength(36);
    expect(snap.queues.find((q) => q.id === 'market')?.waiting).toBe(1);
    expect(snap.version).toBeGreaterThan(0);
  });

  it('pushes ticket:called with what a screen shows and speaks, with consecutive versions', async () => {
    const s = open();
    const snap = await next(s, 'hall:snapshot');
    const versions: number[] = [];
    // A call's other changes ride inside its ticket:called (`also`), each with its own version.
    for (const e of ['ticket:called', 'ticket:changed', 'queue:changed', 'window:changed'] as const) {
      s.on(e, (p: { version: number; also?: { payload: { version: number } }[] }) => versions.push(p.version, ...(p.also ?? []).map((x) => x.payload.version)));
    }
    const cookie = await server.clerkAt(5);
    await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'housing' } });
    const called = next(s, 'ticket:called');
    await server.app.inject({ method: 'POST', url: '/api/windows/5/call-next', headers: { cookie } });
    const e: TicketCalledEvent = await called;
    expect(e.call).toMatchObject({ number: 'B001', windowNumber: 5, callCount: 1 });
    expect(e.call.windowName).toContain('5');
    await until(() => versions.length === 6);
    // Opening window 5 and issuing were one event each after the snapshot, then four for the call: no gaps.
    expect(versions).toEqual([1, 2, 3, 4, 5, 6].map((i) => snap.version + i));
  });

  it('answers snapshot:request and keeps a client right across a version gap', async () => {
    const snapshots: HallSnapshot[] = [];
    let latest: HallSnapshot | null = null;
    const hall: HallSocket = connectHall({ url: server.url, onState: (s) => { latest = s; }, onSnapshot: (s) => snapshots.push(s) });
    sockets.push(hall);
    await until(() => snapshots.length === 1);
    await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
    await until(() => latest?.queues.find((q) => q.id === 'market')?.waiting === 1);
    expect(snapshots).toHaveLength(1);
    // Simulate a lost event: the next one the client sees skips a version.
    const v = latest!.version;
    server.app.io.to(hallRoom(server.app.hall.hallId)).emit('queue:changed', { version: v + 2, queues: [{ queueId: 'market', waiting: 99 }] });
    await until(() => snapshots.length === 2);
    expect(latest!.queues.find((q) => q.id === 'market')?.waiting).toBe(1);
    expect(latest!.version).toBe(v);
  });

  it('closes Socket.IO on shutdown so clients can reconnect to the next server', async () => {
    const s = open();
    await next(s, 'hall:snapshot');
    const disconnected = new Promise<string>((resolve) => s.once('disconnect', resolve));
    await server.close();
    expect(await disconnected).toBe('transport close');
    expect(s.active).toBe(true);
    server = await startServer();
  });
});
