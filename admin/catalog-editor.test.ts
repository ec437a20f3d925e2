/** 管理 → 事项 and 队列 stores in Node against a real server: only changed fields sent, the server's problems listed, uploads refused by type, supervisors read only. */
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../ui/http.js';
import { clientIn, hallServerForFile, signInAs, TestBrowser } from '../ui/browser-harness.js';
import type { OverseerSocket } from './live-board.js';
import { ADMIN_ONLY, FORM_TYPE_REFUSED } from './matters-messages.js';
import { createAdminPage, type AdminPageStore } from './store.js';
import { uploadWith } from './upload.js';

const file = hallServerForFile();
const stores: AdminPageStore[] = [];
afterAll(() => { for (const s of stores) s.close(); });

type Sent = { route: string; body: unknown };

/** The page's store in a fresh browser; `sent` records every call and upload it makes. */
function open(sent: Sent[] = []): AdminPageStore {
  const jar = new TestBrowser();
  const client = clientIn(jar);
  const recording: ApiClient = (route, input, options) => {
    sent.push({ route, body: 'body' in input ? input.body : undefined });
    return client(route, input, options);
  };
  const upload = uploadWith(async (input, init) => {
    sent.push({ route: `POST ${String(input)}`, body: undefined });
    const response = await fetch(new URL(String(input), file.server.url), { ...init, headers: { ...init?.headers, cookie: jar.cookieHeader() } });
    jar.keep(response.headers.getSetCookie());
    return response;
  });
  const openSocket = (): OverseerSocket => io(file.server.url, {
    auth: { admin: true }, transports: ['websocket'], forceNew: true, extraHeaders: { origin: file.server.url, cookie: jar.cookieHeader() },
  });
  const store = createAdminPage({ api: recording, storage: jar.storage, openSocket, upload });
  stores.push(store);
  return store;
}

