import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { WindowDto, WindowQueueDto } from '../../contract/dto.js';
import type { ClientToServer, ServerToClient, WindowChangedEvent } from '../../contract/events.js';
import type { AuditEntryDto } from '../../server/app/audit-log.js';
import { post } from '../cases/case-helpers.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let socket: Socket<ServerToClient, ClientToServer>;
let admin: string;
beforeAll(async () => {
  server = await startServer();
  socket = connect(server.url, { transports: ['websocket'], forceNew: true });
  admin = await server.login('admin');
});
afterAll(async () => {
  socket.close();
  await server.close();
});

const windows = async (): Promise<WindowDto[]> => (await server.app.inject('/api/windows')).json();
const pushedFor = (number: number) => new Promise<WindowChangedEvent>((resolve) => {
  const on = (e: WindowChangedEvent) => { if (e.window.number === number) { socket.off('window:changed', on); resolve(e); } };
  socket.on('window:changed', on);
});
const lastAudit = async (action: string): Promise<AuditEntryDto | undefined> =>
  (await server.app.inject({ url: `/api/audit?action=${action}&limit=1`, headers: { cookie: admin } })).json<AuditEntryDto[]>()[0];

describe('windows as the administrator sets them', () => {
  it('creates a window, audited, and the screens get it live', async () => {
    const pushed = pushedFor(40);
    const made = await post(server, '/api/windows', { number: 40, name: '40号窗口', nameEn: 'Window 40', queueIds: ['market'], overflowQueueIds: ['housing'] }, admin);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json<WindowDto>()).toMatchObject({ number: 40, state: 'closed', queueIds: ['market'], overflowQueueIds: ['housing'], clerk: null });
    expect((await pushed).window).toEqual(made.json());
    expect((await windows()).find((w) => w.number === 40)?.name).toBe('40号窗口');
    expect((await lastAudit('window-created'))?.detail).toEqual({
      before: null, after: { number: 40, name: '40号窗口', nameEn: 'Window 40', queueIds: ['market'], overflowQueueIds: ['housing'] },
    });
  });

  it('refuses an unknown queue, a queue both own and overflow, and a number in use, changing nothing', async () => {
    const count = (await windows()).length;
    const body = { number: 41, name: '41号窗口', nameEn: 'Window 41' };
    expect((await post(server, '/api/windows', { ...body, queueIds: ['nowhere'] }, admin)).json().error.code).toBe('queue-not-found');
    expect((await post(server, '/api/windows', { ...body, queueIds: ['market'], overflowQueueIds: ['market'] }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/windows', { ...body, number: 1, queueIds: ['market'] }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/admin/windows/2', { overflowQueueIds: ['market'] }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/admin/windows/999', { name: '无' }, admin)).json().error.code).toBe('window-not-found');
    expect((await windows()).length).toBe(count);
    expect((await windows()).find((w) => w.number === 2)?.overflowQueueIds).toEqual([]);
  });

  it('an open window takes its new queues from its next call; the change is audited before → after and pushed', async () => {
    const clerk = await server.clerkAt(1);
    const housing = await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'housing' } });
    expect(housing.statusCode).toBe(201);
    expect((await post(server, '/api/windows/1/call-next', {}, clerk)).json().error.code).toBe('queue-empty');
    const pushed = pushedFor(1);
    const changed = await post(server, '/api/admin/windows/1', { queueIds: ['market', 'housing'], name: '1号综合窗口' }, admin);
    expect(changed.json<WindowDto>()).toMatchObject({ state: 'open', queueIds: ['market', 'housing'], name: '1号综合窗口' });
    expect((await pushed).window.queueIds).toEqual(['market', 'housing']);
    const line = (await server.app.inject({ url: '/api/windows/1/queue', headers: { cookie: clerk } })).json<WindowQueueDto>();
    expect(line.waitingTotal).toBe(1);
    const called = await post(server, '/api/windows/1/call-next', {}, clerk);
    expect(called.json().ticket.queueId).toBe('housing');
    expect((await lastAudit('window-changed'))?.detail).toMatchObject({
      number: 1, before: { name: '1号窗 市场监管', queueIds: ['market'] }, after: { name: '1号综合窗口', queueIds: ['market', 'housing'] },
    });
  });
});

describe('the pause reason after a console reload', () => {
  it('the staff line carries why and since when; the public window does not', async () => {
    const clerk = await server.clerkAt(3);
    expect((await server.app.inject({ url: '/api/windows/3/queue', headers: { cookie: clerk } })).json<WindowQueueDto>().pause).toBeNull();
    expect((await post(server, '/api/windows/3/pause', { reason: 'meeting', note: '科室例会' }, clerk)).statusCode).toBe(200);
    // What a reloaded console asks for first.
    const line = (await server.app.inject({ url: '/api/windows/3/queue', headers: { cookie: clerk } })).json<WindowQueueDto>();
    expect(line.pause).toMatchObject({ reason: 'meeting', note: '科室例会' });
    expect(Date.parse(line.pause?.pausedAt ?? '')).not.toBeNaN();
    const pub = (await windows()).find((w) => w.number === 3);
    expect(pub?.state).toBe('paused');
    expect(JSON.stringify(pub)).not.toContain('科室例会');
    expect(Object.keys(pub ?? {}).sort()).toEqual(['clerk', 'current', 'id', 'name', 'nameEn', 'number', 'overflowQueueIds', 'queueIds', 'state']);
  });
});
