/**
 * Issue 14 goal 2: a call reaches each screen as ONE packet (`ticket:called` with the command's
 * other changes in `also`), and a screen's copy of the hall built from it is the same as the
 * server's own snapshot: number and window to show and speak, the window's new current number,
 * the queue's waiting count, the ticket's status.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { HallSnapshot } from '../../contract/dto.js';
import type { ClientToServer, ServerToClient, TicketCalledEvent } from '../../contract/events.js';
import { connectHall } from '../../ui/hall-socket.js';
import type { HallEvent } from '../../ui/hall-state.js';
import { startServer, type TestServer } from '../support/server.js';

const SCREENS = 20;
let server: TestServer;
const closers: { close(): void }[] = [];
/** A recall is refused too soon after the call: the test moves the hall's clock instead of waiting. */
let offsetMs = 0;
beforeEach(async () => {
  offsetMs = 0;
  server = await startServer({ clock: () => Date.now() + offsetMs });
});
afterEach(async () => {
  for (const s of closers.splice(0)) s.close();
  await server.close();
});

type Screen = Socket<ServerToClient, ClientToServer>;
interface Heard { screen: Screen; events: { name: string; payload: unknown }[] }

async function screens(n: number): Promise<Heard[]> {
  const out = Array.from({ length: n }, (): Heard => {
    const screen: Screen = connect(server.url, { transports: ['websocket'], forceNew: true });
    closers.push(screen);
    return { screen, events: [] };
  });
  await Promise.all(out.map((h) => new Promise((ok) => h.screen.once('hall:snapshot', ok))));
  for (const h of out) h.screen.onAny((name: string, payload: unknown) => h.events.push({ name, payload }));
  return out;
}
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await settle(10);
  }
};

describe('a call on the wire', () => {
  it('is exactly one ticket:called per screen socket, carrying number, window, queue count and ticket status', async () => {
    const cookie = await server.clerkAt(5);
    await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'housing' } });
    await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'housing' } });
    const heard = await screens(SCREENS);
    const r = await server.app.inject({ method: 'POST', url: '/api/windows/5/call-next', headers: { cookie } });
    expect(r.statusCode).toBe(200);
    await until(() => heard.every((h) => h.events.length > 0));
    // Whatever else might straggle in after the call would show up here.
    await settle(300);
    for (const h of heard) {
      expect(h.events.map((e) => e.name)).toEqual(['ticket:called']);
      const e = h.events[0]?.payload as TicketCalledEvent;
      expect(e.call).toMatchObject({ number: 'B001', windowNumber: 5, callCount: 1, queueId: 'housing' });
      const also = e.also ?? [];
      expect(also.map((x) => x.payload.version)).toEqual(also.map((_, i) => e.version + 1 + i));
      expect(also).toContainEqual(expect.objectContaining({ name: 'window:changed', payload: expect.objectContaining({
        window: expect.objectContaining({ number: 5, current: { number: 'B001', status: 'called', queueId: 'housing' } }) }) }));
      expect(also).toContainEqual(expect.objectContaining({ name: 'queue:changed', payload: expect.objectContaining({ queues: [{ queueId: 'housing', waiting: 1 }] }) }));
      expect(also).toContainEqual(expect.objectContaining({ name: 'ticket:changed', payload: expect.objectContaining({
        ticket: { number: 'B001', queueId: 'housing', status: 'called', windowNumber: 5 } }) }));
    }
  });

  it('a recall too is one packet; the shared client applies it as the separate events it stands for', async () => {
    const cookie = await server.clerkAt(5);
    await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'housing' } });
    let state: HallSnapshot | null = null;
    const applied: HallEvent['name'][] = [];
    const snapshots: HallSnapshot[] = [];
    const hall = connectHall({ url: server.url, onState: (s) => { state = s; }, onSnapshot: (s) => snapshots.push(s), onEvent: (e) => applied.push(e.name) });
    closers.push(hall);
    const [raw] = await screens(1);
    await until(() => snapshots.length === 1);
    await server.app.inject({ method: 'POST', url: '/api/windows/5/call-next', headers: { cookie } });
    offsetMs += 5 * 60_000;
    const recalled = await server.app.inject({ method: 'POST', url: '/api/windows/5/recall', headers: { cookie } });
    expect(recalled.statusCode, recalled.body).toBe(200);
    await until(() => applied.filter((n) => n === 'ticket:called').length === 2);
    expect(raw?.events.map((e) => e.name)).toEqual(['ticket:called', 'ticket:called']);
    expect(applied).toEqual(['ticket:called', 'ticket:changed', 'queue:changed', 'window:changed', 'ticket:called', 'ticket:changed', 'window:changed']);
    // No gap was seen (no resync), and the screen's state is the server's.
    expect(snapshots).toHaveLength(1);
    const fresh = await new Promise<HallSnapshot>((resolve) => hall.socket.emit('snapshot:request', resolve));
    const mine = state as HallSnapshot | null;
    expect(mine?.version).toBe(fresh.version);
    expect(mine?.windows.find((w) => w.number === 5)).toEqual(fresh.windows.find((w) => w.number === 5));
    expect(mine?.queues.find((q) => q.id === 'housing')?.waiting).toBe(0);
    expect(mine?.recentCalls.slice(0, 2).map((c) => [c.number, c.callCount])).toEqual([['B001', 2], ['B001', 1]]);
  });
});
