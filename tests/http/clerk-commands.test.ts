import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallNextResultDto, CurrentTicketDto, TicketDto, WindowDto, WindowQueueDto } from '../../contract/dto.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
const clock = movableClock();
beforeEach(async () => {
  clock.set(Date.UTC(2026, 10, 30, 1, 0, 0));
  server = await startServer({ clock }, false);
});
afterEach(() => server.close());

function cmd(cookie: string | undefined, windowId: number, action: string, payload: object = {}) {
  return server.app.inject({ method: 'POST', url: `/api/windows/${windowId}/${action}`, payload, headers: cookie ? { cookie } : {} });
}
async function issue(queueId: string, extra: object = {}): Promise<TicketDto> {
  const r = await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId, ...extra } });
  expect(r.statusCode).toBe(201);
  clock.advance(1000);
  return r.json<TicketDto>();
}
const ticket = async (id: string) => (await server.app.inject(`/api/tickets/${id}`)).json<TicketDto>();

describe('auth on window commands', () => {
  it('401 without a session, 403 on a window the clerk does not hold, 401 for a bad password', async () => {
    expect((await cmd(undefined, 1, 'call-next')).statusCode).toBe(401);
    expect((await cmd(undefined, 1, 'call-next')).json().error.code).toBe('not-signed-in');
    const c1 = await server.clerkAt(1);
    const r = await cmd(c1, 2, 'call-next');
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('not-your-window');
    const bad = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'clerk01', password: 'nope' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('bad-credentials');
    const forged = await cmd('hall_sid=forged.signature', 1, 'call-next');
    expect(forged.statusCode).toBe(401);
  });

  it('refuses a second console on a held window unless it takes over explicitly', async () => {
    const first = await server.clerkAt(1);
    const second = await server.login('clerk02');
    const refused = await cmd(second, 1, 'open');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('window-taken');
    const taken = await cmd(second, 1, 'open', { takeover: true });
    expect(taken.statusCode).toBe(200);
    // The window's clerk is now the taker, not merely someone.
    const taker = (await server.app.inject({ url: '/api/auth/me', headers: { cookie: second } })).json<{ name: string; staffNo: string }>();
    expect(taken.json<WindowDto>().clerk).toMatchObject({ name: taker.name, staffNo: taker.staffNo });
    expect(taker.staffNo).not.toBe((await server.app.inject({ url: '/api/auth/me', headers: { cookie: first } })).json<{ staffNo: string }>().staffNo);
    expect((await cmd(first, 1, 'call-next')).json().error.code).toBe('not-your-window');
  });

  it('logout ends the session and leaves the idle window', async () => {
    const c = await server.clerkAt(3);
    await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c } });
    expect((await cmd(c, 3, 'call-next')).statusCode).toBe(401);
    const windows = (await server.app.inject('/api/windows')).json<WindowDto[]>();
    expect(windows.find((w) => w.id === 3)?.state).toBe('closed');
  });
});

