import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, RatingRequestedEvent, ServerToClient } from '../../contract/events.js';
import { post, serveAndFinish } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { pairKiosk } from '../support/devices.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let clerk2: string;
const clock = movableClock(Date.UTC(2026, 11, 4, 1, 0, 0)); // Fri 2026-12-04 09:00 Xiamen
const DAY = 86_400_000;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startServer({ clock });
  clerk2 = await server.clerkAt(2);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

function open(auth: object): Socket<ServerToClient, ClientToServer> {
  const s: Socket<ServerToClient, ClientToServer> = connect(server.url, { auth, transports: ['websocket'], forceNew: true });
  sockets.push(s);
  return s;
}
const connected = (s: Socket) => new Promise<void>((resolve) => (s.connected ? resolve() : s.once('connect', () => resolve())));
const supervisor = () => server.login('supervisor');
/** A round trip on the socket: whatever the server sent it before is delivered by then (one socket's messages keep their order). */
const flush = (s: Socket<ServerToClient, ClientToServer>) => new Promise<void>((resolve) => s.emit('snapshot:request', () => resolve()));
const get = async (url: string, cookie?: string) => server.app.inject({ url, headers: cookie ? { cookie } : {} });

describe('the rating pad', () => {
  it('gets the service its window finished, rates it once, and nobody else can', async () => {
    const pad = open({ pad: 2 });
    const otherPad = open({ pad: 3 });
    const screen = open({});
    await Promise.all([connected(pad), connected(otherPad), connected(screen)]);
    const seen: string[] = [];
    for (const s of [otherPad, screen]) s.on('rating:requested', (e) => seen.push(e.ticketNumber));
    const offered = new Promise<RatingRequestedEvent>((resolve) => pad.once('rating:requested', resolve));
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    const invite = await offered;
    expect(invite).toMatchObject({ windowNumber: 2, ticketNumber: ticket.number });
    // Window 3's pad cannot rate window 2's service, even holding its invitation.
    const wrong = await post(server, '/api/ratings/pad', { windowNumber: 3, token: invite.token, level: 5 });
    expect(wrong.json().error.code).toBe('rating-invite-invalid');
    const done = new Promise((resolve) => pad.once('rating:done', resolve));
    const rated = await post(server, '/api/ratings/pad', { windowNumber: 2, token: invite.token, level: 4 });
    expect(rated.statusCode, rated.body).toBe(200);
    await done;
    await Promise.all([flush(otherPad), flush(screen)]);
    expect((await post(server, '/api/ratings/pad', { windowNumber: 2, token: invite.token, level: 1 })).json().error.code).toBe('rating-invite-invalid');
    expect((await post(server, `/api/tickets/${ticket.id}/rating`, { level: 1 })).json().error.code).toBe('already-rated');
    expect(seen).toEqual([]);
  });

  it('a reconnecting pad is offered the open service again; a newer service replaces it', async () => {
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    const late = open({ pad: 2 });
    const offered = await new Promise<RatingRequestedEvent>((resolve) => late.once('rating:requested', resolve));
    expect(offered.ticketNumber).toBe(ticket.number);
    const newer = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    expect((await post(server, '/api/ratings/pad', { windowNumber: 2, token: offered.token, level: 5 })).json().error.code).toBe('rating-invite-invalid');
    expect((await get(`/api/tickets/${newer.ticket.id}/rating`)).json()).toMatchObject({ rated: null, open: true });
  });

  it('in a hall with paired pads, only the device paired and bound to the window is offered the service', async () => {
    server.app.hall.database.sqlite.prepare("UPDATE halls SET rating_pads = 'paired'").run();
    try {
      const admin = await server.login('admin');
      const keyOf2 = await pairKiosk(server.app, 'K02');
      const keyOf3 = await pairKiosk(server.app, 'K01');
      expect((await post(server, '/api/devices/K02/window', { windowNumber: 2 }, admin)).json()).toMatchObject({ id: 'K02', windowNumber: 2 });
      expect((await post(server, '/api/devices/K01/window', { windowNumber: 3 }, admin)).json().windowNumber).toBe(3);
      expect((await post(server, '/api/devices/K01/window', { windowNumber: 999 }, admin)).json().error.code).toBe('window-not-found');
      const stranger = open({ pad: 2 });
      const otherPad = open({ pad: 2, deviceKey: keyOf3 });
      const pad = open({ pad: 2, deviceKey: keyOf2 });
      await Promise.all([connected(stranger), connected(otherPad), connected(pad)]);
      const seen: string[] = [];
      for (const s of [stranger, otherPad]) s.on('rating:requested', (e) => seen.push(e.ticketNumber));
      const offered = new Promise<RatingRequestedEvent>((resolve) => pad.once('rating:requested', resolve));
      const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
      expect((await offered).ticketNumber).toBe(ticket.number);
      await Promise.all([flush(stranger), flush(otherPad)]);
      expect(seen).toEqual([]);
    } finally {
      server.app.hall.database.sqlite.prepare("UPDATE halls SET rating_pads = 'open'").run();
    }
  });
});

describe('rating from the phone', () => {
  it('only a finished service, once, until the end of the next working day; not rated stays not rated', async () => {
    const waiting = (await post(server, '/api/tickets', { matterId: 'housing-001' })).json();
    expect((await post(server, `/api/tickets/${waiting.id}/rating`, { level: 5 })).json().error.code).toBe('ticket-not-done');
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    // Friday's service: open over the weekend until Monday.
    expect((await get(`/api/tickets/${ticket.id}/rating`)).json()).toEqual({ rated: null, until: '2026-12-07', open: true });
    const mine = (await get('/api/me/ratings', clerk2)).json();
    expect(mine.served).toBeGreaterThan(mine.rated);
    expect(mine.satisfactionRate).toBe(1); // the one 满意 (4) above; the unrated ones do not count as satisfied
    clock.advance(4 * DAY); // Tue
    expect((await post(server, `/api/tickets/${ticket.id}/rating`, { level: 5 })).json().error.code).toBe('rating-closed');
    clock.advance(-4 * DAY);
  });

  it('a bad rating opens a follow-up due in 15 working days, for the window\'s department', async () => {
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    const r = await post(server, `/api/tickets/${ticket.id}/rating`, { level: 2, reasons: ['long-wait', 'attitude'], text: '等了很久', phone: '13900002222' });
    expect(r.json()).toMatchObject({ rated: 2, open: false });
    const list = (await get('/api/rectifications?open=true', await supervisor())).json();
    const item = list.find((i: { number: string }) => i.number === ticket.number);
    expect(item).toMatchObject({ kind: 'rating', status: 'open', dueDate: '2026-12-25', departmentId: 'market-supervision', level: 2, reasons: ['long-wait', 'attitude'] });
    expect((await get('/api/rectifications', clerk2)).statusCode).toBe(403);
    expect((await get('/api/rectifications', await server.login('ap-market-supervision'))).statusCode).toBe(403);
  });
});
