/** The forward estimate is replayed once per hall change and roster write, and not trusted for long when nothing happens. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketDto } from '../../contract/dto.js';
import type { LiveBoardDto } from '../../server/app/live-board.js';
import { forecastReplays } from '../../server/app/estimates.js';
import { post } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

const clock = movableClock(Date.UTC(2026, 11, 2, 2, 0, 0)); // Wed 2026-12-02 10:00 in Xiamen
let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startServer({ clock }, false);
  admin = await server.login('admin');
});
afterAll(() => server.close());

const ticket = async (id: string) => (await server.app.inject(`/api/tickets/${id}`)).json<TicketDto>();

describe('forward estimate cache', () => {
  it('the live board tells what the kiosk would: its estimate for a new ticket is the next ticket\'s', async () => {
    await post(server, '/api/tickets', { queueId: 'science' });
    await post(server, '/api/tickets', { queueId: 'science' });
    const board = (await server.app.inject({ url: '/api/live', headers: { cookie: await server.login('supervisor') } })).json<LiveBoardDto>();
    const said = board.queues.find((q) => q.queueId === 'science')?.estimateMin;
    const next = (await post(server, '/api/tickets', { queueId: 'science' })).json<TicketDto>();
    expect(next.estimatedWaitMinutes).toBeGreaterThan(0);
    expect(said).toBe(next.estimatedWaitMinutes);
  });

  it('reading a ticket again reuses the replay; a roster write or a minute without news replays again', async () => {
    const first = (await post(server, '/api/tickets', { queueId: 'legal' })).json<TicketDto>();
    const second = (await post(server, '/api/tickets', { queueId: 'legal' })).json<TicketDto>();
    await ticket(second.id);
    const replays = forecastReplays(server.app.hall);
    const before = await ticket(second.id);
    await ticket(first.id);
    expect(forecastReplays(server.app.hall)).toBe(replays);
    expect(before.noServiceToday).toBeFalsy();

    // Window 19, the only legal window (not yet opened, planned until 12:00), is taken off today's plan:
    // the same, unchanged hall now says no service today.
    expect((await post(server, '/api/roster/days/2026-12-02', { windows: [19], spans: [] }, admin)).statusCode).toBe(200);
    const after = await ticket(second.id);
    expect(forecastReplays(server.app.hall)).toBe(replays + 1);
    expect(after.noServiceToday).toBe(true);

    clock.advance(61_000);
    await ticket(second.id);
    expect(forecastReplays(server.app.hall)).toBe(replays + 2);
  });
});
