/**
 * Report figures against an independent computation from the raw rows: a generated day of
 * services with every outcome, no-shows, transfers, cancellations, ratings and the day's close.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../common/csv.js';
import type { OutcomeDto, TicketDto } from '../../contract/dto.js';
import { post } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let supervisor: string;
const clock = movableClock(Date.UTC(2026, 11, 2, 1, 0, 0)); // Wed 2026-12-02 09:00 Xiamen
const MIN = 60_000;
const DAY = '2026-12-02';

/** A seeded pseudo-random walk, so the day is the same on every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

async function generateDay(): Promise<void> {
  const rnd = random(42);
  const clerks = new Map<number, string>();
  for (const w of [1, 2, 5, 26]) clerks.set(w, await server.clerkAt(w));
  const matters = ['market-005', 'market-002', 'housing-001', 'housing-003'];
  const outcomes: OutcomeDto[] = [
    { kind: 'accepted' }, { kind: 'on-the-spot' }, { kind: 'consultation' }, { kind: 'one-time-notice', missingMaterials: ['身份证'] }, { kind: 'not-accepted', reason: '不符合条件' },
  ];
  const issued: TicketDto[] = [];
  for (let i = 0; i < 40; i++) {
    const t = (await post(server, '/api/tickets', i % 7 === 6 ? { queueId: 'general-livelihood' } : { matterId: matters[i % matters.length] })).json<TicketDto>();
    issued.push(t);
    clock.advance(Math.round(rnd() * 3 * MIN));
    if (i % 11 === 10) await post(server, `/api/tickets/${t.id}/cancel`, {});
  }
  for (let round = 0; round < 8; round++) {
    for (const [w, cookie] of clerks) {
      const called = await post(server, `/api/windows/${w}/call-next`, {}, cookie);
      if (called.statusCode !== 200) continue;
      const id = called.json<{ ticket: TicketDto }>().ticket.id;
      clock.advance(Math.round((1 + rnd() * 4) * MIN));
      const r = rnd();
      if (r < 0.1) { await post(server, `/api/windows/${w}/no-show`, {}, cookie); continue; }
      await post(server, `/api/windows/${w}/start`, {}, cookie);
      if (r < 0.18 && w !== 26) { await post(server, `/api/windows/${w}/transfer`, { queueId: 'general-livelihood' }, cookie); continue; }
      clock.advance(Math.round((2 + rnd() * 10) * MIN));
      const outcome = outcomes[Math.floor(rnd() * outcomes.length)] ?? { kind: 'consultation' };
      const matterId = w === 26 ? { matterId: 'market-005' } : {};
      await post(server, `/api/windows/${w}/finish`, { outcome: { ...outcome, ...(outcome.kind === 'accepted' ? matterId : {}) } }, cookie);
      if (rnd() < 0.6) await post(server, `/api/tickets/${id}/rating`, { level: 1 + Math.floor(rnd() * 5) });
    }
  }
  // One ticket left at a window, the rest waiting: the day's close counts them.
  await post(server, '/api/tickets', { matterId: 'market-005' });
  expect((await post(server, '/api/windows/1/call-next', {}, clerks.get(1))).statusCode).toBe(200);
  await post(server, '/api/tickets', { matterId: 'housing-001' });
  await post(server, '/api/service-day/close', {}, supervisor);
}

interface Raw {
  window_id: number | null; matter_id: string | null;
  estimated_wait_minutes: number;
  id: string; issued_queue_id: string; queue_id: string; status: string; issued_at: number; called_at: number | null;
  started_at: number | null; finished_at: number | null; outcome: string | null;
}

/** The test's own arithmetic, straight from the rows: `ends` picks the tickets the group ended with, `issues` those issued to it. */
function expected(queueId: string) {
  return expectedFor((r) => r.queue_id === queueId, (r) => r.issued_queue_id === queueId);
}

