import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../common/prng.js';
import { movableClock } from '../../tests/support/clock.js';
import { startServer, type TestServer } from '../../tests/support/server.js';
import { issueTicket } from '../app/tickets.js';
import { peopleAhead, pickInputs } from '../domain/ordering.js';

let server: TestServer;
const clock = movableClock();
beforeEach(async () => {
  clock.set(Date.UTC(2026, 10, 30, 1, 0, 0)); // 09:00 in the hall's Asia/Shanghai
  server = await startServer({ clock }, false);
});
afterEach(() => server.close());

describe('tickets repo: place in line counted in SQL', () => {
  it('aheadOfPlain counts what ranking the queue counts, for every plain ticket not yet overdue (random lines)', () => {
    const s = server.app.hall;
    const template = issueTicket(s, { queueId: 'market', issuer: { kind: 'anonymous' } }).row;
    const now = clock();
    const maxWaitMs = (s.catalog.hall(s.hallId)?.maxWaitMin ?? 0) * 60_000;
    const rnd = mulberry32(14);
    let checked = 0;
    for (let round = 0; round < 30; round++) {
      const queueId = `market`;
      const day = `2026-12-${String(round + 1).padStart(2, '0')}`;
      for (let i = 0; i < 25; i++) {
        s.tickets.insert({
          ...template, id: `r${round}-${i}`, serviceDay: day, idempotencyKey: null,
          // Tickets transferred in from other queues share seq numbers with this queue's own.
          issuedQueueId: ['market', 'housing', 'finance'][i % 3] ?? 'market', seq: 1 + Math.floor(i / 3),
          // Few distinct instants, so ties on order_at and on seq are common.
          orderAt: now - Math.floor(rnd() * 4) * (maxWaitMs / 2), status: rnd() < 0.85 ? 'waiting' : 'done',
          priority: rnd() < 0.2 ? 'elderly' : null, source: rnd() < 0.2 ? 'appointment' : 'kiosk',
        });
      }
      const line = s.tickets.waitingInQueue(s.hallId, day, queueId);
      for (const t of line) {
        if (t.priority !== null || t.source === 'appointment' || now - t.orderAt >= maxWaitMs) continue;
        checked += 1;
        expect(s.tickets.aheadOfPlain({ ...t, hallId: s.hallId, serviceDay: day }), `${t.id}`).toBe(peopleAhead(t.id, line, now, { maxWaitMs }));
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('pickInputs reads what the domain would keep of the lines: every special ticket and each queue\'s first walk-in', () => {
    const s = server.app.hall;
    const template = issueTicket(s, { queueId: 'market', issuer: { kind: 'anonymous' } }).row;
    const now = clock();
    const rnd = mulberry32(15);
    const queues = ['market', 'housing', 'finance', 'results'];
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
    for (let round = 0; round < 20; round++) {
      const day = `2027-01-${String(round + 1).padStart(2, '0')}`;
      for (let i = 0; i < 30; i++) {
        s.tickets.insert({
          ...template, id: `p${round}-${i}`, serviceDay: day, idempotencyKey: null, queueId: queues[Math.floor(rnd() * 4)] ?? 'market',
          issuedQueueId: queues[i % 4] ?? 'market', seq: 1 + Math.floor(i / 4), orderAt: now - Math.floor(rnd() * 4) * 60_000,
          status: rnd() < 0.8 ? 'waiting' : 'called', priority: rnd() < 0.15 ? 'elderly' : null, source: rnd() < 0.15 ? 'appointment' : 'kiosk',
        });
      }
      const asked = round % 2 === 0 ? ['market', 'housing'] : ['finance', 'results', 'market', 'finance'];
      const all = s.tickets.waitingInQueues(s.hallId, day, asked);
      expect(all.length).toBeGreaterThan(5);
      expect(ids(s.tickets.pickInputs(s.hallId, day, asked)), `round ${round}`).toEqual(ids(pickInputs(all)));
    }
  });
});
