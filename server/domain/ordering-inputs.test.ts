/**
 * Call-next reads only `pickInputs` of a window's lines (every green-channel and appointment
 * ticket, and each queue's first walk-in). Held here: on random lines the pick made from those
 * is the pick made from everything, reason and cap flag included.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../common/prng.js';
import type { PriorityReason, TicketSource, TicketStatus } from '../../contract/dto.js';
import { pickInputs, pickNext, type Candidate, type OrderingPolicy, type RecentCall } from './ordering.js';

const MIN = 60_000;
const QUEUES = ['market', 'general', 'results', 'housing'];

describe('pickInputs: the pick from the line heads and special tickets is the pick from all', () => {
  it('on 3,000 random lines, policies and recent calls', () => {
    const r = mulberry32(1414);
    const pickOf = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    let reduced = 0;
    const reasons = new Set<string>();
    for (let round = 0; round < 3000; round++) {
      const now = 600 * MIN;
      const size = Math.floor(r() * 40);
      const waiting: Candidate[] = Array.from({ length: size }, (_, i) => ({
        id: `t${Math.floor(r() * 1000)}-${i}`,
        status: pickOf<TicketStatus>(['waiting', 'waiting', 'waiting', 'waiting', 'called']),
        queueId: pickOf(QUEUES),
        priority: r() < 0.15 ? pickOf<PriorityReason>(['elderly', 'disabled']) : null,
        source: r() < 0.2 ? 'appointment' : pickOf<TicketSource>(['kiosk', 'phone']),
        // Few distinct instants, some past the 45-minute bound, so ties and overdue tickets are common.
        orderAt: now - Math.floor(r() * 6) * 15 * MIN,
        seq: 1 + Math.floor(r() * 8),
      }));
      const served = r() < 0.5
        ? { queueIds: ['market', 'general'], overflowQueueIds: ['results'] }
        : { queueIds: [pickOf(QUEUES)], overflowQueueIds: r() < 0.5 ? [] : ['market', 'housing'] };
      const policy: OrderingPolicy = r() < 0.3 ? { maxWaitMs: 45 * MIN } : { maxWaitMs: 45 * MIN, appointmentCap: { every: 1 + Math.floor(r() * 4), walkInWaitMs: Math.floor(r() * 4) * 15 * MIN } };
      const recent: RecentCall[] | undefined = r() < 0.2 ? undefined : Array.from({ length: 3 }, () => ({ aheadOfWalkIns: r() < 0.5 }));
      const inputs = pickInputs(waiting);
      if (inputs.length < waiting.length) reduced += 1;
      const full = pickNext(waiting, served, now, policy, recent);
      expect(pickNext(inputs, served, now, policy, recent), `round ${round}`).toStrictEqual(full);
      if (full) reasons.add(`${full.reason}${full.capped ? '+capped' : ''}`);
    }
    // The lines were long enough for the reduction to matter, and every kind of pick occurred.
    expect(reduced).toBeGreaterThan(2000);
    expect([...reasons].sort()).toEqual(['appointment', 'fifo', 'fifo+capped', 'green-channel', 'overdue', 'overflow']);
  });
});