function expectedFor(ends: (r: Raw) => boolean, issues: (r: Raw) => boolean) {
  const db = server.app.hall.database.sqlite;
  const rows = db.prepare<[string], Raw>('SELECT * FROM tickets WHERE service_day = ?').all(DAY);
  const transferred = new Set(db.prepare<[], { ticket_id: string }>("SELECT ticket_id FROM ticket_events WHERE type = 'transferred'").all().map((r) => r.ticket_id));
  const rating = new Map(db.prepare<[], { ticket_id: string; level: number }>('SELECT ticket_id, level FROM ratings WHERE annulled_at IS NULL AND ticket_id IS NOT NULL').all().map((r) => [r.ticket_id, r.level]));
  const mine = rows.filter(ends);
  const done = mine.filter((r) => r.status === 'done');
  let waitSum = 0; let waitN = 0; let waitMax = -1; let errSum = 0; let within = 0;
  for (const r of mine) {
    if (r.called_at === null) continue;
    const w = r.called_at - r.issued_at;
    waitSum += w; waitN += 1; waitMax = Math.max(waitMax, w);
    const err = Math.abs(w - r.estimated_wait_minutes * MIN);
    errSum += err;
    if (err <= 10 * MIN) within += 1;
  }
  let ratedN = 0; let satisfied = 0;
  for (const r of done) { const l = rating.get(r.id); if (l !== undefined) { ratedN += 1; if (l >= 4) satisfied += 1; } }
  const by = (k: string) => done.filter((r) => r.outcome === k).length;
  const substantive = done.length - by('consultation');
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    issued: rows.filter(issues).length, served: done.length,
    noShows: mine.filter((r) => r.status === 'no_show').length, cancelled: mine.filter((r) => r.status === 'cancelled').length,
    transfersOut: rows.filter((r) => issues(r) && transferred.has(r.id)).length,
    unserved: mine.filter((r) => r.status === 'unserved').length, abandoned: mine.filter((r) => r.status === 'abandoned').length,
    waitMeanMin: waitN ? r2(waitSum / waitN / MIN) : null, waitMaxMin: waitN ? r2(waitMax / MIN) : null,
    accepted: by('accepted'), oneTimeNotice: by('one-time-notice'), notAccepted: by('not-accepted'), onTheSpot: by('on-the-spot'), consultation: by('consultation'),
    oneTimeSuccessRate: substantive ? r2((by('accepted') + by('on-the-spot')) / substantive) : null,
    estimateErrorMeanMin: waitN ? r2(errSum / waitN / MIN) : null, estimateWithin10Share: waitN ? r2(within / waitN) : null,
    rated: ratedN, satisfied, satisfactionRate: ratedN ? r2(satisfied / ratedN) : null, ratedShare: done.length ? r2(ratedN / done.length) : null,
  };
}

beforeAll(async () => {
  server = await startServer({ clock }, false);
  supervisor = await server.login('supervisor');
  // Voided no-shows, so the day has some (the demo hall slips them back in line once).
  server.app.hall.database.sqlite.prepare("UPDATE halls SET no_show_mode = 'void'").run();
  await generateDay();
}, 120_000);
afterAll(() => server.close());

