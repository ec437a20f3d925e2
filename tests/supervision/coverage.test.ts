import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Static } from '@sinclair/typebox';
import type { CoverageRow } from '../../contract/routes-supervision.js';
import { APPLICANT, serveAndFinish } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
const clock = movableClock(Date.UTC(2026, 2, 3, 1, 0, 0)); // Tue 2026-03-03
beforeAll(async () => {
  server = await startServer({ clock }, false);
});
afterAll(() => server.close());

describe('coverage (覆盖情况)', () => {
  it('counts each department\'s services at comprehensive windows and its cases by month against the 250 line', async () => {
    const market = await server.clerkAt(2);
    const general = await server.clerkAt(26);
    await serveAndFinish(server, market, 2, 'market-005', { kind: 'accepted', applicant: APPLICANT });
    await serveAndFinish(server, market, 2, 'market-005', { kind: 'consultation' });
    // A low-volume department's matter, served at an undifferentiated window.
    const lowMatter = server.app.hall.catalog.catalogOf(server.app.hall.hallId).matters.find((m) => m.queueId === 'general-livelihood' && m.handledBy === 'city');
    if (!lowMatter) throw new Error('no matter in the general livelihood queue');
    await serveAndFinish(server, general, 26, lowMatter.id, { kind: 'accepted', applicant: APPLICANT });
    const rows = (await server.app.inject({ url: '/api/reports/coverage?year=2026', headers: { cookie: await server.login('supervisor') } })).json<Static<typeof CoverageRow>[]>();
    const m = rows.find((r) => r.departmentId === 'market-supervision');
    expect(m).toMatchObject({ served: 2, servedAtComprehensiveWindows: 0, cases: 1, peakMonth: 3, belowThreshold: true });
    expect(m?.casesByMonth).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const low = rows.find((r) => r.departmentId === lowMatter.departmentId);
    expect(low).toMatchObject({ served: 1, servedAtComprehensiveWindows: 1, cases: 1 });
    expect(low?.mattersAtComprehensiveWindows).toBeGreaterThan(0);
    expect(rows.map((r) => r.departmentId)).toHaveLength(server.app.hall.catalog.catalogOf(server.app.hall.hallId).departments.length);
  });
});
