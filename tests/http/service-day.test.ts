import { afterEach, describe, expect, it } from 'vitest';
import type { TicketDto } from '../../contract/dto.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer | null = null;
afterEach(() => server?.close());

describe('numbering per service day', () => {
  it('restarts numbers at local midnight in the hall time zone, with no midnight job', async () => {
    // 23:58 in Shanghai is 15:58 UTC.
    const clock = movableClock(Date.UTC(2026, 10, 29, 15, 58, 0));
    server = await startServer({ clock }, false);
    const issue = async () => (await server!.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<TicketDto>();
    const late = [await issue(), await issue()];
    expect(late.map((t) => [t.number, t.serviceDay])).toEqual([['A001', '2026-11-29'], ['A002', '2026-11-29']]);
    clock.advance(3 * 60_000); // 00:01 local, still the 29th in UTC
    const early = await issue();
    expect([early.number, early.serviceDay]).toEqual(['A001', '2026-11-30']);
    // Yesterday's waiting tickets are not today's line.
    expect(early.peopleAhead).toBe(0);
    const cookie = await server.clerkAt(1);
    const call = await server.app.inject({ method: 'POST', url: '/api/windows/1/call-next', headers: { cookie } });
    expect(call.json().ticket.id).toBe(early.id);
    // Both days' tickets stay readable.
    expect((await server.app.inject(`/api/tickets/${late[0]!.id}`)).json<TicketDto>().number).toBe('A001');
  });
});
