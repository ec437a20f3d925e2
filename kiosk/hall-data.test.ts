/** The kiosk's copy of the catalogue follows the server's: a changed catalogue is reloaded without a page reload. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallFile } from '../server/db/hall-file.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { createHallData } from './hall-data.js';
import { callAt, instantClock } from './kiosk-test-support.js';
import { createKioskState } from './state.js';
import { randomUUID } from 'node:crypto';
import { memoryStore } from './browser-storage.js';
import { kioskConfig } from './config.js';
import { createKiosk } from './kiosk.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('the kiosk\'s catalogue', () => {
  it('reloads after an import, on the next snapshot refresh', async () => {
    let refresh: () => void = () => {};
    const clock = { ...instantClock(), every: (_ms: number, run: () => void) => { refresh = run; return () => {}; } };
    const state = createKioskState();
    const net = callAt(server.url);
    const data = createHallData({ state, call: net.call, clock });
    await data.start();
    const before = state.catalog.value?.matters.find((m) => m.id === 'market-005')?.materials.length ?? 0;
    const admin = await server.login('admin');
    const file = (await server.app.inject({ url: '/api/catalog/export', headers: { cookie: admin } })).json<HallFile>();
    file.matters.find((m) => m.id === 'market-005')?.materials.push({ name: '新增材料', nameEn: 'New', copies: 1, form: 'copy', notes: '', notesEn: '', required: false });
    const imported = await server.app.inject({ method: 'POST', url: '/api/catalog/import', payload: { file: JSON.stringify(file) }, headers: { cookie: admin } });
    expect(imported.statusCode).toBe(200);
    const catalogLoads = () => net.sent.filter((r) => r.route === 'GET /api/catalog').length;
    expect(catalogLoads()).toBe(1);
    refresh();
    await expect.poll(() => state.catalog.value?.matters.find((m) => m.id === 'market-005')?.materials.length).toBe(before + 1);
    // A refresh with nothing changed does not reload it again.
    refresh();
    await expect.poll(() => net.sent.filter((r) => r.route === 'GET /api/snapshot').length).toBe(3);
    expect(catalogLoads()).toBe(2);
    data.close();
  });

  it('a kiosk\'s times follow the hall\'s settings on the next snapshot, unless its URL sets them', async () => {
    const admin = await server.login('admin');
    const net = callAt(server.url);
    const refreshes: (() => void)[] = [];
    const clock = { ...instantClock(), every: (_ms: number, run: () => void) => { refreshes.push(run); return () => {}; } };
    const refresh = () => { for (const run of refreshes) run(); };
    const plain = createKiosk({ config: kioskConfig('?device=K01'), search: '?device=K01', call: net.call, clock, newKey: randomUUID, storage: { session: memoryStore(), local: null } });
    const pinned = createKiosk({ config: kioskConfig('?idle=300'), search: '?idle=300', call: net.call, clock, newKey: randomUUID, storage: { session: memoryStore(), local: null } });
    await Promise.all([plain.hallData.start(), pinned.hallData.start()]);
    expect(plain.timing.value.idleMs).toBe(60_000);
    const saved = await server.app.inject({ method: 'POST', url: '/api/settings', payload: { kioskIdleSec: 150, kioskTicketReturnSec: 40 }, headers: { cookie: admin } });
    expect(saved.statusCode).toBe(200);
    refresh();
    await expect.poll(() => plain.timing.value.idleMs).toBe(150_000);
    expect(plain.timing.value.ticketReturnMs).toBe(40_000);
    expect(pinned.timing.value).toMatchObject({ idleMs: 300_000, ticketReturnMs: 40_000 });
    plain.close();
    pinned.close();
  });
});
