/** The 管理 tab's store parts in Node against a real server: hall settings (only changes sent), catalogue import problems, rating pads. */
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogDto, DeviceDto } from '../contract/dto.js';
import type { ApiClient } from '../ui/http.js';
import { clientIn, hallServerForFile, signInAs, TestBrowser } from '../ui/browser-harness.js';
import type { OverseerSocket } from './live-board.js';
import { exportName } from './catalog-transfer.js';
import { createAdminPage, type AdminPageStore } from './store.js';

const file = hallServerForFile();
const stores: AdminPageStore[] = [];
afterAll(() => { for (const s of stores) s.close(); });

/** The page's store in a fresh browser; `bodies` records what each call sent. */
function open(bodies: { route: string; body: unknown }[] = []): AdminPageStore {
  const jar = new TestBrowser();
  const client = clientIn(jar);
  const recording: ApiClient = (route, input, options) => {
    bodies.push({ route, body: 'body' in input ? input.body : undefined });
    return client(route, input, options);
  };
  const openSocket = (): OverseerSocket => io(file.server.url, {
    auth: { admin: true }, transports: ['websocket'], forceNew: true, extraHeaders: { origin: file.server.url, cookie: jar.cookieHeader() },
  });
  const store = createAdminPage({ api: recording, storage: jar.storage, openSocket, now: () => Date.UTC(2026, 2, 9, 4) });
  stores.push(store);
  return store;
}

const asAdmin = async (path: string) => (await file.server.app.inject({ url: path, headers: { cookie: await file.server.login('admin') } }));

describe('the 管理 tab\'s store', () => {
  it('loads the settings on opening 管理, and a save sends only the changed fields and shows them saved', async () => {
    const bodies: { route: string; body: unknown }[] = [];
    const { manage, actions } = await signInAs(open(bodies), 'admin');
    actions.show('manage');
    await manage.settings.load();
    const before = manage.settings.saved.value;
    if (!before) throw new Error('no settings');
    expect(await manage.settings.save()).toBe(false);
    manage.settings.edit('notice', '今日下午三点后暂停办理社保业务');
    manage.settings.edit('recallLimit', before.recallLimit + 1);
    manage.settings.edit('name', before.name);
    expect(manage.settings.changes()).toEqual({ notice: '今日下午三点后暂停办理社保业务', recallLimit: before.recallLimit + 1 });
    expect(await manage.settings.save()).toBe(true);
    expect(bodies.filter((b) => b.route === 'POST /api/settings').map((b) => b.body))
      .toEqual([{ notice: '今日下午三点后暂停办理社保业务', recallLimit: before.recallLimit + 1 }]);
    expect(manage.settings.done.value).toBe(true);
    expect(manage.settings.changes()).toEqual({});
    expect((await asAdmin('/api/settings')).json()).toEqual({ ...before, notice: '今日下午三点后暂停办理社保业务', recallLimit: before.recallLimit + 1 });

    manage.settings.edit('timeZone', 'Mars/Olympus');
    expect(manage.settings.done.value).toBe(false);
    expect(await manage.settings.save()).toBe(false);
    expect(manage.settings.problem.value).toContain('Mars/Olympus is not a time zone');
  });

  it('a supervisor reads the settings but cannot save them', async () => {
    const { manage } = await signInAs(open(), 'supervisor');
    await manage.settings.load();
    manage.settings.edit('notice', 'x');
    expect(await manage.settings.save()).toBe(false);
    expect(manage.settings.problem.value).toContain('仅管理员');
  });

  it('exports the catalogue as a dated file, and an import of a broken file lists every problem and changes nothing', async () => {
    const { manage } = await signInAs(open(), 'admin');
    const exported = await manage.catalog.exportFile();
    if (!exported) throw new Error('no export');
    expect(exported.name).toBe(exportName(Date.UTC(2026, 2, 9, 4)));
    expect(exported.name).toMatch(/^hall-catalog-2026-03-09\.json$/);
    const hallFile = JSON.parse(exported.text) as { queues: { id: string }[]; matters: { departmentId: string; queueId: string }[] };
    const before = (await file.server.app.inject('/api/catalog')).json<CatalogDto>();
    const [m0, m1, ...rest] = hallFile.matters;
    if (!m0 || !m1 || !hallFile.queues[0]) throw new Error('demo file too small');
    const broken = {
      ...hallFile,
      queues: [...hallFile.queues, { ...hallFile.queues[0], id: 'copy-of-market' }],
      matters: [{ ...m0, departmentId: 'no-such-department' }, { ...m1, queueId: 'no-such-queue' }, ...rest],
    };
    manage.catalog.setText(JSON.stringify(broken));
    expect(await manage.catalog.importFile()).toBe(false);
    const problems = manage.catalog.problems.value ?? [];
    expect(problems).toHaveLength(3);
    for (const p of ['queue prefixes repeat', 'no department no-such-department', 'no queue no-such-queue']) {
      expect(problems.filter((line) => line.includes(p))).toHaveLength(1);
    }
    expect((await file.server.app.inject('/api/catalog')).json<CatalogDto>()).toEqual(before);

    manage.catalog.setText(exported.text);
    expect(manage.catalog.problems.value).toBeNull();
    expect(await manage.catalog.importFile()).toBe(true);
    expect(manage.catalog.counts.value).toMatchObject({ matters: hallFile.matters.length, queues: hallFile.queues.length });
  });

  it('binds a device to a window as its rating pad, refuses a window that does not exist, and unbinds', async () => {
    const { manage } = await signInAs(open(), 'admin');
    const padOf = async (id: string) => (await asAdmin('/api/devices')).json<DeviceDto[]>().find((d) => d.id === id)?.windowNumber;
    expect((await manage.pads.bind('K01', 3))?.windowNumber).toBe(3);
    expect(await padOf('K01')).toBe(3);
    expect(await manage.pads.bind('K01', 999)).toBeNull();
    expect(manage.pads.problem.value).toEqual({ deviceId: 'K01', text: expect.stringContaining('999') });
    expect(await padOf('K01')).toBe(3);
    expect((await manage.pads.bind('K01', null))?.windowNumber).toBeNull();
    expect(await padOf('K01')).toBeNull();
    expect(manage.pads.problem.value).toBeNull();
  });
});
