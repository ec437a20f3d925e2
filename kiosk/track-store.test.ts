/** The phone tracking store against a real listening hall server and its real Socket.IO. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IssueTicketResponse } from '../contract/dto.js';
import { connectHall } from '../ui/hall-socket.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { callAt, type TestApi } from './kiosk-test-support.js';
import { statusText, ticketLinks } from './track-status.js';
import { CALLED_VIBRATION, createTrackStore, type TrackStore } from './track-store.js';

let server: TestServer | null = null;
let store: TrackStore | null = null;
afterEach(async () => {
  store?.close();
  store = null;
  await server?.close();
  server = null;
  vi.unstubAllGlobals();
});

/** Debounce timers the test fires by hand: a burst of events must leave exactly one pending. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let made = 0;
  return {
    pending,
    made: () => made,
    after(_ms: number, run: () => void) {
      const id = ++made;
      pending.set(id, run);
      return () => void pending.delete(id);
    },
    fire() {
      const runs = [...pending.values()];
      pending.clear();
      for (const run of runs) run();
    },
  };
}

interface Tracking {
  s: TestServer;
  t: TrackStore;
  net: TestApi;
  timers: ReturnType<typeof manualTimers>;
  buzzes: number[][];
}

async function track(ticketId?: string): Promise<Tracking & { issued: IssueTicketResponse | null }> {
  const s = await startServer();
  server = s;
  const issued = ticketId === undefined
    ? (await s.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'housing' } })).json<IssueTicketResponse>()
    : null;
  const net = callAt(s.url);
  const timers = manualTimers();
  const buzzes: number[][] = [];
  const t = createTrackStore({
    ticketId: ticketId ?? issued?.id ?? '', call: net.call, clock: timers,
    connect: (options) => connectHall({ ...options, url: s.url }), vibrate: (p) => void buzzes.push(p),
  });
  store = t;
  return { s, t, net, timers, buzzes, issued };
}

const gets = (net: TestApi) => net.sent.filter((r) => r.route.startsWith('GET ')).length;
const status = (t: TrackStore) => (t.load.value.kind === 'ticket' ? t.load.value.ticket.status : t.load.value.kind);

describe('tracking a ticket on the phone', () => {
  it('fetches once per burst of hall events and buzzes once when the number is called', async () => {
    const { s, t, net, timers, buzzes } = await track();
    await vi.waitFor(() => expect(status(t)).toBe('waiting'));
    await vi.waitFor(() => expect(t.hall.value).not.toBeNull());
    timers.fire();
    const clerk = await s.clerkAt(5);
    const before = { made: timers.made(), gets: gets(net) };
    expect((await s.app.inject({ method: 'POST', url: '/api/windows/5/call-next', headers: { cookie: clerk } })).statusCode).toBe(200);
    expect((await s.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'housing' } })).statusCode).toBe(201);
    await vi.waitFor(() => expect(timers.made()).toBeGreaterThanOrEqual(before.made + 2));
    expect(timers.pending.size).toBe(1);
    expect(gets(net)).toBe(before.gets);
    expect(buzzes).toEqual([]);

    timers.fire();
    await vi.waitFor(() => expect(status(t)).toBe('called'));
    expect(gets(net)).toBe(before.gets + 1);
    expect(buzzes).toEqual([CALLED_VIBRATION]);
    await t.refetch();
    expect(buzzes).toHaveLength(1);
    expect(t.hall.value?.hall.name).toBeTruthy();
  });

  it('says so when the ticket does not exist', async () => {
    const { t } = await track('no-such-ticket');
    await vi.waitFor(() => expect(status(t)).toBe('missing'));
  });

  it('cancels after the visitor confirms, and reports a cancel the hall refused', async () => {
    const { s, t, issued } = await track();
    await vi.waitFor(() => expect(status(t)).toBe('waiting'));
    t.askCancel();
    expect(t.confirming.value).toBe(true);
    await t.confirmCancel();
    expect(status(t)).toBe('cancelled');
    expect(t.confirming.value).toBe(false);
    const onServer = await s.app.inject(`/api/tickets/${issued?.id ?? ''}`);
    expect(onServer.json<{ status: string }>().status).toBe('cancelled');

    t.askCancel();
    await t.confirmCancel();
    expect(t.cancelError.value).toBe(true);
    expect(t.confirming.value).toBe(true);
  });

  it('follows the ticket to its document: a one-time notice is not "done"', async () => {
    const { s, t, timers, issued } = await track();
    await vi.waitFor(() => expect(status(t)).toBe('waiting'));
    const clerk = await s.clerkAt(5);
    const send = (url: string, payload: object) => s.app.inject({ method: 'POST', url, payload, headers: { cookie: clerk } });
    expect((await send('/api/windows/5/call-next', {})).statusCode).toBe(200);
    expect((await send('/api/windows/5/start', { ticketId: issued?.id })).statusCode).toBe(200);
    const finished = await send('/api/windows/5/finish', { ticketId: issued?.id, outcome: { kind: 'one-time-notice', missingMaterials: ['房产证复印件'] } });
    expect(finished.statusCode, finished.body).toBe(200);
    await vi.waitFor(() => {
      timers.fire();
      expect(status(t)).toBe('done');
    });
    const ticket = t.load.value.kind === 'ticket' ? t.load.value.ticket : null;
    expect(ticket?.document?.kind).toBe('one-time-notice');
    expect(ticket && statusText(ticket).zh).toBe('一次性告知：请补齐材料后再来办理');
    expect(ticket && ticketLinks(ticket).map((l) => l.testid)).toEqual(['ticket-document-link']);
  });

  it('lets go of its socket when closed', async () => {
    const { s, t } = await track();
    await vi.waitFor(() => expect(t.connection.value).toBe('connected'));
    expect(s.app.io.engine.clientsCount).toBe(1);
    t.close();
    store = null;
    await vi.waitFor(() => expect(s.app.io.engine.clientsCount).toBe(0));
  });
});
