import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { IssueTicketResponse, TicketDto } from '../../contract/dto.js';
import { halls, queues } from '../../server/db/schema.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(options: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  server = await startServer(options, false);
  return server;
}

const take = (s: TestServer, payload: object, key?: string) =>
  s.app.inject({ method: 'POST', url: '/api/tickets', payload, headers: key ? { 'idempotency-key': key } : {} });

describe('Idempotency-Key on POST /api/tickets', () => {
  it('returns the same ticket with 200 for a repeated key, and issues nothing new', async () => {
    const s = await start();
    const first = await take(s, { matterId: 'market-008' }, 'kiosk-K01-0001');
    expect(first.statusCode).toBe(201);
    const issued = first.json<IssueTicketResponse>();
    expect(issued.number).toBe('A001');

    const again = await take(s, { matterId: 'market-008' }, 'kiosk-K01-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json<IssueTicketResponse>()).toMatchObject({ id: issued.id, number: 'A001', trackUrl: issued.trackUrl });

    // The next real request gets the next number: the repeat consumed none.
    const next = await take(s, { matterId: 'market-008' }, 'kiosk-K01-0002');
    expect(next.statusCode).toBe(201);
    expect(next.json<IssueTicketResponse>().number).toBe('A002');
    expect(next.json<IssueTicketResponse>().peopleAhead).toBe(1);
  });

  it('issues one ticket for a burst of requests with the same key (double tap, retries in flight)', async () => {
    const s = await start();
    const answers = await Promise.all(Array.from({ length: 6 }, () => take(s, { matterId: 'housing-001' }, 'double-tap-key-1')));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json<IssueTicketResponse>().id)).size).toBe(1);
    const snapshot = (await s.app.inject('/api/snapshot')).json<{ queues: { id: string; waiting: number }[] }>();
    expect(snapshot.queues.find((q) => q.id === 'housing')?.waiting).toBe(1);
  });

  it('refuses the same key for a different request with 409 idempotency-key-reused', async () => {
    const s = await start();
    expect((await take(s, { matterId: 'market-008' }, 'reused-key-0001')).statusCode).toBe(201);
    for (const other of [{ matterId: 'market-002' }, { queueId: 'housing' }]) {
      const r = await take(s, other, 'reused-key-0001');
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ error: { code: 'idempotency-key-reused' } });
    }
  });

  it('without a key, every request is a new ticket', async () => {
    const s = await start();
    const a = (await take(s, { matterId: 'market-008' })).json<IssueTicketResponse>();
    const b = (await take(s, { matterId: 'market-008' })).json<IssueTicketResponse>();
    expect([a.number, b.number]).toEqual(['A001', 'A002']);
  });
});

describe('when the hall cannot issue a ticket', () => {
  it('says queue-closed (409) for a queue not taking tickets, and the replay of an earlier ticket still works', async () => {
    const s = await start();
    expect((await take(s, { matterId: 'market-008' }, 'before-close-01')).statusCode).toBe(201);
    s.app.hall.database.db.update(queues).set({ open: false }).where(eq(queues.id, 'market')).run();
    const r = await take(s, { matterId: 'market-002' }, 'after-close-001');
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ error: { code: 'queue-closed' } });
    // A kiosk retrying a ticket it was already given gets it, closed queue or not.
    expect((await take(s, { matterId: 'market-008' }, 'before-close-01')).statusCode).toBe(200);
  });

  it('says daily-cap-reached (409) once the queue has issued its tickets for the day', async () => {
    const s = await start();
    s.app.hall.database.db.update(queues).set({ dailyCap: 2 }).where(eq(queues.id, 'housing')).run();
    expect((await take(s, { queueId: 'housing' }, 'cap-key-00001')).statusCode).toBe(201);
    expect((await take(s, { queueId: 'housing' }, 'cap-key-00002')).statusCode).toBe(201);
    const third = await take(s, { queueId: 'housing' }, 'cap-key-00003');
    expect(third.statusCode).toBe(409);
    expect(third.json()).toMatchObject({ error: { code: 'daily-cap-reached' } });
    expect((await take(s, { queueId: 'housing' }, 'cap-key-00002')).statusCode).toBe(200);
    // Other queues are not affected.
    expect((await take(s, { queueId: 'market' }, 'cap-key-00004')).statusCode).toBe(201);
  });

  it('says outside-hours (409) in the evening of the hall’s own time zone', async () => {
    // 20:30 in Xiamen (UTC+8).
    const s = await start({ clock: () => Date.parse('2026-11-30T12:30:00Z') });
    s.app.hall.database.db.update(halls).set({ opensAt: '08:30', closesAt: '17:30' }).run();
    const r = await take(s, { matterId: 'market-008' }, 'evening-key-01');
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ error: { code: 'outside-hours' } });
    const t = await s.app.inject('/api/tickets/does-not-exist');
    expect(t.statusCode).toBe(404);
  });

  it('keeps a replayed ticket’s live position, not the one at issue', async () => {
    const s = await start();
    await take(s, { matterId: 'market-008' }, 'position-key-1');
    const second = (await take(s, { matterId: 'market-008' }, 'position-key-2')).json<IssueTicketResponse>();
    expect(second.peopleAhead).toBe(1);
    const firstTicket = (await take(s, { matterId: 'market-008' }, 'position-key-1')).json<IssueTicketResponse>();
    await s.app.inject({ method: 'POST', url: `/api/tickets/${firstTicket.id}/cancel` });
    const replay = (await take(s, { matterId: 'market-008' }, 'position-key-2')).json<IssueTicketResponse>();
    expect(replay).toMatchObject({ id: second.id, peopleAhead: 0 });
    expect((await s.app.inject(`/api/tickets/${second.id}`)).json<TicketDto>().peopleAhead).toBe(0);
  });
});
