/** The supervisors' page store in Node against a real server: sign-in, the live board from the socket, reports, closing the day. */
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { TicketDto } from '../contract/dto.js';
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
});
