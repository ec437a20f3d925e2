/** 窗口, 审计 and the assessment weights' stores in Node against a real server: only changes are sent, the audit filters by action. */
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { WindowDto } from '../contract/dto.js';
import type { ApiClient } from '../ui/http.js';
import { clientIn, hallServerForFile, signInAs, TestBrowser } from '../ui/browser-harness.js';
import { detailLines } from './audit-detail.js';
import type { OverseerSocket } from './live-board.js';
import { createAdminPage, type AdminPageStore } from './store.js';

const file = hallServerForFile();
const stores: AdminPageStore[] = [];
afterAll(() => { for (const s of stores) s.close(); });

type Sent = { route: string; body: unknown }[];
function open(sent: Sent = []): AdminPageStore {
  const jar = new TestBrowser();
  const client = clientIn(jar);
  const recording: ApiClient = (route, input, options) => {
    sent.push({ route, body: 'body' in input ? input.body : undefined });
    return client(route, input, options);
  };
  const openSocket = (): OverseerSocket => io(file.server.url, {
    auth: { admin: true }, transports: ['websocket'], forceNew: true, extraHeaders: { origin: file.server.url, cookie: jar.cookieHeader() },
  });
  const store = createAdminPage({ api: recording, storage: jar.storage, openSocket });
  stores.push(store);
  return store;
}

const publicWindow = async (n: number) => (await file.server.app.inject('/api/windows')).json<WindowDto[]>().find((w) => w.number === n);
const posts = (sent: Sent, route: string) => sent.filter((x) => x.route === route).map((x) => x.body);

describe('windows, audit and weights stores', () => {
  it('a window change sends only what changed, keeps a queue either own or overflow, and the public list shows it', async () => {
    const sent: Sent = [];
    const store = await signInAs(open(sent), 'admin');
    const { windows } = store.manage;
    const order = store.state.catalog.value?.queues.map((q) => q.id) ?? [];
    await windows.load();
    const before = await publicWindow(3);
    if (!before) throw new Error('no window 3');
    const extra = order.find((q) => !before.queueIds.includes(q) && !before.overflowQueueIds.includes(q));
    if (!extra) throw new Error('no queue to add');
    windows.edit(3);
    windows.toggleQueue('overflow', extra, true, order);
    windows.toggleQueue('own', extra, true, order);
    expect(windows.editing.value?.draft.overflowQueueIds).not.toContain(extra);
    windows.setField('name', '3号综合窗口');
    expect(await windows.save()).toBe(true);
    expect(posts(sent, 'POST /api/admin/windows/:windowNumber')).toEqual([{ name: '3号综合窗口', queueIds: order.filter((q) => [...before.queueIds, extra].includes(q)) }]);
    expect(await publicWindow(3)).toMatchObject({ name: '3号综合窗口', nameEn: before.nameEn, overflowQueueIds: before.overflowQueueIds });
    expect((await publicWindow(3))?.queueIds).toContain(extra);
    expect(windows.windows.value?.find((w) => w.number === 3)?.name).toBe('3号综合窗口');

    // Nothing changed: nothing sent.
    windows.edit(3);
    expect(await windows.save()).toBe(true);
    expect(posts(sent, 'POST /api/admin/windows/:windowNumber')).toHaveLength(1);

    windows.startNew();
    const first = order[0] ?? '';
    windows.toggleQueue('own', first, true, order);
    const number = windows.editing.value?.draft.number ?? 0;
    expect(await windows.save()).toBe(true);
    expect(await publicWindow(number)).toMatchObject({ queueIds: [first], overflowQueueIds: [] });
  });

  it('the audit log reads the last 7 days, filters by action and keeps the other actions to choose', async () => {
    const store = await signInAs(open(), 'admin');
    const { audit, accounts } = store.manage;
    await accounts.load();
    const id = accounts.accounts.value?.find((a) => a.username === 'clerk09')?.id ?? 0;
    accounts.edit(id);
    accounts.setField('staffNo', 'XM-009');
    expect(await accounts.save()).toBe(true);
    await audit.load();
    expect(audit.actions.value).toEqual(expect.arrayContaining(['user-changed', 'window-changed', 'window-created']));
    await audit.load({ action: 'window-changed' });
    const rows = audit.entries.value ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.action === 'window-changed')).toBe(true);
    expect(audit.actions.value).toContain('user-changed');
    const lines = detailLines(rows[0]?.detail);
    // Changed fields only, one per line: the name and the queues, not the English name.
    expect(lines).toContainEqual(expect.stringMatching(/^名称\/姓名 name: .+ → 3号综合窗口$/));
    expect(lines).toContainEqual(expect.stringMatching(/^队列 queueIds: .+ → .+, .+$/));
    expect(lines.filter((l) => l.includes('→'))).toHaveLength(2);
    await audit.load({ action: 'user-changed' });
    expect(audit.entries.value?.map((r) => detailLines(r.detail))).toContainEqual(expect.arrayContaining([expect.stringMatching(/^工号 staffNo: XM\d+ → XM-009$/)]));
    await audit.load({ action: null, from: '2020-01-01', to: '2020-01-02' });
    expect(audit.entries.value).toEqual([]);
  });

  it('the weights are sent only when changed, and not when set back', async () => {
    const sent: Sent = [];
    const { manage } = await signInAs(open(sent), 'admin');
    const { settings } = manage;
    await settings.load();
    const w = settings.saved.value?.assessmentWeights;
    if (!w) throw new Error('no weights');
    settings.editWeight('attendance', w.attendance + 5);
    settings.editWeight('attendance', w.attendance);
    expect(settings.changes()).toEqual({});
    expect(await settings.save()).toBe(false);
    settings.editWeight('public', w.public + 10);
    expect(await settings.save()).toBe(true);
    expect(posts(sent, 'POST /api/settings')).toEqual([{ assessmentWeights: { ...w, public: w.public + 10 } }]);
    expect(settings.saved.value?.assessmentWeights).toEqual({ ...w, public: w.public + 10 });
  });
});
