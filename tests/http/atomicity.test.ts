/**
 * The central guarantee: a command that fails after its first write leaves nothing behind, and
 * publishes nothing. Each case here writes before it fails, so replacing the transaction in
 * runCommand (server/app/context.ts) with a plain call turns it red. A real app on a real SQLite
 * file; a second connection plays the outside world (and reads what is really on disk).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketDto, WindowDto } from '../../contract/dto.js';
import { runCommand } from '../../server/app/context.js';
import type { PublishedEvent } from '../../server/app/events.js';
import { fail } from '../../server/domain/errors.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

const dir = mkdtempSync(join(tmpdir(), 'hall-atomicity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let server: TestServer;
let outside: Database.Database;
let published: PublishedEvent[];
let round = 0;
const clock = movableClock();

beforeEach(async () => {
  clock.set(Date.UTC(2026, 10, 30, 1, 0, 0));
  const dbFile = join(dir, `hall-${++round}.db`);
  server = await startServer({ clock, dbFile }, false);
  outside = new Database(dbFile, { timeout: 5000 });
  published = [];
  server.app.hall.bus.onHallEvent((_hall, e) => published.push(e));
});
afterEach(async () => {
  outside.close();
  await server.close();
});

const hallVersion = (): number => outside.prepare<[], { version: number }>('SELECT version FROM halls').get()?.version ?? -1;
const windowRow = (id: number) =>
  outside.prepare<[number], { state: string; session_id: string | null; clerk_id: number | null }>('SELECT state, session_id, clerk_id FROM windows WHERE id = ?').get(id);
const auditCount = (action: string): number =>
  outside.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM audit_log WHERE action = ?').get(action)?.n ?? -1;

function post(url: string, cookie?: string, payload: object = {}) {
  return server.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
}
async function issue(queueId: string): Promise<TicketDto> {
  const r = await post('/api/tickets', undefined, { queueId });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<TicketDto>();
}
async function windowOf(id: number): Promise<WindowDto | undefined> {
  return (await server.app.inject('/api/windows')).json<WindowDto[]>().find((w) => w.id === id);
}

describe('a command that fails after writing leaves nothing behind', () => {
  it('openWindow: moving from an idle window to one another console holds keeps the first window open', async () => {
    const clerk05 = await server.clerkAt(5); // window A, idle
    await server.clerkAt(6); // window B, held by clerk06's console
    const before = { a: windowRow(5), b: windowRow(6), version: hallVersion() };
    published.length = 0;

    // openWindow leaves window 5 first (a write), then finds window 6 taken and refuses.
    const r = await post('/api/windows/6/open', clerk05);
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('window-taken');

    expect(windowRow(5)).toEqual(before.a);
    expect(windowRow(5)?.state).toBe('open');
    expect(windowRow(6)).toEqual(before.b);
    expect(hallVersion()).toBe(before.version);
    expect(published).toEqual([]);
    expect((await windowOf(5))?.clerk?.name).toBeTruthy();
    // Still this console's window: it can work it.
    await issue('housing');
    expect((await post('/api/windows/5/call-next', clerk05)).statusCode).toBe(200);
  });

  it('openWindow with takeover: the audit row of a takeover that then fails is not kept', async () => {
    const clerk05 = await server.clerkAt(5);
    await server.clerkAt(6);
    await issue('housing');
    expect((await post('/api/windows/5/call-next', clerk05)).statusCode).toBe(200); // window 5 now holds a visitor
    const before = { a: windowRow(5), b: windowRow(6), version: hallVersion() };
    published.length = 0;

    // The takeover of idle window 6 is allowed and audited, then the ticket still at window 5 refuses the move.
    const r = await post('/api/windows/6/open', clerk05, { takeover: true });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('window-busy');

    expect(auditCount('window-takeover')).toBe(0);
    expect(windowRow(6)).toEqual(before.b);
    expect(windowRow(5)).toEqual(before.a);
    expect(hallVersion()).toBe(before.version);
    expect(published).toEqual([]);
  });

  it('issuing: an insert that fails after the counter bump leaves the counter alone, and numbering goes on', async () => {
    const first = await issue('market');
    const counter = () => outside.prepare<[string, string], { last: number }>('SELECT last FROM counters WHERE queue_id = ? AND service_day = ?')
      .get('market', first.serviceDay)?.last;
    expect(counter()).toBe(1);
    const tickets = () => outside.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM tickets').get()?.n;
    // Another connection takes the next number without counting it: the issue's insert then breaks
    // the (queue, day, number) unique index after the counter was bumped.
    outside.prepare(`INSERT INTO tickets (id, hall_id, service_day, queue_id, issued_queue_id, seq, number, status, source, order_at, issued_at)
      SELECT 'intruder', hall_id, service_day, queue_id, issued_queue_id, 2, 'X002', 'done', 'counter', order_at, issued_at FROM tickets WHERE id = ?`).run(first.id);
    const before = { tickets: tickets(), version: hallVersion() };
    published.length = 0;

    const r = await post('/api/tickets', undefined, { queueId: 'market' });
    expect(r.statusCode).toBe(500);
    expect(counter()).toBe(1);
    expect(tickets()).toBe(before.tickets);
    expect(hallVersion()).toBe(before.version);
    expect(published).toEqual([]);

    outside.prepare("DELETE FROM tickets WHERE id = 'intruder'").run();
    const next = await issue('market');
    expect(next.number.slice(-3)).toBe('002');
  });

  it('runCommand: any write before a refusal is undone, and nothing is published', async () => {
    const hall = server.app.hall;
    const ticket = await issue('market');
    const before = { window: windowRow(3), version: hallVersion(), events: outside.prepare('SELECT COUNT(*) AS n FROM ticket_events').get() };
    published.length = 0;

    expect(() => runCommand(hall, (now) => {
      hall.windows.update(3, { state: 'paused', clerkId: 1, sessionId: 'nobody', openedAt: now });
      hall.tickets.addEvent({ ticketId: ticket.id, at: now, type: 'recalled' });
      hall.catalog.bumpVersion(hall.hallId, 5);
      return fail('queue-empty', 'a rule says no after the writes');
    })).toThrow(/a rule says no/);

    expect(windowRow(3)).toEqual(before.window);
    expect(hallVersion()).toBe(before.version);
    expect(outside.prepare('SELECT COUNT(*) AS n FROM ticket_events').get()).toEqual(before.events);
    expect(published).toEqual([]);
  });
});
