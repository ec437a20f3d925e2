/** The supervisors' page store in Node against a real server: sign-in, the live board from the socket, reports, staff sheets, closing the day. */
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { TicketDto } from '../contract/dto.js';
import { serveAndFinish } from '../tests/cases/case-helpers.js';
import { clientIn, hallServerForFile, signInAs, TestBrowser } from '../ui/browser-harness.js';
import type { OverseerSocket } from './live-board.js';
import { createAdminPage, REFUSED, type AdminPageStore } from './store.js';

const file = hallServerForFile();
const stores: AdminPageStore[] = [];
afterAll(() => { for (const s of stores) s.close(); });

/** The store as the page in `jar` makes it: its socket carries the jar's session cookie from the hall's own origin. */
function open(jar = new TestBrowser()): AdminPageStore {
  const openSocket = (): OverseerSocket => io(file.server.url, {
    auth: { admin: true }, transports: ['websocket'], forceNew: true,
    extraHeaders: { origin: file.server.url, cookie: jar.cookieHeader() },
  });
  const store = createAdminPage({ api: clientIn(jar), storage: jar.storage, openSocket });
  stores.push(store);
  return store;
}

/** Resolves once the store's signal satisfies `ok` (signals notify synchronously on change). */
function until<T>(read: { value: T; subscribe(fn: (v: T) => void): () => void }, ok: (v: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const off = read.subscribe((v) => { if (ok(v)) { queueMicrotask(() => off()); resolve(v); } });
  });
}

const post = (url: string, payload: object, cookie?: string) =>
  file.server.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

