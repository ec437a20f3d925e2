/**
 * Finding 6: any clerk could take over any window mid-service and finish its ticket, read any
 * window's line and re-activate any window's voided ticket. Now a clerk works their own window
 * and the ones serving the same queues; taking over a window with a visitor at it needs the same
 * clerk or a supervisor, and every takeover is in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse, SessionUserDto } from '../../contract/dto.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({}, false);
});
afterAll(async () => server.close());

const post = (url: string, cookie: string, payload: object = {}) => server.app.inject({ method: 'POST', url, headers: { cookie }, payload });
const code = (r: { json: () => unknown }) => (r.json() as { error?: { code: string } }).error?.code;

describe('windows a clerk may staff', () => {
  it('refuses another sub-domain’s window and tells the console which windows are allowed', async () => {
    const clerk01 = await server.login('clerk01');
    const r = await post('/api/windows/5/open', clerk01);
    expect([r.statusCode, code(r)]).toEqual([403, 'window-not-allowed']);
    const me = (await server.app.inject({ url: '/api/auth/me', headers: { cookie: clerk01 } })).json<SessionUserDto>();
    expect(me.allowedWindowIds).toEqual([1, 2, 3, 4]);
    expect((await post('/api/windows/2/open', clerk01)).statusCode).toBe(200);
    expect((await post('/api/windows/2/close', clerk01)).statusCode).toBe(200);
  });

  it('keeps a window’s line and its voided tickets to the staff who may work there', async () => {
    const clerk05 = await server.clerkAt(5);
    const clerk01 = await server.login('clerk01');
    const line = await server.app.inject({ url: '/api/windows/5/queue', headers: { cookie: clerk01 } });
    expect([line.statusCode, code(line)]).toEqual([403, 'window-not-allowed']);
    expect((await server.app.inject({ url: '/api/windows/5/queue', headers: { cookie: clerk05 } })).statusCode).toBe(200);

    server.app.hall.database.sqlite.prepare("UPDATE halls SET no_show_mode = 'void'").run();
    try {
      const t = (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'housing' } })).json<IssueTicketResponse>();
      expect((await post('/api/windows/5/call-next', clerk05)).statusCode).toBe(200);
      expect((await post('/api/windows/5/no-show', clerk05)).statusCode).toBe(200);
      const stranger = await post(`/api/tickets/${t.id}/reactivate`, clerk01);
      expect([stranger.statusCode, code(stranger)]).toEqual([403, 'window-not-allowed']);
      expect((await server.app.inject(`/api/tickets/${t.id}`)).json()).toMatchObject({ status: 'no_show' });
      expect((await post(`/api/tickets/${t.id}/reactivate`, clerk05)).json()).toMatchObject({ status: 'waiting' });
    } finally {
      server.app.hall.database.sqlite.prepare("UPDATE halls SET no_show_mode = 'slip'").run();
    }
  });
});

describe('an administrator’s list of windows', () => {
  it('replaces the default rule for that clerk, is audited, and can be put back', async () => {
    const admin = await server.login('admin');
    const setWindows = (windowIds: number[] | null) => post('/api/users/12/windows', admin, { windowIds });
    // clerk11 (user 12: the admin is user 1) normally staffs the real-estate windows 9–11.
    const set = await setWindows([19, 9]);
    expect(set.json()).toMatchObject({ username: 'clerk11', allowedWindowIds: [9, 19] });
    const clerk11 = await server.login('clerk11');
    expect((await post('/api/windows/19/open', clerk11)).statusCode).toBe(200);
    expect(code(await post('/api/windows/10/open', clerk11))).toBe('window-not-allowed');
    expect((await post('/api/windows/19/close', clerk11)).statusCode).toBe(200);

    expect(code(await setWindows([9, 99]))).toBe('window-not-found');
    expect(code(await post('/api/users/12/windows', await server.login('supervisor'), { windowIds: null }))).toBe('forbidden');
    const audit = server.app.hall.audit.recent(server.app.hall.hallId, 5, 'allowed-windows');
    expect(audit.map((a) => JSON.parse(a.detail ?? '{}'))).toEqual([{ userId: 12, windowIds: [9, 19] }]);

    expect((await setWindows(null)).json()).toMatchObject({ allowedWindowIds: null });
    expect((await post('/api/windows/10/open', clerk11)).statusCode).toBe(200);
  });
});

describe('takeover', () => {
  it('of a window serving a visitor needs the same clerk or a supervisor, and is audited', async () => {
    const clerk07 = await server.clerkAt(7);
    await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'medical-insurance' } });
    const called = await post('/api/windows/7/call-next', clerk07);
    expect(called.statusCode).toBe(200);

    // clerk08 may staff window 7 (same queue) but not take a visitor away from clerk07.
    const clerk08 = await server.login('clerk08');
    const refused = await post('/api/windows/7/open', clerk08, { takeover: true });
    expect([refused.statusCode, code(refused)]).toEqual([403, 'supervisor-required']);
    const finish = await post('/api/windows/7/finish', clerk08, { outcome: { kind: 'consultation' } });
    expect(finish.statusCode).toBe(403);

    // The same clerk from a second console may.
    const again = await server.login('clerk07');
    expect((await post('/api/windows/7/open', again, { takeover: true })).statusCode).toBe(200);
    // A supervisor may, and then acts for the window.
    const supervisor = await server.login('supervisor');
    expect((await post('/api/windows/7/open', supervisor, { takeover: true })).statusCode).toBe(200);
    expect((await post('/api/windows/7/start', supervisor)).statusCode).toBe(200);
    expect((await post('/api/windows/7/finish', supervisor, { outcome: { kind: 'consultation' } })).statusCode).toBe(200);

    const audit = server.app.hall.audit.recent(server.app.hall.hallId, 10, 'window-takeover');
    expect(audit.map((a) => a.actorName)).toEqual(['值班主任', expect.any(String)]);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ windowId: 7, ticket: expect.stringMatching(/^C\d{3}$/) });

    // With the window idle again, a colleague of the same queue may take it over.
    expect((await post('/api/windows/7/open', clerk08, { takeover: true })).statusCode).toBe(200);
  });
});
