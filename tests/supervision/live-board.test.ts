import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { LiveBoardDto } from '../../contract/dto.js';
import type { ClientToServer, ServerToClient } from '../../contract/events.js';
import { APPLICANT, post, serveAndFinish } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
const clock = movableClock(Date.UTC(2026, 11, 2, 1, 0, 0));
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startServer({ clock });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

function open(cookie?: string): Socket<ServerToClient, ClientToServer> {
  const s: Socket<ServerToClient, ClientToServer> = connect(server.url, {
    auth: { admin: true }, transports: ['websocket'], forceNew: true,
    extraHeaders: { origin: server.url, ...(cookie ? { cookie } : {}) },
  });
  sockets.push(s);
  return s;
}
const nextBoard = (s: Socket<ServerToClient, ClientToServer>, ok: (b: LiveBoardDto) => boolean) =>
  new Promise<LiveBoardDto>((resolve) => {
    const on = (b: LiveBoardDto) => {
      if (!ok(b)) return;
      s.off('live:board', on);
      resolve(b);
    };
    s.on('live:board', on);
  });

describe('the live board', () => {
  it('names every queue, and is pushed to a signed-in supervisor as calls happen, never to a screen', async () => {
    const board = (await server.app.inject({ url: '/api/live', headers: { cookie: await server.login('supervisor') } })).json<LiveBoardDto>();
    expect(board.queues.map((q) => q.queueId)).toEqual(server.app.hall.catalog.queuesOf(server.app.hall.hallId).map((q) => q.id));
    const sup = open(await server.login('supervisor'));
    const screen = open();
    let screenBoards = 0;
    screen.on('live:board', () => { screenBoards += 1; });
    await nextBoard(sup, () => true);
    await post(server, '/api/tickets', { matterId: 'market-005' });
    clock.advance(50 * 60_000);
    const waiting = await nextBoard(sup, (b) => b.queues.find((q) => q.queueId === 'market')?.waiting === 1);
    // 50 minutes with no open window for the market queue: both alerts are raised.
    expect(waiting.alerts.map((a) => a.kind)).toEqual(expect.arrayContaining(['long-wait', 'no-open-window']));
    const clerk = await server.clerkAt(1);
    await post(server, '/api/windows/1/call-next', {}, clerk);
    const called = await nextBoard(sup, (b) => b.windows.find((w) => w.number === 1)?.currentStatus === 'called');
    expect(called.queues.find((q) => q.queueId === 'market')).toMatchObject({ waiting: 0, issuedToday: 1, openWindows: 1 });
    expect(screenBoards).toBe(0);
  });

  it('counts the cases past their due day whose clock runs, not those waiting for a supplement', async () => {
    const clerk = await server.login('clerk02');
    await post(server, '/api/windows/2/open', { takeover: true }, clerk);
    const late = await serveAndFinish(server, clerk, 2, 'market-005', { kind: 'accepted', applicant: APPLICANT });
    const stopped = await serveAndFinish(server, clerk, 2, 'market-005', { kind: 'accepted', applicant: APPLICANT });
    await post(server, `/api/cases/${stopped.answer.case?.number ?? ''}/supplement-request`, { materials: ['营业执照'] }, await server.login('ap-market-supervision'));
    expect(late.answer.case).not.toBeNull();
    clock.advance(20 * 86_400_000);
    const board = (await server.app.inject({ url: '/api/live', headers: { cookie: await server.login('supervisor') } })).json<LiveBoardDto>();
    expect(board.alerts.find((a) => a.kind === 'cases-overdue')?.text).toBe('1 件办件已超期');
  });
});

