/**
 * Group commit (server/app/group-commit.ts): tickets that arrive together share one transaction,
 * a refused one in the batch fails alone, and nothing is answered or published before the COMMIT.
 * A second connection reads what is really on disk.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketDto } from '../../contract/dto.js';
import type { PublishedEvent } from '../../server/app/events.js';
import { groupCommitStats, submitCommand } from '../../server/app/group-commit.js';
import { issueTicketQueued } from '../../server/app/tickets.js';
import { fail } from '../../server/domain/errors.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

const dir = mkdtempSync(join(tmpdir(), 'hall-group-commit-'));
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

const ticketsOnDisk = (): number => outside.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM tickets').get()?.n ?? -1;
const issue = (queueId: string) => server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId } });

describe('group commit of ticket issuing', () => {
  it('issues tickets that arrive together in one transaction, numbered in order, versions contiguous', async () => {
    const before = groupCommitStats(server.app.hall);
    const answers = await Promise.all(Array.from({ length: 20 }, () => issue('market')));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = answers.map((r) => Number(r.json<TicketDto>().number.slice(1)));
    expect(new Set(numbers).size).toBe(20);
    const after = groupCommitStats(server.app.hall);
    expect(after.commands - before.commands).toBe(20);
    // Fewer transactions than tickets: they were grouped.
    expect(after.batches - before.batches).toBeLessThan(20);
    expect(ticketsOnDisk()).toBe(20);
    const versions = published.map((e) => e.payload.version);
    expect(versions).toEqual(versions.map((_, i) => (versions[0] ?? 0) + i));
  });

  it('a refused command in the batch rolls back alone; the others commit and answer', async () => {
    const s = server.app.hall;
    const ok1 = issueTicketQueued(s, { queueId: 'market', issuer: { kind: 'anonymous' } });
    // Writes a ticket first, then says no: its savepoint must take the ticket back with it.
    const refused = submitCommand(s, () => {
      s.database.sqlite.prepare("INSERT INTO counters (queue_id, service_day, last) VALUES ('market', 'refused', 1)").run();
      fail('queue-closed', 'refused after writing');
    });
    const ok2 = issueTicketQueued(s, { queueId: 'housing', issuer: { kind: 'anonymous' } });
    const settled = await Promise.allSettled([ok1, refused, ok2]);
    expect(settled.map((x) => x.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(ticketsOnDisk()).toBe(2);
    expect(outside.prepare("SELECT COUNT(*) AS n FROM counters WHERE service_day = 'refused'").get()).toEqual({ n: 0 });
    expect(groupCommitStats(s).batches).toBe(1);
  });

  it('answers and publishes only after the commit is on disk', async () => {
    const s = server.app.hall;
    let seenOnDiskAtAnswer = -1;
    let eventsAtAnswer = -1;
    const p = issueTicketQueued(s, { queueId: 'market', issuer: { kind: 'anonymous' } }).then(() => {
      seenOnDiskAtAnswer = ticketsOnDisk();
      eventsAtAnswer = published.length;
    });
    expect(ticketsOnDisk()).toBe(0);
    expect(published).toHaveLength(0);
    await p;
    expect(seenOnDiskAtAnswer).toBe(1);
    expect(eventsAtAnswer).toBe(1);
  });

  it('the clerks\' commands join the batch; within it tickets are issued first, then the rest in arrival order', async () => {
    const s = server.app.hall;
    const cookie = await server.clerkAt(1);
    expect((await issue('market')).statusCode).toBe(201);
    const before = groupCommitStats(s);
    const ran: string[] = [];
    const work = (name: string) => () => { ran.push(name); return { result: name, events: [] }; };
    // A call-next over HTTP, two clerk-like commands and two issuing ones, all in flight together.
    const [called] = await Promise.all([
      server.app.inject({ method: 'POST', url: '/api/windows/1/call-next', headers: { cookie } }),
      submitCommand(s, work('a')),
      submitCommand(s, work('issue 1'), 'issue'),
      submitCommand(s, work('b')),
      submitCommand(s, work('issue 2'), 'issue'),
    ]);
    expect(called.statusCode).toBe(200);
    expect(ran).toEqual(['issue 1', 'issue 2', 'a', 'b']);
    const after = groupCommitStats(s);
    expect(after.commands - before.commands).toBe(5);
    expect(after.batches - before.batches).toBe(1);
  });
});
