/**
 * Every administrator's change leaves a row in the audit log. Driven from the route table: each
 * admin POST route is either driven here and must add its row, or excused with the reason, so a
 * new admin route without an audit row fails until someone decides which it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDto } from '../../contract/dto.js';
import { ROUTES } from '../../contract/routes.js';
import { MaterialInput, MatterCreate } from '../../contract/routes-catalog-admin.js';
import type { AuditEntryDto } from '../../server/app/audit-log.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

interface Ctx { server: TestServer; admin: string }
type Answer = { statusCode: number; body: string };
interface Audited { action?: string; drive: (c: Ctx) => Promise<Answer> }

const send = (c: Ctx, url: string, payload: object = {}) => c.server.app.inject({ method: 'POST', url, payload, headers: { cookie: c.admin } });
const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

async function marketMatter(c: Ctx): Promise<Record<string, unknown>> {
  const catalog = (await c.server.app.inject('/api/catalog')).json<CatalogDto>();
  const m = catalog.matters.find((x) => x.id === 'market-005');
  if (!m) throw new Error('no market-005');
  return m;
}

/** How each audited route is driven, and the action it records (engineer A's catalogue routes: any row). */
const AUDITED: Record<string, Audited> = {
  'POST /api/users/:id/password': { action: 'password-reset', drive: (c) => send(c, '/api/users/2/password') },
  'POST /api/users/:id/windows': { action: 'allowed-windows', drive: (c) => send(c, '/api/users/2/windows', { windowIds: [1, 2] }) },
  'POST /api/devices/:id/pairing-code': { action: 'device-pairing-code', drive: (c) => send(c, '/api/devices/K02/pairing-code') },
  'POST /api/devices/:id/unpair': { action: 'device-unpaired', drive: (c) => send(c, '/api/devices/K02/unpair') },
  'POST /api/devices': { action: 'device-created', drive: (c) => send(c, '/api/devices', { id: 'K09', name: '9号自助取号机', printerUrl: 'tcp://127.0.0.1:9109' }) },
  'POST /api/devices/:id': { action: 'device-changed', drive: (c) => send(c, '/api/devices/K02', { printerUrl: 'tcp://127.0.0.1:9199' }) },
  'POST /api/devices/:id/window': { action: 'device-window', drive: (c) => send(c, '/api/devices/K02/window', { windowNumber: 2 }) },
  'POST /api/settings': { action: 'settings-changed', drive: (c) => send(c, '/api/settings', { notice: '审计测试' }) },
  'POST /api/catalog/import': {
    action: 'catalog-imported',
    drive: async (c) => send(c, '/api/catalog/import', { file: (await c.server.app.inject({ url: '/api/catalog/export', headers: { cookie: c.admin } })).body }),
  },
  'POST /api/calendar/:year': { action: 'calendar-year', drive: (c) => send(c, '/api/calendar/2027', { days: [] }) },
  'POST /api/calendar/days/:day': { drive: (c) => send(c, '/api/calendar/days/2026-05-06', { kind: 'holiday', name: '测试' }) },
  'POST /api/calendar/days/:day/clear': { drive: (c) => send(c, '/api/calendar/days/2026-05-06/clear') },
  'POST /api/webhooks': { action: 'webhook-created', drive: (c) => send(c, '/api/webhooks', { url: 'http://127.0.0.1:9/hook' }) },
  'POST /api/webhooks/:id/deactivate': { action: 'webhook-deactivated', drive: (c) => send(c, '/api/webhooks/1/deactivate') },
  'POST /api/windows': { action: 'window-created', drive: (c) => send(c, '/api/windows', { number: 60, name: '60号窗口', nameEn: 'Window 60', queueIds: ['market'] }) },
  'POST /api/admin/windows/:windowNumber': { action: 'window-changed', drive: (c) => send(c, '/api/admin/windows/60', { overflowQueueIds: ['housing'] }) },
  'POST /api/users': { action: 'user-created', drive: (c) => send(c, '/api/users', { username: 'clerk60', name: '审计员', role: 'clerk' }) },
  'POST /api/users/:id': { action: 'user-changed', drive: (c) => send(c, '/api/users/2', { staffNo: 'AUDIT-2' }) },
  'POST /api/matters': {
    drive: async (c) => {
      const m = await marketMatter(c);
      const materials = (m.materials as Record<string, unknown>[]).map((x) => pick(x, Object.keys(MaterialInput.properties)));
      return send(c, '/api/matters', { ...pick(m, Object.keys(MatterCreate.properties)), jointDepartmentIds: m.jointDepartmentIds ?? [], materials, name: '审计测试事项' });
    },
  },
  'POST /api/matters/:id': { drive: (c) => send(c, '/api/matters/market-005', { fee: '不收费 · 审计' }) },
  'POST /api/matters/:id/forms': {
    drive: (c) => c.server.app.inject({
      method: 'POST', url: '/api/matters/market-005/forms?kind=sample&title=%E6%A0%B7%E8%A1%A8', payload: PNG, headers: { cookie: c.admin, 'content-type': 'image/png' },
    }),
  },
  'POST /api/matters/:id/forms/:formId/delete': {
    drive: async (c) => {
      const forms = (await marketMatter(c)).forms as { id: number }[];
      return send(c, `/api/matters/market-005/forms/${forms[0]?.id ?? 0}/delete`);
    },
  },
  'POST /api/queues/:id': { drive: (c) => send(c, '/api/queues/market', { dailyCap: 500 }) },
  'POST /api/roster/week': { action: 'roster-week-changed', drive: (c) => send(c, '/api/roster/week', { windows: [3], weekdays: [6], spans: [['09:00', '12:00']] }) },
  'POST /api/roster/days/:day': { action: 'roster-day-changed', drive: (c) => send(c, '/api/roster/days/2026-12-02', { windows: [3], spans: [] }) },
  'POST /api/api-clients': { action: 'api-key-issued', drive: (c) => send(c, '/api/api-clients', { name: 'i厦门' }) },
  'POST /api/api-clients/:id/revoke': {
    action: 'api-key-revoked',
    drive: async (c) => {
      const issued = (await send(c, '/api/api-clients', { name: '闽政通' })).json<{ client: { id: string } }>();
      return send(c, `/api/api-clients/${issued.client.id}/revoke`);
    },
  },
};

