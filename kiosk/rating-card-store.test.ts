/** Rating and complaining from the phone pages' stores, against a real listening hall server. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { APPLICANT, post, serveAndFinish } from '../tests/cases/case-helpers.js';
import { movableClock } from '../tests/support/clock.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { connectHall } from '../ui/hall-socket.js';
import { createCaseTrackStore, type CaseTrackStore } from './case-track-store.js';
import { callAt } from './kiosk-test-support.js';
import { ratingCardView } from './rating-card.js';
import { createTrackStore, type TrackStore } from './track-store.js';

let server: TestServer;
let clerk2: string;
const clock = movableClock(Date.UTC(2026, 11, 4, 1, 0, 0)); // Fri 2026-12-04 09:00 Xiamen
const stores: (TrackStore | CaseTrackStore)[] = [];
beforeAll(async () => {
  server = await startServer({ clock });
  clerk2 = await server.clerkAt(2);
});
afterAll(async () => server.close());
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.unstubAllGlobals();
});

const soon = { after: (_ms: number, run: () => void) => { const t = setTimeout(run, 0); return () => clearTimeout(t); } };

function trackTicket(ticketId: string): TrackStore {
  const t = createTrackStore({
    ticketId, call: callAt(server.url).call, clock: soon, vibrate: () => {},
    connect: (options) => connectHall({ ...options, url: server.url }),
  });
  stores.push(t);
  return t;
}

const onServer = async (url: string) => (await server.app.inject(url)).json<{ rated: number | null; open: boolean }>();

describe('rating a finished service from /t/', () => {
  it('rates once with reasons and a phone; a second attempt is answered as already rated', async () => {
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    const t = trackTicket(ticket.id);
    await vi.waitFor(() => expect(ratingCardView(t.rating.status.value).kind).toBe('form'));
    t.rating.pick(2);
    t.rating.toggleReason('slow');
    t.rating.edit({ phone: '13900001111', text: '等太久' });
    await t.rating.submit();
    expect(ratingCardView(t.rating.status.value)).toEqual({ kind: 'rated', level: 2 });
    expect(await onServer(`/api/tickets/${ticket.id}/rating`)).toMatchObject({ rated: 2, open: false });

    // A second phone still showing the form (or the pad rated meanwhile): a clear refusal, then the answer.
    const again = trackTicket(ticket.id);
    await vi.waitFor(() => expect(again.rating.status.value).not.toBeNull());
    expect(ratingCardView(again.rating.status.value).kind).toBe('rated');
    again.rating.status.value = { rated: null, until: '2026-12-07', open: true };
    again.rating.pick(5);
    await again.rating.submit();
    expect(again.rating.error.value?.zh).toContain('已经评价过');
    expect(ratingCardView(again.rating.status.value)).toEqual({ kind: 'rated', level: 2 });
  });

  it('shows no card before the service is done', async () => {
    const issued = await post(server, '/api/tickets', { matterId: 'market-005' });
    const id = issued.json<{ id: string }>().id;
    const t = trackTicket(id);
    await vi.waitFor(() => expect(t.load.value.kind).toBe('ticket'));
    expect(t.rating.status.value).toBeNull();
    expect(ratingCardView(t.rating.status.value).kind).toBe('hidden');
    expect((await post(server, `/api/tickets/${id}/cancel`, {})).statusCode).toBe(200);
  });

  it('files a complaint about the ticket, which opens a follow-up item', async () => {
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    const t = trackTicket(ticket.id);
    await vi.waitFor(() => expect(t.load.value.kind).toBe('ticket'));
    t.complaint.open();
    t.complaint.edit({ category: 'attitude', text: '说话不耐烦', phone: '13900002222' });
    expect(await t.complaint.submit({ ticketId: ticket.id })).toBe(true);
    expect(t.complaint.receipt.value?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const items = (await server.app.inject({ url: '/api/rectifications', headers: { cookie: await server.login('supervisor') } })).json<{ kind: string; number: string | null }[]>();
    expect(items.filter((i) => i.kind === 'complaint').map((i) => i.number)).toContain(ticket.number);
  });
});

describe('rating a delivered case from /c/', () => {
  it('offers the card only once the result is delivered, and rates the case as a whole', async () => {
    const { answer } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'accepted', applicant: APPLICANT });
    const token = answer.case?.trackUrl.split('/').pop() ?? '';
    const number = answer.case?.number ?? '';
    const c = createCaseTrackStore({ token, call: callAt(server.url).call, clock: { every: () => () => {} }, onFocus: () => () => {} });
    stores.push(c);
    await vi.waitFor(() => expect(c.load.value.kind).toBe('case'));
    expect(c.rating.status.value).toBeNull();
    const approver = await server.login('ap-market-supervision');
    expect((await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: '同意' }, approver)).statusCode).toBe(200);
    expect((await post(server, `/api/cases/${number}/result-ready`, {}, approver)).statusCode).toBe(200);
    expect((await post(server, `/api/cases/${number}/deliver`, { identityChecked: true, collectedBy: 'applicant' }, clerk2)).statusCode).toBe(200);
    await c.refetch();
    expect(ratingCardView(c.rating.status.value).kind).toBe('form');
    c.rating.pick(5);
    await c.rating.submit();
    expect(ratingCardView(c.rating.status.value)).toEqual({ kind: 'rated', level: 5 });
    expect(await onServer(`/api/track/${token}/rating`)).toMatchObject({ rated: 5 });
  });
});
