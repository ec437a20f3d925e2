import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDto } from '../../contract/dto.js';
import type { QueueSettingsDto } from '../../contract/routes-catalog-admin.js';
import { post } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

const MIN = 60_000;
/** 09:00 in Xiamen (UTC+8) on a Monday. */
const NINE = Date.UTC(2026, 10, 30, 1, 0, 0);
const at = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return NINE + ((h - 9) * 60 + m) * MIN;
};

const clock = movableClock(NINE);
let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startServer({ clock }, false);
  admin = await server.login('admin');
});
afterAll(() => server.close());

const catalog = async (): Promise<CatalogDto> => (await server.app.inject('/api/catalog')).json<CatalogDto>();
const ticketFor = (queueId: string) => post(server, '/api/tickets', { queueId });

describe('editing queues', () => {
  it('an admin sets a queue\'s hours and stop margin: audited before → after, told to kiosks, enforced when issuing', async () => {
    const version = (await catalog()).hall.catalogVersion;
    const r = await post(server, '/api/queues/housing', { opensAt: '09:00', closesAt: '12:00', stopIssuingMin: 30, dailyCap: 200 }, admin);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<QueueSettingsDto>()).toMatchObject({ id: 'housing', opensAt: '09:00', closesAt: '12:00', stopIssuingMin: 30, dailyCap: 200, issuingUntil: '11:30' });
    const [entry] = server.app.hall.audit.recent(server.app.hall.hallId, 1, 'queue-changed');
    expect(JSON.parse(entry?.detail ?? '{}')).toEqual({
      queueId: 'housing',
      before: { opensAt: null, closesAt: null, stopIssuingMin: 0, dailyCap: 0 },
      after: { opensAt: '09:00', closesAt: '12:00', stopIssuingMin: 30, dailyCap: 200 },
    });
    const listed = await catalog();
    expect(listed.hall.catalogVersion).toBe(version + 1);
    expect(listed.queues.find((q) => q.id === 'housing')?.issuingUntil).toBe('11:30');
    expect(listed.queues.find((q) => q.id === 'market')?.issuingUntil).toBe(null);

    clock.set(at('08:59'));
    expect((await ticketFor('housing')).json().error.code).toBe('outside-hours');
    clock.set(at('11:29'));
    expect((await ticketFor('housing')).statusCode).toBe(201);
    clock.set(at('11:30'));
    const stopped = await ticketFor('housing');
    expect(stopped.statusCode).toBe(409);
    expect(stopped.json().error).toMatchObject({ code: 'outside-hours', message: expect.stringMatching(/stopped issuing at 11:30.*resume at 09:00/) });
    // The hall's own hours (all day in the demo) still apply to the other queues.
    expect((await ticketFor('market')).statusCode).toBe(201);
  });

  it('a stop margin without own hours counts back from the hall\'s close', async () => {
    expect((await post(server, '/api/settings', { opensAt: '08:30', closesAt: '17:00' }, admin)).statusCode).toBe(200);
    expect((await post(server, '/api/queues/finance', { stopIssuingMin: 60 }, admin)).json<QueueSettingsDto>().issuingUntil).toBe('16:00');
    clock.set(at('15:59'));
    expect((await ticketFor('finance')).statusCode).toBe(201);
    clock.set(at('16:00'));
    expect((await ticketFor('finance')).json().error.code).toBe('outside-hours');
    expect((await ticketFor('legal')).statusCode).toBe(201);
  });

  it('the live board warns at the queue\'s own wait threshold', async () => {
    clock.set(at('10:00'));
    expect((await post(server, '/api/queues/science', { alertWaitMin: 5 }, admin)).statusCode).toBe(200);
    expect((await ticketFor('science')).statusCode).toBe(201);
    expect((await ticketFor('transport')).statusCode).toBe(201);
    clock.set(at('10:06'));
    const live = await server.app.inject({ url: '/api/live', headers: { cookie: admin } });
    const longWaits = live.json<{ alerts: { kind: string; queueId: string | null }[] }>().alerts.filter((a) => a.kind === 'long-wait').map((a) => a.queueId);
    expect(longWaits).toContain('science');
    expect(longWaits).not.toContain('transport');
  });

  it('a new prefix letter numbers the next tickets, counting on from today\'s', async () => {
    clock.set(at('10:00'));
    const before = (await ticketFor('legal')).json<{ number: string }>().number;
    expect((await post(server, '/api/queues/legal', { prefix: 'Y' }, admin)).statusCode).toBe(200);
    const after = (await ticketFor('legal')).json<{ number: string }>().number;
    expect(after).toBe(`Y${String(Number(before.slice(1)) + 1).padStart(3, '0')}`);
    expect((await catalog()).queues.find((q) => q.id === 'legal')?.prefix).toBe('Y');
  });

  it('a supervisor cannot change a queue; nonsense is refused and changes nothing', async () => {
    const supervisor = await server.login('supervisor');
    expect((await post(server, '/api/queues/market', { dailyCap: 1 }, supervisor)).statusCode).toBe(403);
    expect((await post(server, '/api/queues/market', { opensAt: '12:00', closesAt: '09:00' }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/queues/market', { opensAt: '25:00' }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/queues/market', { prefix: 'B' }, admin)).json().error.message).toContain('housing');
    expect((await post(server, '/api/queues/market', { prefix: 'I' }, admin)).json().error.code).toBe('validation-failed');
    expect((await post(server, '/api/queues/nowhere', { dailyCap: 1 }, admin)).json().error.code).toBe('queue-not-found');
    const market = await post(server, '/api/queues/market', { open: true }, admin);
    expect(market.json<QueueSettingsDto>()).toMatchObject({ opensAt: null, closesAt: null, dailyCap: 0, open: true });
  });
});