/** Admin routes that change no hall data and so leave no row, each with its reason. */
const EXCUSED: Record<string, string> = {
  'POST /api/admin/backups': 'an operator\'s copy of the database: changes nothing in the hall; the file itself is the record',
  'POST /api/webhooks/:id/retry': 're-sends messages already recorded in the outbox; configuration is unchanged (its attempts are on the outbox rows)',
};

const ADMIN_POSTS = Object.entries(ROUTES).filter(([key, spec]) => spec.access === 'admin' && key.startsWith('POST ')).map(([key]) => key);

const clock = movableClock();
let c: Ctx;
let sup: string;
beforeAll(async () => {
  const server = await startServer({ clock }, false);
  c = { server, admin: await server.login('admin') };
  sup = await server.login('supervisor');
});
afterAll(async () => c.server.close());

const audit = async (query = ''): Promise<AuditEntryDto[]> => {
  const r = await c.server.app.inject({ url: `/api/audit?limit=1000${query}`, headers: { cookie: sup } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

describe('the audit log', () => {
  it('knows every admin change route: audited below or excused with a reason', () => {
    expect(ADMIN_POSTS.filter((k) => !(k in AUDITED) && !(k in EXCUSED)), 'admin routes neither audited nor excused').toEqual([]);
    expect([...Object.keys(AUDITED), ...Object.keys(EXCUSED)].filter((k) => !ADMIN_POSTS.includes(k)), 'rows without a route').toEqual([]);
  });

  for (const key of Object.keys(AUDITED)) {
    it(`${key} leaves a row`, async () => {
      const entry = AUDITED[key];
      if (!entry) throw new Error(key);
      const before = await audit();
      const answer = await entry.drive(c);
      expect(answer.statusCode, answer.body).toBeLessThan(300);
      const after = await audit();
      expect(after.length, `no audit row for ${key}`).toBeGreaterThan(before.length);
      expect(after[0]?.actorName).toBe('大厅管理员');
      if (entry.action) expect(after.slice(0, after.length - before.length).map((e) => e.action)).toContain(entry.action);
    });
  }

  it('reads newest first by hall-local day and action; a clerk may not read it', async () => {
    // 2026-12-01 23:30 in Xiamen is 15:30 UTC: the same UTC date, a different hall day from 16:00 UTC on.
    clock.set(Date.UTC(2026, 11, 1, 15, 30));
    // Sessions last 12 hours: sign in again on the later day.
    c = { ...c, admin: await c.server.login('admin') };
    sup = await c.server.login('supervisor');
    await send(c, '/api/settings', { notice: '十二月一日' });
    clock.set(Date.UTC(2026, 11, 1, 16, 30));
    await send(c, '/api/settings', { notice: '十二月二日' });
    const second = await audit('&from=2026-12-02&to=2026-12-02');
    expect(second.map((e) => [e.action, e.detail])).toEqual([['settings-changed', { before: { notice: '十二月一日' }, after: { notice: '十二月二日' } }]]);
    expect(second[0]?.at).toBe('2026-12-01T16:30:00.000Z');
    const first = await audit('&from=2026-12-01&to=2026-12-01&action=settings-changed');
    expect(first.map((e) => (e.detail as { after: { notice: string } }).after.notice)).toEqual(['十二月一日']);
    const both = await audit('&from=2026-12-01&to=2026-12-02');
    expect(both.map((e) => e.at)).toEqual(['2026-12-01T16:30:00.000Z', '2026-12-01T15:30:00.000Z']);
    expect((await c.server.app.inject({ url: '/api/audit?limit=1', headers: { cookie: sup } })).json<AuditEntryDto[]>().length).toBe(1);
    expect((await c.server.app.inject({ url: '/api/audit?from=2026-12-03&to=2026-12-01', headers: { cookie: sup } })).json().error.code).toBe('validation-failed');
    const clerk = await c.server.login('clerk02');
    expect((await c.server.app.inject({ url: '/api/audit', headers: { cookie: clerk } })).statusCode).toBe(403);
  });
});
