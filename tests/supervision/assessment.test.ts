import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSheet } from '../../contract/routes-supervision.js';
import type { Static } from '@sinclair/typebox';
import { post, serveAndFinish } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
const clock = movableClock(Date.UTC(2026, 11, 2, 1, 0, 0)); // Wed 2026-12-02 09:00 Xiamen
const MIN = 60_000;
beforeAll(async () => {
  server = await startServer({ clock }, false);
});
afterAll(() => server.close());

describe('the staff sheet (考核)', () => {
  it('shows each part from the clerk\'s own facts, and the total of the parts that exist', async () => {
    const clerk = await server.clerkAt(2);
    const clerkId = server.app.hall.auth.userByName('clerk02')?.id ?? 0;
    clock.advance(10 * MIN);
    await post(server, '/api/windows/2/pause', { reason: 'meeting' }, clerk);
    clock.advance(20 * MIN);
    await post(server, '/api/windows/2/resume', {}, clerk);
    const a = await serveAndFinish(server, clerk, 2, 'market-002', { kind: 'accepted' });
    clock.advance(8 * MIN);
    const b = await serveAndFinish(server, clerk, 2, 'market-002', { kind: 'one-time-notice', missingMaterials: ['身份证'] });
    await serveAndFinish(server, clerk, 2, 'market-002', { kind: 'consultation' });
    await post(server, `/api/tickets/${a.ticket.id}/rating`, { level: 5 });
    await post(server, `/api/tickets/${b.ticket.id}/rating`, { level: 2, reasons: ['slow'] });
    const sup = await server.login('supervisor');
    const items = (await server.app.inject({ url: '/api/rectifications', headers: { cookie: sup } })).json<{ id: number }[]>();
    await post(server, `/api/rectifications/${items[0]?.id ?? 0}/steps`, { action: 'verify', note: '属实', finding: 'founded' }, sup);
    expect((await post(server, '/api/assessment/evaluations', { clerkId, month: '2026-12', score: 85, comment: '业务熟练' }, sup)).statusCode).toBe(200);
    clock.advance(30 * MIN);
    await post(server, '/api/windows/2/close', {}, clerk);
    const sheets = (await server.app.inject({ url: '/api/assessment?from=2026-12-01&to=2026-12-31', headers: { cookie: sup } })).json<Static<typeof StaffSheet>[]>();
    const mine = sheets.find((x) => x.clerkId === clerkId);
    if (!mine) throw new Error('no sheet for clerk02');
    expect(mine.facts).toMatchObject({ signedInMin: 68, pausedMin: { meeting: 20 }, served: 3, oneTimeNotices: 1, rated: 2, satisfied: 1, foundedRectifications: 1, oneTimeSuccessRate: 0.5 });
    // The parts, by the rules written out here: 20 of 68 minutes paused; half speed (instant services beat the norm) plus half of 1/2 one-time success.
    expect(mine.parts).toEqual({ attendance: Math.round((100 * 48) / 68), proficiency: 75, attitude: 80, department: 85, public: 50 });
    const w = mine.weights;
    const p = { attendance: Math.round((100 * 48) / 68), proficiency: 75, attitude: 80, department: 85, public: 50 };
    const total = (p.attendance * w.attendance + p.proficiency * w.proficiency + p.attitude * w.attitude + p.department * w.department + p.public * w.public)
      / (w.attendance + w.proficiency + w.attitude + w.department + w.public);
    expect(mine.total).toBe(Math.round(total * 10) / 10);
    // A clerk who did nothing has no parts and no total, not a perfect score.
    expect(sheets.find((x) => x.staffNo !== mine.staffNo && x.facts.served === 0)).toMatchObject({ parts: { attendance: null, proficiency: null, public: null }, total: null });
    const audit = server.app.hall.audit.recent(server.app.hall.hallId, 5, 'staff-evaluation');
    expect(audit).toHaveLength(1);
  });
});
