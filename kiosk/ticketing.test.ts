/** The kiosk's ticketing store against a real listening hall server (no browser, no DOM). */
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HallSnapshot } from '../contract/dto.js';
import { halls, queues } from '../server/db/schema.js';
import { pairKiosk } from '../tests/support/devices.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { testKiosk, type TestKiosk } from './kiosk-test-support.js';
import { RETRY_DELAYS_MS, refusalOf } from './ticketing.js';

let server: TestServer | null = null;
let current: TestKiosk | null = null;
afterEach(async () => {
  current?.kiosk.close();
  current = null;
  await server?.close();
  server = null;
  vi.unstubAllGlobals();
});

async function setUp(options: Parameters<typeof startServer>[0] = {}): Promise<{ s: TestServer; k: TestKiosk }> {
  server = await startServer(options);
  current = testKiosk(server.url);
  return { s: server, k: current };
}

async function waitingIn(s: TestServer, queueId: string): Promise<number | undefined> {
  const snapshot = (await s.app.inject('/api/snapshot')).json<HallSnapshot>();
  return snapshot.queues.find((q) => q.id === queueId)?.waiting;
}

const ticketPosts = (k: TestKiosk) => k.net.sent.filter((r) => r.route === 'POST /api/tickets');

describe('taking a ticket', () => {
  it('sends one request for a double tap and shows the ticket the server issued', async () => {
    const { s, k } = await setUp();
    const { ticketing, state } = k.kiosk;
    ticketing.take({ matterId: 'market-008' });
    ticketing.take({ matterId: 'market-008' });
    ticketing.take({ queueId: 'housing' });
    await ticketing.settled();
    expect(ticketPosts(k)).toHaveLength(1);
    const t = state.ticket.value;
    expect(t.phase === 'issued' && t.ticket.number).toBe('A001');
    expect(state.screen.value).toEqual({ name: 'ticket' });
    expect(await waitingIn(s, 'market')).toBe(1);
    expect(await waitingIn(s, 'housing')).toBe(0);
  });

  it('retries a lost answer with the same idempotency key and gets the same ticket, not a second', async () => {
    const { s, k } = await setUp();
    k.net.faults.push('answer-lost', 'unreachable');
    k.kiosk.ticketing.take({ matterId: 'market-008' });
    await k.kiosk.ticketing.settled();
    const posts = ticketPosts(k);
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((p) => p.idempotencyKey)).size).toBe(1);
    expect(k.clock.slept).toEqual([1000, 2000]);
    const t = k.kiosk.state.ticket.value;
    expect(t.phase === 'issued' && t.ticket.number).toBe('A001');
    expect(await waitingIn(s, 'market')).toBe(1);
  });

  it('gives up after the automatic retries, and "try again" sends the same key', async () => {
    const { s, k } = await setUp();
    k.net.faults.push(...RETRY_DELAYS_MS.map(() => 'answer-lost' as const), 'unreachable');
    k.kiosk.ticketing.take({ queueId: 'housing' });
    await k.kiosk.ticketing.settled();
    expect(k.kiosk.state.ticket.value).toMatchObject({ phase: 'pending', offline: true, gaveUp: true, attempt: RETRY_DELAYS_MS.length + 1 });
    expect(k.clock.slept).toEqual(RETRY_DELAYS_MS);

    k.kiosk.ticketing.retry();
    await k.kiosk.ticketing.settled();
    const posts = ticketPosts(k);
    expect(posts).toHaveLength(RETRY_DELAYS_MS.length + 2);
    expect(new Set(posts.map((p) => p.idempotencyKey)).size).toBe(1);
    expect(k.kiosk.state.ticket.value.phase).toBe('issued');
    expect(await waitingIn(s, 'housing')).toBe(1);
  });

  it('forgets the key when the visitor leaves: the next visitor’s tap is a new ticket', async () => {
    const { s, k } = await setUp();
    k.net.faults.push('answer-lost', ...RETRY_DELAYS_MS.map(() => 'unreachable' as const));
    k.kiosk.ticketing.take({ queueId: 'housing' });
    await k.kiosk.ticketing.settled();
    k.kiosk.state.resetVisitor();
    k.kiosk.ticketing.take({ queueId: 'housing' });
    await k.kiosk.ticketing.settled();
    const keys = ticketPosts(k).map((p) => p.idempotencyKey);
    expect(new Set(keys).size).toBe(2);
    expect(await waitingIn(s, 'housing')).toBe(2);
  });
});

