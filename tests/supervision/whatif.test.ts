/**
 * What if (推演, issue 13) over HTTP: a small day generated in the database (issue, call, start,
 * finish with a movable clock) replayed by the simulator in a worker thread, with the day's own
 * roster and with another.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketDto } from '../../contract/dto.js';
import type { RosterDayDto } from '../../contract/routes-roster.js';
import type { WhatIfResultDto, WhatIfRosterDto } from '../../contract/routes-whatif.js';
import { post } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let supervisor: string;
const clock = movableClock(Date.UTC(2026, 11, 2, 1, 0, 0)); // Wed 2026-12-02 09:00 Xiamen
const MIN = 60_000;
const DAY = '2026-12-02';
let baselineRoster: WhatIfRosterDto;

/** 24 visitors over the morning at windows 1, 2 and 26; one no-show, one cancelled. */
async function generateDay(): Promise<void> {
  const clerks = new Map<number, string>();
  for (const w of [1, 2, 26]) clerks.set(w, await server.clerkAt(w));
  const matters = ['market-005', 'market-002', 'general-livelihood-002'];
  for (let i = 0; i < 24; i++) {
    const t = (await post(server, '/api/tickets', { matterId: matters[i % matters.length] })).json<TicketDto>();
    if (i === 5) await post(server, `/api/tickets/${t.id}/cancel`, {});
    clock.advance(2 * MIN);
  }
  for (let round = 0; round < 9; round++) {
    for (const [w, cookie] of clerks) {
      if ((await post(server, `/api/windows/${w}/call-next`, {}, cookie)).statusCode !== 200) continue;
      clock.advance(MIN);
      if (round === 1 && w === 2) { await post(server, `/api/windows/${w}/no-show`, {}, cookie); continue; }
      await post(server, `/api/windows/${w}/start`, {}, cookie);
      clock.advance((4 + ((round * 3 + w) % 7)) * MIN);
      await post(server, `/api/windows/${w}/finish`, { outcome: { kind: 'consultation' } }, cookie);
    }
  }
  await post(server, '/api/service-day/close', {}, supervisor);
  clock.set(Date.UTC(2026, 11, 3, 1, 0, 0)); // the next morning: the day is past
  supervisor = await server.login('supervisor');
}

const whatIf = (body: object, cookie = supervisor) => server.app.inject({ method: 'POST', url: '/api/whatif', payload: body, headers: { cookie } });
const withoutWallTime = (r: WhatIfResultDto['baseline']) => ({ ...r.summary, run: { ...r.summary.run, wallTimeMs: 0 } });

beforeAll(async () => {
  server = await startServer({ clock });
  supervisor = await server.login('supervisor');
  await generateDay();
  const plan = (await server.app.inject({ url: `/api/roster?day=${DAY}`, headers: { cookie: supervisor } })).json<RosterDayDto>();
  baselineRoster = { windows: plan.windows.filter((w) => w.spans.length > 0).map((w) => ({ number: w.number, open: w.spans })) };
}, 120_000);
afterAll(() => server.close());

describe('POST /api/whatif', () => {
  it('a past day with its own roster gives the same figures on both sides, from the day\'s tickets', async () => {
    const r = await whatIf({ source: { day: DAY }, roster: baselineRoster });
    expect(r.statusCode, r.body).toBe(200);
    const result = r.json<WhatIfResultDto>();
    expect(result.baseline.summary.run.visitors).toBe(23); // the cancelled ticket is left out
    expect(result.baseline.roster).toEqual(baselineRoster);
    expect(withoutWallTime(result.alternative)).toEqual(withoutWallTime(result.baseline));
    expect(result.alternative.reportHtml).toContain('模拟日报告');
    expect(result.notes.join('\n')).toContain('cancelled');
    expect(result.baseline.summary.queues.market?.served).toBeGreaterThan(0);
  }, 60_000);

  it('with windows removed the alternative waits longer', async () => {
    const fewer = { windows: baselineRoster.windows.filter((w) => w.number === 1 || w.number === 26) };
    const r = await whatIf({ source: { day: DAY }, roster: fewer });
    expect(r.statusCode, r.body).toBe(200);
    const { baseline, alternative } = r.json<WhatIfResultDto>();
    expect(alternative.summary.queues.market?.waitMeanMin ?? 0).toBeGreaterThan(baseline.summary.queues.market?.waitMeanMin ?? 0);
    expect(Object.keys(alternative.summary.windows)).toEqual(['1', '26']);
  }, 60_000);

  it('a bad scenario file lists every problem (400 scenario-invalid), as does a bad roster', async () => {
    const bad = { date: '2026-02-30', windows: [{ number: 1, open: [['09:00', '08:00']] }], visitors: [{ arrive: '08:00', serviceMinutes: 0 }] };
    const r = await whatIf({ source: { scenario: JSON.stringify(bad) }, roster: { windows: [] } });
    expect(r.statusCode).toBe(400);
    const { code, message } = r.json<{ error: { code: string; message: string } }>().error;
    expect(code).toBe('scenario-invalid');
    for (const path of ['date', 'windows[0].open[0]', 'visitors[0]: names neither', 'visitors[0].serviceMinutes']) expect(message).toContain(path);
    const small = readFileSync('server/sim/scenarios/small.json', 'utf8');
    const roster = await whatIf({ source: { scenario: small }, roster: { windows: [{ number: 1, open: [['10:00', '12:00'], ['11:00', '13:00']] }, { number: 999, open: [] }] } });
    expect(roster.statusCode).toBe(400);
    expect(roster.json<{ error: { message: string } }>().error.message).toMatch(/overlap[\s\S]*no window 999|no window 999[\s\S]*overlap/);
    expect((await whatIf({ source: { day: '2026-11-01' }, roster: { windows: [] } })).json<{ error: { code: string } }>().error.code).toBe('scenario-invalid');
  });

  it('a clerk gets 403; an admin may run it', async () => {
    const clerk = await server.login('clerk03');
    expect((await whatIf({ source: { day: DAY }, roster: baselineRoster }, clerk)).statusCode).toBe(403);
    const admin = await server.login('admin');
    expect((await whatIf({ source: { day: '2026-11-01' }, roster: { windows: [] } }, admin)).statusCode).toBe(400);
  });

  it('one run at a time: a second request meanwhile gets 409 whatif-busy, and the next one runs', async () => {
    const body = { source: { day: DAY }, roster: baselineRoster };
    const both = await Promise.all([whatIf(body), whatIf(body)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)?.json<{ error: { code: string } }>().error.code).toBe('whatif-busy');
    expect((await whatIf(body)).statusCode).toBe(200);
  }, 90_000);
});
