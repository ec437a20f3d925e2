import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketDto } from '../../contract/dto.js';
import { post } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
const clock = movableClock(Date.UTC(2026, 11, 1, 8, 0, 0)); // Tue 2026-12-01 16:00 Xiamen
beforeAll(async () => {
  server = await startServer({ clock, dayCloser: { everyMs: 20 } });
});
afterAll(() => server.close());

const ticket = async (id: string) => (await server.app.inject(`/api/tickets/${id}`)).json<TicketDto>();
const issue = async (matterId: string) => (await post(server, '/api/tickets', { matterId })).json<TicketDto>();
const until = async (cond: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await cond()); i++) await new Promise((r) => setTimeout(r, 20));
  expect(await cond()).toBe(true);
};

describe('the end of the service day', () => {
  it('at midnight closes yesterday\'s waiting as not served and those at windows as abandoned; nothing of yesterday is called today', async () => {
    const c1 = await server.clerkAt(1);
    const c5 = await server.clerkAt(5);
    const called = await issue('market-005');
    const serving = await issue('housing-001');
    const waiting = await issue('market-005');
    await post(server, '/api/windows/1/call-next', {}, c1);
    await post(server, '/api/windows/5/call-next', {}, c5);
    await post(server, '/api/windows/5/start', {}, c5);
    expect((await ticket(waiting.id)).status).toBe('waiting');
    clock.advance(10 * 3_600_000); // 02:00 the next day
    await until(async () => (await ticket(waiting.id)).status !== 'waiting');
    expect((await ticket(waiting.id)).status).toBe('unserved');
    expect((await ticket(called.id)).status).toBe('abandoned');
    expect((await ticket(serving.id)).status).toBe('abandoned');
    const reasons = server.app.hall.database.sqlite.prepare<[string], { type: string; detail: string }>('SELECT type, detail FROM ticket_events WHERE ticket_id = ? ORDER BY id DESC LIMIT 1').get(waiting.id);
    expect(reasons).toEqual({ type: 'closed-unserved', detail: JSON.stringify({ reason: 'midnight' }) });
    // The windows hold nothing any more, and yesterday's line is not today's.
    const fresh1 = await server.login('clerk01');
    await post(server, '/api/windows/1/open', { takeover: true }, fresh1);
    expect((await server.app.inject({ url: '/api/windows/1/current', headers: { cookie: fresh1 } })).json()).toBeNull();
    expect((await post(server, '/api/windows/1/call-next', {}, fresh1)).json().error.code).toBe('queue-empty');
  });

  it('a supervisor closes today now (audited); a clerk may not', async () => {
    const waiting = await issue('market-005');
    const clerk = await server.login('clerk02');
    expect((await post(server, '/api/service-day/close', {}, clerk)).statusCode).toBe(403);
    const closed = await post(server, '/api/service-day/close', {}, await server.login('supervisor'));
    expect(closed.json()).toEqual({ unserved: 1, abandoned: 0 });
    expect((await ticket(waiting.id)).status).toBe('unserved');
    const audit = server.app.hall.audit.recent(server.app.hall.hallId, 5, 'service-day-closed');
    expect(audit).toHaveLength(1);
  });
});
