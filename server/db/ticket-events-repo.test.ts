import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallNextResultDto } from '../../contract/dto.js';
import { movableClock } from '../../tests/support/clock.js';
import { startServer, type TestServer } from '../../tests/support/server.js';

let server: TestServer;
const clock = movableClock();
const DAY = '2026-11-30';
beforeEach(async () => {
  clock.set(Date.UTC(2026, 10, 30, 1, 0, 0)); // 09:00 in the hall's Asia/Shanghai
  server = await startServer({ clock }, false);
});
afterEach(() => server.close());

async function post(url: string, cookie?: string, payload: object = {}) {
  const r = await server.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  expect(r.statusCode, `${url}: ${r.body}`).toBeLessThan(300);
  clock.advance(60_000);
  return r;
}

describe('ticket history reads', () => {
  it('lists the day’s calls newest first, counting calls of a ticket at its window', async () => {
    const c5 = await server.clerkAt(5);
    const c6 = await server.clerkAt(6);
    for (let i = 0; i < 3; i++) await post('/api/tickets', undefined, { queueId: 'housing' });
    const first = (await post('/api/windows/5/call-next', c5)).json<CallNextResultDto>().ticket;
    await post('/api/windows/5/recall', c5);
    const second = (await post('/api/windows/6/call-next', c6)).json<CallNextResultDto>().ticket;
    const repo = server.app.hall.ticketEvents;
    const calls = repo.recentCalls(server.app.hall.hallId, DAY, 10);
    expect(calls.map((c) => [c.number, c.windowNumber, c.callCount])).toEqual([
      [second.number, 6, 1], [first.number, 5, 2], [first.number, 5, 1],
    ]);
    expect(calls[0]).toMatchObject({ windowId: 6, queueId: 'housing', at: clock() - 60_000 });
    expect(repo.recentCalls(server.app.hall.hallId, DAY, 2)).toHaveLength(2);
    expect(repo.recentCalls(server.app.hall.hallId, '2026-12-01', 10)).toEqual([]);
    expect(repo.recentCalls('another-hall', DAY, 10)).toEqual([]);
  });

  it('sums a clerk’s day: served, no-shows, transfers and the mean service time', async () => {
    const c5 = await server.clerkAt(5);
    for (let i = 0; i < 3; i++) await post('/api/tickets', undefined, { queueId: 'housing' });
    const repo = server.app.hall.ticketEvents;
    const clerk = (await server.app.inject({ url: '/api/auth/me', headers: { cookie: c5 } })).json<{ id: number }>().id;
    expect(repo.clerkDay(server.app.hall.hallId, clerk, DAY)).toEqual({ served: 0, noShows: 0, transferred: 0, avgMs: null });

    await post('/api/windows/5/call-next', c5);
    await post('/api/windows/5/start', c5);
    clock.advance(4 * 60_000); // served 5 minutes with post()'s own minute
    await post('/api/windows/5/finish', c5, { outcome: { kind: 'consultation' } });
    await post('/api/windows/5/call-next', c5);
    await post('/api/windows/5/no-show', c5);
    await post('/api/windows/5/call-next', c5);
    await post('/api/windows/5/transfer', c5, { queueId: 'market' });

    expect(repo.clerkDay(server.app.hall.hallId, clerk, DAY)).toEqual({ served: 1, noShows: 1, transferred: 1, avgMs: 5 * 60_000 });
    expect(repo.clerkDay(server.app.hall.hallId, clerk, '2026-12-01')).toEqual({ served: 0, noShows: 0, transferred: 0, avgMs: null });
    expect(repo.clerkDay('another-hall', clerk, DAY).served).toBe(0);
  });
});
