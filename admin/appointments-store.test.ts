/** 预约 Appointments' store in Node against a real server: the rules round-trip, bounds checked before sending, API keys shown once. */
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { AppointmentRules } from '../contract/routes-settings.js';
import type { ApiClient } from '../ui/http.js';
import { clientIn, hallServerForFile, signInAs, TestBrowser } from '../ui/browser-harness.js';
import { RULE_BOUNDS, type AppointmentRulesDto } from './appointments-store.js';
import type { OverseerSocket } from './live-board.js';
import { createAdminPage, type AdminPageStore } from './store.js';

const file = hallServerForFile();
const stores: AdminPageStore[] = [];
afterAll(() => { for (const s of stores) s.close(); });

interface Sent { route: string; body: unknown }

function open(sent: Sent[] = []): AdminPageStore {
  const jar = new TestBrowser();
  const client = clientIn(jar);
  const recording: ApiClient = (route, input, options) => { sent.push({ route, body: input.body }); return client(route, input, options); };
  const openSocket = (): OverseerSocket => io(file.server.url, {
    auth: { admin: true }, transports: ['websocket'], forceNew: true, extraHeaders: { origin: file.server.url, cookie: jar.cookieHeader() },
  });
  const store = createAdminPage({ api: recording, storage: jar.storage, openSocket });
  stores.push(store);
  return store;
}

const asAdmin = async (url: string) => (await file.server.app.inject({ url, headers: { cookie: await file.server.login('admin') } }));
const serverRules = async (): Promise<AppointmentRulesDto> => (await asAdmin('/api/settings')).json<{ appointments: AppointmentRulesDto }>().appointments;
const platformCall = (key: string) => file.server.app.inject({ url: '/api/platform/bookings/ZZZZ9999', headers: { authorization: `Bearer ${key}` } });
const posts = (sent: Sent[], route: string) => sent.filter((s) => s.route === route);

describe('the appointment rules form', () => {
  it('checks the same bounds as the schema', () => {
    const schema: Readonly<Record<string, { type?: unknown; minimum?: unknown; maximum?: unknown }>> = AppointmentRules.properties;
    for (const [key, bound] of Object.entries(RULE_BOUNDS)) {
      const field = schema[key];
      expect({ key, min: field?.minimum, max: field?.maximum, integer: field?.type === 'integer' }).toEqual({ key, ...bound });
    }
    const numeric = Object.entries(schema).filter(([, s]) => s.type === 'number' || s.type === 'integer').map(([k]) => k);
    expect(Object.keys(RULE_BOUNDS).sort()).toEqual(numeric.sort());
  });

  it('an admin changes some rules: only those are sent, the server keeps the rest, and the form shows what was saved', async () => {
    const sent: Sent[] = [];
    const { manage: { appointments: { rules } } } = await signInAs(open(sent), 'admin');
    await rules.load();
    const before = await serverRules();
    expect(rules.saved.value).toEqual(before);
    expect(await rules.save()).toBe(false);

    rules.editSharePercent(25);
    rules.edit('walkInWaitMin', 15);
    rules.edit('remoteTickets', !before.remoteTickets);
    rules.edit('nearAhead', before.nearAhead);
    expect(rules.changes()).toEqual({ share: 0.25, walkInWaitMin: 15, remoteTickets: !before.remoteTickets });
    expect(await rules.save()).toBe(true);
    expect(posts(sent, 'POST /api/settings').map((s) => s.body)).toEqual([{ appointments: { share: 0.25, walkInWaitMin: 15, remoteTickets: !before.remoteTickets } }]);
    expect(rules.done.value).toBe(true);
    const after = { ...before, share: 0.25, walkInWaitMin: 15, remoteTickets: !before.remoteTickets };
    expect(await serverRules()).toEqual(after);
    expect(rules.saved.value).toEqual(after);
    expect(rules.changes()).toEqual({});

    const audit = (await asAdmin('/api/audit?action=settings-changed')).body;
    expect(audit).toContain('walkInWaitMin');
  });

  it('a value out of bounds is refused on the page; nothing is sent', async () => {
    const sent: Sent[] = [];
    const { manage: { appointments: { rules } } } = await signInAs(open(sent), 'admin');
    await rules.load();
    const before = await serverRules();
    rules.edit('daysAhead', 61);
    rules.editSharePercent(120);
    rules.edit('capEvery', Number.NaN);
    rules.edit('checkInEarlyMin', 12.5);
    expect(Object.keys(rules.invalid.value).sort()).toEqual(['capEvery', 'checkInEarlyMin', 'daysAhead', 'share']);
    expect(rules.invalid.value.daysAhead).toContain('0–60');
    expect(await rules.save()).toBe(false);
    expect(rules.problem.value).toContain('4 项超出范围');
    expect(posts(sent, 'POST /api/settings')).toEqual([]);
    expect(await serverRules()).toEqual(before);

    rules.edit('daysAhead', 60);
    rules.editSharePercent(100);
    rules.edit('capEvery', 1);
    rules.edit('checkInEarlyMin', 0);
    expect(rules.invalid.value).toEqual({});
    expect(await rules.save()).toBe(true);
    expect(await serverRules()).toMatchObject({ daysAhead: 60, share: 1, capEvery: 1, checkInEarlyMin: 0 });
  });

  it('a supervisor reads the rules; a change is refused without being sent', async () => {
    const sent: Sent[] = [];
    const { manage: { appointments: { rules, keys } } } = await signInAs(open(sent), 'supervisor');
    await rules.load();
    const before = await serverRules();
    expect(rules.saved.value).toEqual(before);
    expect(rules.mayChange()).toBe(false);
    const loaded = sent.length;
    rules.edit('perPhone', before.perPhone === 1 ? 2 : 1);
    expect(await rules.save()).toBe(false);
    expect(rules.problem.value).toContain('仅管理员');
    await keys.load();
    expect(await keys.issue('i厦门')).toBe(false);
    expect(keys.clients.value).toBeNull();
    expect(sent.slice(loaded)).toEqual([]);
    expect(await serverRules()).toEqual(before);
  });
});

