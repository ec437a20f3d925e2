import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveBoardDto } from '../../contract/dto.js';
import { post } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
const clock = movableClock(Date.UTC(2026, 11, 2, 1, 0, 0));
beforeAll(async () => {
  server = await startServer({ clock }, false);
});
afterAll(() => server.close());

describe('pauses with a reason, and the attendance log', () => {
  it('logs sign-in, the pause and its reason, resume and sign-out; the live board shows a long pause', async () => {
    const clerk = await server.clerkAt(7);
    expect((await post(server, '/api/windows/7/pause', { reason: 'meeting', note: '业务培训' }, clerk)).statusCode).toBe(200);
    clock.advance(45 * 60_000);
    const board = (await server.app.inject({ url: '/api/live', headers: { cookie: await server.login('supervisor') } })).json<LiveBoardDto>();
    expect(board.windows.find((w) => w.number === 7)).toMatchObject({ state: 'paused', pauseReason: 'meeting: 业务培训', pausedForMin: 45 });
    expect(board.alerts.map((a) => a.kind)).toContain('window-paused-long');
    expect((await post(server, '/api/windows/7/pause', { reason: 'nap' }, clerk)).json().error.code).toBe('validation-failed');
    await post(server, '/api/windows/7/resume', {}, clerk);
    await post(server, '/api/windows/7/close', {}, clerk);
    const log = server.app.hall.database.sqlite.prepare<[], { type: string; reason: string | null }>('SELECT type, reason FROM window_log WHERE window_id = 7 ORDER BY id').all();
    expect(log).toEqual([
      { type: 'open', reason: null }, { type: 'pause', reason: 'meeting: 业务培训' }, { type: 'resume', reason: null }, { type: 'close', reason: null },
    ]);
  });
});