const inject = async (username: string, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
  file.server.app.inject({ method, url, headers: { cookie: await file.server.login(username) }, ...(payload ? { payload } : {}) });

interface AuditRow { action: string; detail: { matterId?: string; queueId?: string; after: Record<string, unknown> } }
const newestAudit = async (action: string): Promise<AuditRow | undefined> => (await inject('supervisor', `/api/audit?action=${action}&limit=1`)).json<AuditRow[]>()[0];

/** A 1×1 PNG: what a scanned sample form starts with. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('the matters editor', () => {
  it('filters, and a save sends only the changed fields (the audit log records just those)', async () => {
    const sent: Sent[] = [];
    const { manage } = await signInAs(open(sent), 'admin');
    const { matters } = manage;
    await matters.load();
    matters.filter('食品经营', 'market-supervision');
    expect(matters.shown.value.map((m) => m.id)).toContain('market-005');
    expect(matters.shown.value.every((m) => m.departmentId === 'market-supervision')).toBe(true);
    matters.open('market-005');
    const before = matters.draft.value;
    if (!before) throw new Error('market-005 did not open');
    expect(await matters.save()).toBe(false);
    matters.addMaterial();
    matters.editMaterial(before.materials.length, { name: '消防安全承诺书', checkStandard: '加盖公章，法定代表人签字' });
    matters.edit('name', before.name);
    matters.edit('keywords', `${before.keywords}，`);
    expect(Object.keys(matters.changes())).toEqual(['materials']);
    expect(await matters.save()).toBe(true);
    expect(matters.done.value).toBe(true);
    expect(sent.filter((s) => s.route === 'POST /api/matters/:id').map((s) => Object.keys(s.body ?? {}))).toEqual([['materials']]);
    const audit = await newestAudit('matter-changed');
    expect(audit?.detail.matterId).toBe('market-005');
    expect(Object.keys(audit?.detail.after ?? {})).toEqual(['materials']);
    const catalog = (await file.server.app.inject('/api/catalog')).json<{ matters: { id: string; materials: { name: string; checkStandard: string }[] }[] }>();
    expect(catalog.matters.find((m) => m.id === 'market-005')?.materials.at(-1)).toMatchObject({ name: '消防安全承诺书', checkStandard: '加盖公章，法定代表人签字' });
    expect(matters.changes()).toEqual({});
  });

  it('changes a matter\'s joint departments (联办), which its cases then reach', async () => {
    const sent: Sent[] = [];
    const { manage } = await signInAs(open(sent), 'admin');
    const { matters } = manage;
    await matters.load();
    matters.open('market-005');
    const before = matters.draft.value;
    if (!before) throw new Error('market-005 did not open');
    matters.edit('jointDepartmentIds', [...before.jointDepartmentIds, 'housing']);
    expect(Object.keys(matters.changes())).toEqual(['jointDepartmentIds']);
    expect(await matters.save()).toBe(true);
    const catalog = (await file.server.app.inject('/api/catalog')).json<{ matters: { id: string; jointDepartmentIds: string[] }[] }>();
    expect(catalog.matters.find((m) => m.id === 'market-005')?.jointDepartmentIds).toEqual([...before.jointDepartmentIds, 'housing']);
    const exported = (await inject('admin', '/api/catalog/export')).json<{ matters: { id: string; jointDepartmentIds: string[] }[] }>();
    expect(exported.matters.find((m) => m.id === 'market-005')?.jointDepartmentIds).toContain('housing');
    // Reopened, the editor shows what was saved and has nothing to send.
    matters.open('market-005');
    expect(matters.draft.value?.jointDepartmentIds).toContain('housing');
    expect(matters.changes()).toEqual({});
    matters.edit('jointDepartmentIds', before.jointDepartmentIds);
    expect(await matters.save()).toBe(true);
  });

  it('lists every problem the server finds, and creates a new matter', async () => {
    const { manage: { matters } } = await signInAs(open(), 'admin');
    await matters.load();
    matters.open('market-005');
    matters.edit('statutoryDays', 1);
    matters.edit('departmentId', 'trade-union');
    expect(await matters.save()).toBe(false);
    expect(matters.problems.value).toEqual([
      'matter market-005: low-volume department must route to a general queue',
      'matter market-005: promises 5 working days, more than the statutory 1',
    ]);
    matters.openNew();
    matters.edit('name', '测试事项');
    matters.edit('departmentId', 'market-supervision');
    matters.edit('queueId', 'market');
    expect(await matters.save()).toBe(true);
    expect(matters.openId.value).toMatch(/^market-\d{3}$/);
    expect(matters.catalog.value?.matters.some((m) => m.id === matters.openId.value && m.name === '测试事项')).toBe(true);
  });

  it('uploads a PNG form, refuses a text file typed as PNG with the Chinese message, and removes a form', async () => {
    const { manage: { matters } } = await signInAs(open(), 'admin');
    await matters.load();
    matters.open('market-005');
    const what = { kind: 'sample', title: '申请表样表', titleEn: 'Application sample', materialSeq: 0 } as const;
    expect(await matters.forms.upload(new Blob([PNG], { type: 'image/png' }), what)).toBe(true);
    const [form] = matters.forms.list.value;
    expect(form).toMatchObject({ title: '申请表样表', kind: 'sample', mime: 'image/png', size: PNG.length, materialSeq: 0 });
    const served = await file.server.app.inject(form?.url ?? '/none');
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(PNG)).toBe(true);

    expect(await matters.forms.upload(new Blob(['not a picture'], { type: 'image/png' }), what)).toBe(false);
    expect(matters.forms.problem.value).toBe(FORM_TYPE_REFUSED);
    expect(matters.forms.list.value).toHaveLength(1);

    expect(await matters.forms.remove(form?.id ?? '')).toBe(true);
    expect(matters.forms.list.value).toEqual([]);
  });

  it('a supervisor reads matters but the store sends nothing, and the server would refuse it', async () => {
    const sent: Sent[] = [];
    const { manage: { matters } } = await signInAs(open(sent), 'supervisor');
    await matters.load();
    matters.open('market-005');
    matters.edit('fee', '100 元');
    expect(await matters.save()).toBe(false);
    expect(matters.problems.value).toEqual([ADMIN_ONLY]);
    expect(await matters.forms.upload(new Blob([PNG], { type: 'image/png' }), { kind: 'blank', title: 'x', titleEn: '', materialSeq: null })).toBe(false);
    expect(matters.forms.problem.value).toBe(ADMIN_ONLY);
    expect(sent.filter((s) => s.route.startsWith('POST /api/matters'))).toEqual([]);
    expect((await inject('supervisor', '/api/matters/market-005', 'POST', { fee: '100 元' })).statusCode).toBe(403);
  });
});

describe('the queues editor', () => {
  it('saves one row\'s changed fields only, which the export then shows; a supervisor cannot', async () => {
    const sent: Sent[] = [];
    const { manage: { queues } } = await signInAs(open(sent), 'admin');
    await queues.load();
    const market = queues.rows.value?.find((r) => r.id === 'market');
    if (!market) throw new Error('no market queue');
    queues.edit('market', 'stopIssuingMin', market.saved.stopIssuingMin + 15);
    queues.edit('market', 'name', market.saved.name);
    expect(queues.changes('market')).toEqual({ stopIssuingMin: market.saved.stopIssuingMin + 15 });
    expect(await queues.save('market')).toBe(true);
    expect(sent.filter((s) => s.route === 'POST /api/queues/:id').map((s) => s.body)).toEqual([{ stopIssuingMin: market.saved.stopIssuingMin + 15 }]);
    const exported = (await inject('supervisor', '/api/catalog/export')).json<{ queues: { id: string; stopIssuingMin: number }[] }>();
    expect(exported.queues.find((q) => q.id === 'market')?.stopIssuingMin).toBe(market.saved.stopIssuingMin + 15);
    expect((await newestAudit('queue-changed'))?.detail.after).toEqual({ stopIssuingMin: market.saved.stopIssuingMin + 15 });

    queues.edit('market', 'opensAt', '18:00');
    queues.edit('market', 'closesAt', '17:00');
    expect(await queues.save('market')).toBe(false);
    expect(queues.rows.value?.find((r) => r.id === 'market')?.problems?.join(' ')).toContain('would issue no tickets');

    const supervisor = open();
    await signInAs(supervisor, 'supervisor');
    await supervisor.manage.queues.load();
    supervisor.manage.queues.edit('market', 'dailyCap', 5);
    expect(await supervisor.manage.queues.save('market')).toBe(false);
    expect(supervisor.manage.queues.rows.value?.find((r) => r.id === 'market')?.problems).toEqual([ADMIN_ONLY]);
  });
});
