import { describe, expect, it } from 'vitest';
import type { PriorityReason, TicketSource, TicketStatus } from '../../contract/dto.js';
import { explainPick, peopleAhead, pickNext, rankWaiting, type Candidate } from './ordering.js';

const MIN = 60_000;
const policy = { maxWaitMs: 45 * MIN };
const served = { queueIds: ['market', 'general'], overflowQueueIds: ['results'] };

/** Small seeded PRNG so every property run is reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

let nextSeq = 1;
function c(id: string, orderAt: number, extra: Partial<Candidate> = {}): Candidate {
  return { id, status: 'waiting', queueId: 'market', priority: null, source: 'kiosk', orderAt, seq: nextSeq++, ...extra };
}

describe('call-next ordering', () => {
  it('is first come, first served within a class', () => {
    const pick = pickNext([c('b', 2 * MIN), c('a', 1 * MIN), c('c', 3 * MIN)], served, 10 * MIN, policy);
    expect(pick).toMatchObject({ ticket: { id: 'a' }, reason: 'fifo' });
  });

  it('calls tickets issued in the same millisecond in number order, not by their random ids', () => {
    const waiting = [c('zzz', 5 * MIN, { seq: 1 }), c('aaa', 5 * MIN, { seq: 2 })];
    expect(rankWaiting(waiting, served, 6 * MIN, policy).map((r) => r.ticket.id)).toEqual(['zzz', 'aaa']);
  });

  it('puts green channel, then checked-in appointments, ahead of normal tickets', () => {
    const waiting = [c('n', 1 * MIN), c('appt', 3 * MIN, { source: 'appointment' }), c('green', 5 * MIN, { priority: 'elderly' })];
    expect(rankWaiting(waiting, served, 10 * MIN, policy).map((r) => [r.ticket.id, r.reason])).toEqual([
      ['green', 'green-channel'], ['appt', 'appointment'], ['n', 'fifo'],
    ]);
  });

  it('does not let anyone overtake a ticket that has waited past the limit', () => {
    const waiting = [c('old', 0), c('green', 30 * MIN, { priority: 'disabled' })];
    const pick = pickNext(waiting, served, 46 * MIN, policy);
    expect(pick).toMatchObject({ ticket: { id: 'old' }, reason: 'overdue' });
    expect(explainPick(pick!, 46 * MIN, policy)).toContain('46');
  });

  it('serves overflow queues only when the own queues are empty', () => {
    const waiting = [c('r', 0, { queueId: 'results' }), c('m', 5 * MIN)];
    expect(pickNext(waiting, served, 60 * MIN, policy)?.ticket.id).toBe('m');
    expect(pickNext([c('r', 0, { queueId: 'results' })], served, 60 * MIN, policy)).toMatchObject({ ticket: { id: 'r' }, reason: 'overflow' });
    expect(pickNext([c('x', 0, { queueId: 'housing' })], served, 60 * MIN, policy)).toBeNull();
  });

  it('counts people ahead in the ticket’s own queue by the same order', () => {
    const queue = [c('a', 1 * MIN), c('b', 2 * MIN), c('g', 3 * MIN, { priority: 'pregnant' }), c('d', 4 * MIN)];
    expect(peopleAhead('d', queue, 5 * MIN, policy)).toBe(3);
    expect(peopleAhead('a', queue, 5 * MIN, policy)).toBe(1);
    expect(peopleAhead('g', queue, 5 * MIN, policy)).toBe(0);
  });
});

describe('call-next ordering properties (random sequences)', () => {
  const statuses: TicketStatus[] = ['waiting', 'waiting', 'waiting', 'called', 'done', 'no_show'];
  const queues = ['market', 'general', 'results', 'housing'];
  const priorities: (PriorityReason | null)[] = [null, null, null, null, 'elderly', 'disabled'];
  const sources: TicketSource[] = ['kiosk', 'kiosk', 'phone', 'appointment'];

  function randomTickets(r: () => number, n: number, now: number): Candidate[] {
    return Array.from({ length: n }, (_, i) => ({
      id: `t${i}`,
      status: statuses[Math.floor(r() * statuses.length)] ?? 'waiting',
      queueId: queues[Math.floor(r() * queues.length)] ?? 'market',
      priority: priorities[Math.floor(r() * priorities.length)] ?? null,
      source: sources[Math.floor(r() * sources.length)] ?? 'kiosk',
      orderAt: now - Math.floor(r() * 90) * MIN,
      seq: i + 1,
    }));
  }

  it('never picks a ticket that is not waiting or not served here, and is deterministic', () => {
    const r = rng(7);
    for (let run = 0; run < 300; run++) {
      const now = 200 * MIN;
      const tickets = randomTickets(r, 1 + Math.floor(r() * 30), now);
      const pick = pickNext(tickets, served, now, policy);
      const eligible = tickets.filter((t) => t.status === 'waiting' && [...served.queueIds, ...served.overflowQueueIds].includes(t.queueId));
      if (eligible.length === 0) {
        expect(pick).toBeNull();
        continue;
      }
      expect(pick).not.toBeNull();
      expect(pick!.ticket.status).toBe('waiting');
      expect(eligible).toContain(pick!.ticket);
      const shuffled = [...tickets].sort(() => r() - 0.5);
      expect(rankWaiting(shuffled, served, now, policy).map((x) => x.ticket.id)).toEqual(rankWaiting(tickets, served, now, policy).map((x) => x.ticket.id));
    }
  });

  it('never starves: once overdue, a ticket is overtaken only by tickets that came earlier', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      const waiting: Candidate[] = [];
      const picked: { t: Candidate; at: number }[] = [];
      let id = 0;
      // A busy hall: arrivals (a third of them green channel) outpace the one window for 6 hours.
      for (let now = 0; now < 360 * MIN; now += MIN) {
        if (r() < 0.35) waiting.push(c(`t${id++}`, now, { priority: r() < 0.33 ? 'elderly' : null, queueId: r() < 0.5 ? 'market' : 'general' }));
        if (now % (3 * MIN) === 0) {
          const pick = pickNext(waiting, served, now, policy);
          if (!pick) continue;
          // Every ticket still waiting that was already overdue must have come after the pick.
          for (const w of waiting) {
            if (w !== pick.ticket && now - w.orderAt >= policy.maxWaitMs) expect(w.orderAt).toBeGreaterThanOrEqual(pick.ticket.orderAt);
          }
          waiting.splice(waiting.indexOf(pick.ticket), 1);
          picked.push({ t: pick.ticket, at: now });
        }
      }
      // With the guard, picks among overdue tickets follow arrival order.
      const overdue = picked.filter((p) => p.at - p.t.orderAt >= policy.maxWaitMs);
      for (let i = 1; i < overdue.length; i++) expect(overdue[i]!.t.orderAt).toBeGreaterThanOrEqual(overdue[i - 1]!.t.orderAt);
      expect(picked.length).toBeGreaterThan(50);
    }
  });
});