describe('when the hall says no', () => {
  it('shows the refusal kind the server answered, and the next tap is a new request', async () => {
    const { s, k } = await setUp();
    const db = s.app.hall.database.db;
    db.update(queues).set({ open: false }).where(eq(queues.id, 'market')).run();
    db.update(queues).set({ dailyCap: 1 }).where(eq(queues.id, 'housing')).run();
    const { ticketing, state } = k.kiosk;
    const refusal = async (request: { matterId?: string; queueId?: string }) => {
      ticketing.take(request);
      await ticketing.settled();
      const t = state.ticket.value;
      ticketing.dismissError();
      return t.phase === 'refused' ? t.kind : t.phase;
    };
    expect(await refusal({ matterId: 'market-008' })).toBe('queue-closed');
    expect(await refusal({ matterId: 'no-such-matter' })).toBe('unknown-matter');
    expect(await refusal({ queueId: 'housing' })).toBe('issued');
    expect(await refusal({ queueId: 'housing' })).toBe('daily-cap-reached');
    const keys = ticketPosts(k).map((p) => p.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(k.clock.slept).toEqual([]);
  });

  it('says outside-hours in the evening of the hall’s time zone', async () => {
    const { s, k } = await setUp({ clock: () => Date.parse('2026-11-30T12:30:00Z') });
    s.app.hall.database.db.update(halls).set({ opensAt: '08:30', closesAt: '17:30' }).run();
    k.kiosk.ticketing.take({ matterId: 'market-008' });
    await k.kiosk.ticketing.settled();
    expect(k.kiosk.state.ticket.value).toMatchObject({ phase: 'refused', kind: 'outside-hours' });
  });

  it('maps every code the page can meet to a retry or a refusal kind', () => {
    expect((['network', 'internal'] as const).map(refusalOf)).toEqual(['retry', 'retry']);
    expect((['matter-not-found', 'queue-not-found', 'validation-failed'] as const).map(refusalOf)).toEqual(['unknown-matter', 'unknown-matter', 'unknown-matter']);
    expect(refusalOf('rate-limited')).toBe('rate-limited');
    expect(refusalOf('forbidden')).toBe('other');
  });
});

describe('a kiosk unpaired by the hall', () => {
  it('retries once without its credential and without the green channel, and says the green channel was not recorded', async () => {
    const { s, k } = await setUp();
    const key = await pairKiosk(s.app, 'K01');
    k.local.setItem('kiosk.deviceKey.K01', key);
    const { pairing, state, ticketing } = k.kiosk;
    await pairing.start({ href: `${s.url}/kiosk?device=K01`, search: '?device=K01', replace: () => {} });
    expect(pairing.deviceState.value).toBe('paired');

    const admin = await s.login('admin');
    expect((await s.app.inject({ method: 'POST', url: '/api/devices/K01/unpair', headers: { cookie: admin } })).statusCode).toBe(200);
    state.priority.value = 'elderly';
    ticketing.take({ matterId: 'market-008', priority: 'elderly' });
    await ticketing.settled();

    const [first, second, ...more] = ticketPosts(k);
    expect(more).toEqual([]);
    expect(first).toMatchObject({ deviceKey: key, body: { priority: 'elderly' } });
    expect(second?.deviceKey).toBeUndefined();
    expect(second?.body).not.toHaveProperty('priority');
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(state.ticket.value).toMatchObject({ phase: 'issued', priorityDropped: true, ticket: { number: 'A001', priority: null, printed: false } });
    expect(pairing.deviceState.value).toBe('unpaired');
    expect(state.priority.value).toBeNull();
    expect(k.local.getItem('kiosk.deviceKey.K01')).toBeNull();
    expect(k.clock.slept).toEqual([]);
  });
});