describe('the supervisors\' page store', () => {
  it('refuses clerks and approvers with a clear line, and signs them out', async () => {
    for (const who of ['clerk03', 'ap-market-supervision']) {
      const store = open();
      await store.actions.restore();
      expect(await store.actions.signIn(who, 'demo')).toBeNull();
      expect(store.state.screen.value).toBe('signed-out');
      expect(store.state.signInNotice.value?.text).toBe(REFUSED);
      expect(store.live.connection.value).toBe('off');
      store.close();
    }
  });

  it('opens on the live board, which names every queue and follows issues and calls without polling', async () => {
    const jar = new TestBrowser();
    const store = await signInAs(open(jar), 'supervisor');
    expect(store.state.screen.value).toBe('live');
    const first = await until(store.live.board, (b) => b !== null);
    const catalog = (await file.server.app.inject('/api/catalog')).json<{ queues: { id: string }[] }>();
    expect(first?.queues.map((q) => q.queueId)).toEqual(catalog.queues.map((q) => q.id));
    const sentBefore = jar.sent.length;

    const ticket = (await post('/api/tickets', { matterId: 'market-005' })).json<TicketDto>();
    const waiting = await until(store.live.board, (b) => b?.queues.find((q) => q.queueId === 'market')?.waiting === 1);
    expect(waiting?.queues.find((q) => q.queueId === 'market')?.issuedToday).toBe(1);
    await post('/api/windows/1/call-next', {}, await file.server.clerkAt(1));
    const called = await until(store.live.board, (b) => b?.windows.find((w) => w.number === 1)?.current === ticket.number);
    expect(called?.windows.find((w) => w.number === 1)).toMatchObject({ state: 'open', currentStatus: 'called' });
    // Every board came over the socket: the page sent no request meanwhile.
    expect(jar.sent.length).toBe(sentBefore);
    store.close();
  });

  it('reads the report for today by default, links the same range as CSV, and closes the day with the counts', async () => {
    const store = await signInAs(open(), 'supervisor');
    store.actions.show('reports');
    const rows = await until(store.report.rows, (r) => r !== null);
    const market = rows?.find((r) => r.queueId === 'market');
    expect(market).toMatchObject({ issued: 1 });
    const today = store.report.from.value;
    expect(store.report.to.value).toBe(today);
    expect(store.actions.csvHref()).toBe(`/api/reports/queues.csv?from=${today}&to=${today}`);
    await store.actions.loadReport({ from: '2020-01-02', to: '2020-01-01' });
    expect(store.report.problem.value).toContain('开始日期晚于结束日期');

    await post('/api/tickets', { matterId: 'housing-001' });
    store.actions.askCloseDay();
    expect(store.closeDay.confirmingClose.value).toBe(true);
    expect(await store.actions.confirmCloseDay()).toBe(true);
    // housing-001 waiting → not served; market's called ticket at window 1 → abandoned.
    expect(store.closeDay.closed.value).toEqual({ unserved: 1, abandoned: 1 });
    await store.actions.loadReport({ from: today, to: today });
    expect(store.report.rows.value?.find((r) => r.queueId === 'market')).toMatchObject({ abandoned: 1 });
    store.close();
  });
  it('reads the report per window by hour from the dimension route, and the cases of the same range', async () => {
    await serveAndFinish(file.server, await file.server.clerkAt(2), 2, 'market-002', { kind: 'accepted' });
    const jar = new TestBrowser();
    const store = await signInAs(open(jar), 'supervisor');
    store.actions.show('reports');
    await until(store.report.cases, (c) => c !== null);
    expect(jar.sent).toContain('GET /api/reports/queues');
    expect(jar.sent).toContain('GET /api/reports/cases');
    expect(jar.sent).not.toContain('GET /api/reports/by/window');

    const beforeWindow = jar.sent.length;
    await store.actions.loadReport({ dimension: 'window', grain: 'hour' });
    // The reads of one load run side by side (rows, cases, charts); which ends last is not fixed.
    expect(jar.sent.slice(beforeWindow)).toEqual(expect.arrayContaining(['GET /api/reports/by/window', 'GET /api/reports/cases', 'GET /api/reports/occupancy']));
    expect(store.report.dimension.value).toBe('window');
    const rows = store.report.byRows.value ?? [];
    const w2 = rows.filter((r) => r.served > 0);
    expect(w2).toHaveLength(1);
    expect(w2[0]?.period).toMatch(/^\d\d$/);
    expect(w2[0]?.name).toContain('2');

    const beforeClerk = jar.sent.length;
    await store.actions.loadReport({ dimension: 'clerk', grain: 'total' });
    expect(jar.sent.slice(beforeClerk)).toContain('GET /api/reports/by/clerk');
    expect(jar.sent.slice(beforeClerk)).not.toContain('GET /api/reports/by/window');
    expect(store.report.byRows.value?.find((r) => r.served > 0)).toMatchObject({ period: null, served: 1 });
    store.close();
  });

  it('loads every clerk\'s sheet for this month, and a department evaluation posts and reloads the sheets', async () => {
    const jar = new TestBrowser();
    const store = await signInAs(open(jar), 'supervisor');
    store.actions.show('staff');
    const sheets = await until(store.staff.sheets, (x) => x !== null) ?? [];
    const month = store.actions.evaluationMonth();
    expect(store.staff.sheetFrom.value).toBe(`${month}-01`);
    const mine = sheets.find((x) => x.name.length > 0 && x.facts.served === 1);
    if (!mine) throw new Error('no sheet for the clerk who served');
    expect(mine.parts.department).toBeNull();
    expect(await store.actions.evaluate(mine.clerkId, 101, '')).toBe(false);

    const reads = jar.sent.filter((x) => x === 'GET /api/assessment').length;
    expect(await store.actions.evaluate(mine.clerkId, 88, '业务熟练')).toBe(true);
    expect(jar.sent.filter((x) => x === 'POST /api/assessment/evaluations')).toHaveLength(1);
    expect(jar.sent.filter((x) => x === 'GET /api/assessment').length).toBe(reads + 1);
    const after = store.staff.sheets.value?.find((x) => x.clerkId === mine.clerkId);
    expect(after?.parts.department).toBe(88);
    expect(after?.facts.evaluations).toEqual([{ month, score: 88, comment: '业务熟练' }]);
    store.close();
  });
});
