/** The kiosk's copy of the catalogue follows the server's: a changed catalogue is reloaded without a page reload. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallFile } from '../server/db/hall-file.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { createHallData } from './hall-data.js';
import { callAt, instantClock } from './kiosk-test-support.js';
import { createKioskState } from './state.js';

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
});
