import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSheetDto } from '../../server/app/assessment.js';
import { post } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

const MIN = 60_000;
const clock = movableClock();
let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startServer({ clock }, false);
  admin = await server.login('admin');
});
afterAll(async () => server.close());

type Weights = StaffSheetDto['weights'];
/** The weighted mean of the parts that have a score, written here apart from the server's. */
function expectedTotal(parts: StaffSheetDto['parts'], w: Weights): number | null {
  const used = (Object.keys(w) as (keyof Weights)[]).filter((k) => parts[k] !== null && w[k] > 0);
  const weight = used.reduce((a, k) => a + w[k], 0);
  return weight === 0 ? null : Math.round((used.reduce((a, k) => a + (parts[k] ?? 0) * w[k], 0) / weight) * 10) / 10;
}

async function sheetOfClerk01(): Promise<StaffSheetDto> {
  const r = await server.app.inject({ url: '/api/assessment?from=2026-11-30&to=2026-11-30', headers: { cookie: admin } });
  const sheet = r.json<StaffSheetDto[]>().find((x) => x.staffNo === 'XM0001');
  if (!sheet) throw new Error(r.body);
  return sheet;
}

describe('assessment weights', () => {
  it('the hall\'s weights make the total, as the formula says; changing them is audited', async () => {
    const clerk = await server.clerkAt(1);
    const t = (await post(server, '/api/tickets', { queueId: 'market' })).json<{ id: string }>();
    await post(server, '/api/windows/1/call-next', {}, clerk);
    await post(server, '/api/windows/1/start', { ticketId: t.id }, clerk);
    clock.advance(5 * MIN);
    await post(server, '/api/windows/1/finish', { ticketId: t.id, outcome: { kind: 'consultation' } }, clerk);
    await post(server, '/api/windows/1/pause', { reason: 'break' }, clerk);
    clock.advance(30 * MIN);
    await post(server, '/api/windows/1/resume', {}, clerk);
    clock.advance(25 * MIN);

    const settings = (await server.app.inject({ url: '/api/settings', headers: { cookie: admin } })).json<{ assessmentWeights: Weights }>();
    expect(settings.assessmentWeights).toEqual({ attendance: 20, proficiency: 25, attitude: 15, department: 15, public: 25 });
    const before = await sheetOfClerk01();
    expect(before.weights).toEqual(settings.assessmentWeights);
    expect(before.parts.attendance).not.toBe(before.parts.proficiency);
    expect(before.total).toBe(expectedTotal(before.parts, before.weights));

    const weights = { attendance: 100, proficiency: 0, attitude: 0, department: 0, public: 0 };
    const changed = await post(server, '/api/settings', { assessmentWeights: weights }, admin);
    expect(changed.json().assessmentWeights).toEqual(weights);
    const after = await sheetOfClerk01();
    expect(after.weights).toEqual(weights);
    expect(after.parts).toEqual(before.parts);
    expect(after.total).toBe(after.parts.attendance);
    expect(after.total).not.toBe(before.total);

    const [entry] = server.app.hall.audit.recent(server.app.hall.hallId, 1, 'settings-changed');
    expect(JSON.parse(entry?.detail ?? '{}')).toEqual({ before: { assessmentWeights: settings.assessmentWeights }, after: { assessmentWeights: weights } });
  });

  it('refuses all-zero weights and weights out of range, changing nothing', async () => {
    const zero = { attendance: 0, proficiency: 0, attitude: 0, department: 0, public: 0 };
    expect((await post(server, '/api/settings', { assessmentWeights: zero }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/settings', { assessmentWeights: { ...zero, public: 101 } }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/settings', { assessmentWeights: { public: 10 } }, admin)).json().error.code).toBe('validation-failed');
    expect((await sheetOfClerk01()).weights.attendance).toBe(100);
  });
});
