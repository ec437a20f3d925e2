import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, HallChangedEvent, ServerToClient } from '../../contract/events.js';
import { post } from '../cases/case-helpers.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let socket: Socket<ServerToClient, ClientToServer>;
beforeAll(async () => {
  server = await startServer();
  socket = connect(server.url, { transports: ['websocket'], forceNew: true });
});
afterAll(async () => {
  socket.close();
  await server.close();
});

describe('hall settings', () => {
  it('a supervisor reads, only an admin changes; the change is audited before → after and reaches the screens live', async () => {
    const sup = await server.login('supervisor');
    const admin = await server.login('admin');
    const before = (await server.app.inject({ url: '/api/settings', headers: { cookie: sup } })).json();
    expect((await post(server, '/api/settings', { notice: '下午 3 点起系统维护' }, sup)).statusCode).toBe(403);
    const pushed = new Promise<HallChangedEvent>((resolve) => socket.once('hall:changed', resolve));
    const after = await post(server, '/api/settings', { notice: '下午 3 点起系统维护', maxWaitMin: 60 }, admin);
    expect(after.json()).toMatchObject({ notice: '下午 3 点起系统维护', maxWaitMin: 60, recallLimit: before.recallLimit });
    expect((await pushed).hall.notice).toBe('下午 3 点起系统维护');
    const [entry] = server.app.hall.audit.recent(server.app.hall.hallId, 1, 'settings-changed');
    expect(JSON.parse(entry?.detail ?? '{}')).toEqual({ before: { notice: before.notice, maxWaitMin: before.maxWaitMin }, after: { notice: '下午 3 点起系统维护', maxWaitMin: 60 } });
    expect((await server.app.inject('/api/snapshot')).json().hall.notice).toBe('下午 3 点起系统维护');
  });

  it('refuses what does not make sense, changing nothing', async () => {
    const admin = await server.login('admin');
    expect((await post(server, '/api/settings', { timeZone: 'Mars/Olympus' }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/settings', { opensAt: '18:00', closesAt: '08:00' }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/settings', { recallLimit: 0 }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/settings', { secret: 1 }, admin)).json().error.code).toBe('validation-failed');
    const now = (await server.app.inject({ url: '/api/settings', headers: { cookie: admin } })).json();
    expect(now).toMatchObject({ timeZone: 'Asia/Shanghai', recallLimit: 3 });
  });
});