describe('the city platform\'s API keys', () => {
  it('an issued key is shown once, listed by its prefix only, works, and stops working once revoked (after a confirmation)', async () => {
    const sent: Sent[] = [];
    const { manage: { appointments: { keys } } } = await signInAs(open(sent), 'admin');
    await keys.load();
    expect(keys.clients.value).toEqual([]);
    expect(await keys.issue('   ')).toBe(false);
    expect(posts(sent, 'POST /api/api-clients')).toEqual([]);

    expect(await keys.issue('  i厦门 ')).toBe(true);
    const issued = keys.issued.value;
    if (!issued) throw new Error('no key shown');
    expect(issued.client).toMatchObject({ name: 'i厦门', revokedAt: null, lastUsedAt: null });
    expect(issued.key.startsWith(issued.client.keyPrefix)).toBe(true);
    expect(issued.key.length).toBeGreaterThan(issued.client.keyPrefix.length + 8);
    expect(keys.clients.value?.map((c) => c.keyPrefix)).toEqual([issued.client.keyPrefix]);
    expect((await platformCall(issued.key)).json().error.code).toBe('booking-not-found');

    keys.dismissIssued();
    expect(keys.issued.value).toBeNull();
    await keys.load();
    expect(keys.clients.value?.[0]).toMatchObject({ id: issued.client.id, keyPrefix: issued.client.keyPrefix });
    expect(keys.clients.value?.[0]?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(keys.clients.value)).not.toContain(issued.key);

    keys.ask(issued.client.id);
    expect(posts(sent, 'POST /api/api-clients/:id/revoke')).toEqual([]);
    keys.cancelConfirm();
    expect(await keys.confirm()).toBe(false);
    expect((await platformCall(issued.key)).statusCode).toBe(404);

    keys.ask(issued.client.id);
    expect(await keys.confirm()).toBe(true);
    expect(keys.clients.value?.[0]?.revokedAt).not.toBeNull();
    expect((await platformCall(issued.key)).json().error.code).toBe('api-key-invalid');
  });

  it('shows the server\'s words when it refuses', async () => {
    const { manage: { appointments: { keys } } } = await signInAs(open(), 'admin');
    await keys.load();
    keys.ask('0000000000000000');
    expect(await keys.confirm()).toBe(false);
    expect(keys.problem.value).toBe('找不到该客户端 · No such API client');
  });
});