describe('the queue report', () => {
  it('every figure of every queue equals the test\'s own computation from the raw rows', async () => {
    const report = (await server.app.inject({ url: `/api/reports/queues?from=${DAY}&to=${DAY}`, headers: { cookie: supervisor } })).json<Record<string, unknown>[]>();
    const queues = server.app.hall.catalog.queuesOf(server.app.hall.hallId);
    expect(report.map((r) => r.queueId)).toEqual(queues.map((q) => q.id));
    for (const row of report) expect(row, String(row.queueId)).toMatchObject(expected(String(row.queueId)));
    // The generated day exercised what it claims to.
    const total = (k: string) => report.reduce((a, r) => a + Number(r[k]), 0);
    for (const k of ['served', 'noShows', 'transfersOut', 'cancelled', 'unserved', 'abandoned', 'rated', 'accepted', 'consultation']) expect(total(k), k).toBeGreaterThan(0);
  });

  it('the CSV has a BOM, the pinned columns, one row per queue and round-trips the figures', async () => {
    const r = await server.app.inject({ url: `/api/reports/queues.csv?from=${DAY}&to=${DAY}`, headers: { cookie: supervisor } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(r.body);
    expect(header).toEqual(expect.arrayContaining(['queueId', 'queueName', 'issued', 'served']));
    const json = (await server.app.inject({ url: `/api/reports/queues?from=${DAY}&to=${DAY}`, headers: { cookie: supervisor } })).json<Record<string, unknown>[]>();
    expect(rows).toHaveLength(json.length);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    rows.forEach((row, i) => {
      expect(row[col('queueName')]).toBe(json[i]?.queueName);
      expect(Number(row[col('served')])).toBe(json[i]?.served);
    });
  });

  it('supervisors and admins only; a bad range is a 400', async () => {
    const clerk = await server.login('clerk03');
    expect((await server.app.inject({ url: `/api/reports/queues.csv?from=${DAY}&to=${DAY}`, headers: { cookie: clerk } })).statusCode).toBe(403);
    expect((await server.app.inject({ url: '/api/reports/queues?from=2026-12-09&to=2026-12-01', headers: { cookie: supervisor } })).json().error.code).toBe('validation-failed');
  });

  it('per window and per matter the same figures hold, and the hours of a day add up to the day', async () => {
    const get = async (url: string) => (await server.app.inject({ url, headers: { cookie: supervisor } })).json<Record<string, unknown>[]>();
    const windows = await get(`/api/reports/by/window?from=${DAY}&to=${DAY}`);
    expect(windows.length).toBeGreaterThan(2);
    for (const row of windows) {
      const id = Number(row.key);
      expect(row, `window ${id}`).toMatchObject(expectedFor((r) => r.window_id === id, (r) => r.window_id === id));
    }
    const matters = await get(`/api/reports/by/matter?from=${DAY}&to=${DAY}`);
    for (const row of matters) expect(row, String(row.key)).toMatchObject(expectedFor((r) => r.matter_id === row.key, (r) => r.matter_id === row.key));
    const hours = await get(`/api/reports/by/matter?from=${DAY}&to=${DAY}&by=hour`);
    for (const m of matters) {
      const parts = hours.filter((h) => h.key === m.key);
      expect(parts.every((h) => /^\d{2}$/.test(String(h.period)))).toBe(true);
      expect(parts.reduce((a, h) => a + Number(h.served), 0)).toBe(m.served);
    }
  });

  it('the whole hall by hour of issue: the arrivals, waits and ratings from the raw rows', async () => {
    const hours = (await server.app.inject({ url: `/api/reports/by/hall?from=${DAY}&to=${DAY}&by=hour`, headers: { cookie: supervisor } })).json<Record<string, unknown>[]>();
    const hourOf = (at: number) => String((new Date(at).getUTCHours() + 8) % 24).padStart(2, '0'); // Xiamen is UTC+8, no summer time
    expect(hours.length).toBeGreaterThan(1);
    for (const row of hours) {
      const inHour = (r: Raw) => hourOf(r.issued_at) === row.period;
      expect(row, `hour ${String(row.period)}`).toMatchObject(expectedFor(inHour, inHour));
    }
  });

  it('windows\' occupancy: serving minutes over staffed, unpaused minutes, from the raw rows and the window log', async () => {
    const rows = (await server.app.inject({ url: `/api/reports/occupancy?from=${DAY}&to=${DAY}`, headers: { cookie: supervisor } }))
      .json<{ number: number; windowId: number; signedInMin: number; pausedMin: number; servingMin: number; occupancy: number | null }[]>();
    const db = server.app.hall.database.sqlite;
    const now = clock();
    for (const w of [1, 2, 5, 26]) {
      const row = rows.find((r) => r.number === w);
      const windowId = row?.windowId ?? -1;
      const done = db.prepare<[number, string], { s: number }>("SELECT coalesce(sum(finished_at - started_at), 0) AS s FROM tickets WHERE window_id = ? AND service_day = ? AND status = 'done'").get(windowId, DAY);
      const log = db.prepare<[number], { at: number; type: string }>('SELECT at, type FROM window_log WHERE window_id = ? ORDER BY id').all(windowId);
      let staffed = 0; let since: number | null = null;
      for (const e of log) {
        if (e.type === 'open') since = e.at;
        if (e.type === 'close' && since !== null) { staffed += e.at - since; since = null; }
      }
      if (since !== null) staffed += now - since;
      const servingMin = Math.round(((done?.s ?? 0) / MIN) * 10) / 10;
      expect(row, `window ${w}`).toMatchObject({ signedInMin: Math.round(staffed / MIN), pausedMin: 0, servingMin });
      expect(servingMin).toBeGreaterThan(0);
      expect(row?.occupancy).toBe(Math.round(((done?.s ?? 0) / staffed) * 100) / 100);
    }
    expect(rows.find((r) => r.number === 3)).toMatchObject({ signedInMin: 0, servingMin: 0, occupancy: null });
  });

  it('the cases report counts each accepted case once, by department and matter', async () => {
    const cases = (await server.app.inject({ url: `/api/reports/cases?from=${DAY}&to=${DAY}`, headers: { cookie: supervisor } })).json<{ received: number }[]>();
    const accepted = server.app.hall.database.sqlite.prepare<[string], { n: number }>('SELECT count(*) AS n FROM cases WHERE accepted_day = ?').get(DAY)?.n ?? 0;
    expect(accepted).toBeGreaterThan(0);
    expect(cases.reduce((a, c) => a + c.received, 0)).toBe(accepted);
  });
});