describe('a window working through its line', () => {
  it('calls, recalls within bounds, starts and finishes with an outcome', async () => {
    const c = await server.clerkAt(1);
    const t1 = await issue('market');
    await issue('market');
    const called = await cmd(c, 1, 'call-next');
    expect(called.statusCode).toBe(200);
    expect(called.json<CallNextResultDto>()).toMatchObject({ ticket: { id: t1.id, status: 'called', callCount: 1, windowNumber: 1 }, reason: 'fifo' });
    expect((await cmd(c, 1, 'call-next')).json().error.code).toBe('window-busy');
    expect((await cmd(c, 1, 'recall')).json().error.code).toBe('recall-too-soon');
    clock.advance(21_000);
    expect((await cmd(c, 1, 'recall')).json<CurrentTicketDto>().callCount).toBe(2);
    clock.advance(21_000);
    expect((await cmd(c, 1, 'recall')).json<CurrentTicketDto>().callCount).toBe(3);
    clock.advance(21_000);
    expect((await cmd(c, 1, 'recall')).json().error.code).toBe('recall-limit-reached');
    expect((await cmd(c, 1, 'finish', { outcome: { kind: 'accepted' } })).json().error.code).toBe('ticket-not-serving');
    expect((await cmd(c, 1, 'start', { ticketId: 'some-other' })).json().error.code).toBe('ticket-not-active');
    const started = await cmd(c, 1, 'start', { ticketId: t1.id });
    expect(started.json<CurrentTicketDto>()).toMatchObject({ status: 'serving' });
    clock.advance(6 * 60_000);
    expect((await cmd(c, 1, 'finish', { outcome: { kind: 'one-time-notice', missingMaterials: [] } })).json().error.code).toBe('missing-materials-required');
    expect((await cmd(c, 1, 'finish', { outcome: { kind: 'not-accepted' } })).json().error.code).toBe('reason-required');
    expect((await cmd(c, 1, 'finish', { outcome: { kind: 'magic' } })).json().error.code).toBe('validation-failed');
    const done = await cmd(c, 1, 'finish', { outcome: { kind: 'one-time-notice', missingMaterials: ['营业执照副本'] }, ticketId: t1.id });
    expect(done.statusCode).toBe(200);
    expect(await ticket(t1.id)).toMatchObject({ status: 'done', windowId: 1 });
    const stats = (await server.app.inject({ url: '/api/me/stats', headers: { cookie: c } })).json();
    expect(stats).toMatchObject({ served: 1, noShows: 0, averageServiceMinutes: 6 });
    expect((await cmd(c, 1, 'recall')).json().error.code).toBe('window-idle');
  });

  it('marks a no-show, which slips back in line, and voids it on a second miss', async () => {
    const c = await server.clerkAt(1);
    const late = await issue('market');
    const others = [await issue('market'), await issue('market'), await issue('market'), await issue('market')];
    await cmd(c, 1, 'call-next');
    const r = await cmd(c, 1, 'no-show');
    expect(r.json<CurrentTicketDto>().status).toBe('waiting');
    // Default hall rule: slip back 3 places.
    expect((await ticket(late.id)).peopleAhead).toBe(3);
    const line = (await server.app.inject({ url: '/api/windows/1/queue', headers: { cookie: c } })).json<WindowQueueDto>();
    expect(line.waiting.map((w) => w.ticketId)).toEqual([others[0]!.id, others[1]!.id, others[2]!.id, late.id, others[3]!.id]);
    for (let i = 0; i < 3; i++) {
      await cmd(c, 1, 'call-next');
      await cmd(c, 1, 'start');
      await cmd(c, 1, 'finish', { outcome: { kind: 'on-the-spot' } });
    }
    expect((await cmd(c, 1, 'call-next')).json<CallNextResultDto>().ticket.id).toBe(late.id);
    await cmd(c, 1, 'no-show');
    expect((await ticket(late.id)).status).toBe('no_show');
    // Re-activation by staff within the hall's limit puts it at the back of the line.
    const back = await server.app.inject({ method: 'POST', url: `/api/tickets/${late.id}/reactivate`, headers: { cookie: c } });
    expect(back.json<TicketDto>()).toMatchObject({ status: 'waiting', peopleAhead: 1 });
  });

  it('transfers keeping the number and the place in time (一票到底)', async () => {
    const c1 = await server.clerkAt(1);
    const early = await issue('market');
    const resultsWaiting = await issue('results');
    await cmd(c1, 1, 'call-next');
    await cmd(c1, 1, 'start');
    const moved = await cmd(c1, 1, 'transfer', { queueId: 'results' });
    expect(moved.json<CurrentTicketDto>()).toMatchObject({ id: early.id, number: 'A001', queueId: 'results', status: 'waiting' });
    expect((await cmd(c1, 1, 'transfer', { queueId: 'results' })).json().error.code).toBe('window-idle');
    const c33 = await server.clerkAt(33);
    // The transferred ticket was issued first, so it is ahead of the results queue's own ticket.
    const next = (await cmd(c33, 33, 'call-next')).json<CallNextResultDto>();
    expect(next.ticket.id).toBe(early.id);
    expect((await ticket(resultsWaiting.id)).peopleAhead).toBe(0);
    expect((await cmd(c33, 33, 'transfer', { queueId: 'nowhere' })).json().error.code).toBe('queue-not-found');
  });

  it('pauses, refuses to call while paused, resumes and closes only when idle', async () => {
    const c = await server.clerkAt(2);
    await issue('market');
    expect((await cmd(c, 2, 'resume')).json().error.code).toBe('window-not-paused');
    expect((await cmd(c, 2, 'pause')).json<WindowDto>().state).toBe('paused');
    expect((await cmd(c, 2, 'call-next')).json().error.code).toBe('window-paused');
    expect((await cmd(c, 2, 'resume')).json<WindowDto>().state).toBe('open');
    await cmd(c, 2, 'call-next');
    expect((await cmd(c, 2, 'close')).json().error.code).toBe('window-busy');
    await cmd(c, 2, 'start');
    await cmd(c, 2, 'finish', { outcome: { kind: 'consultation' } });
    expect((await cmd(c, 2, 'close')).json<WindowDto>()).toMatchObject({ state: 'closed', clerk: null });
    expect((await cmd(c, 2, 'call-next')).json().error.code).toBe('not-your-window');
  });

  it('says the queue is empty, and serves overflow only when the own queue is', async () => {
    const c = await server.clerkAt(4);
    expect((await cmd(c, 4, 'call-next')).json().error.code).toBe('queue-empty');
    const spill = await issue('general-livelihood');
    const own = await issue('market');
    expect((await cmd(c, 4, 'call-next')).json<CallNextResultDto>().ticket.id).toBe(own.id);
    await cmd(c, 4, 'start');
    // A ticket taken for a queue is accepted for a named matter.
    expect((await cmd(c, 4, 'finish', { outcome: { kind: 'accepted' } })).json().error.code).toBe('matter-required');
    expect((await cmd(c, 4, 'finish', { outcome: { kind: 'accepted', matterId: 'market-002' } })).statusCode).toBe(200);
    const next = (await cmd(c, 4, 'call-next')).json<CallNextResultDto>();
    expect(next).toMatchObject({ ticket: { id: spill.id }, reason: 'overflow' });
  });

  it('rejects malformed window ids and bodies with field codes', async () => {
    const c = await server.clerkAt(1);
    const r = await cmd(c, 0, 'call-next');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe('windowId');
    expect((await cmd(c, 999, 'open')).json().error.code).toBe('window-not-found');
    expect((await cmd(c, 1, 'transfer', {})).json().error).toMatchObject({ code: 'validation-failed', field: 'queueId' });
  });
});
