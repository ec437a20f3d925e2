/**
 * The walk-in cap (issue 15) as properties of the pure ordering: a window calls over a simulated
 * clock while walk-ins, appointments and green-channel visitors arrive at random (seeded).
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../common/prng.js';
import type { PriorityReason, TicketSource } from '../../contract/dto.js';
import { isWalkIn, pickNext, rankWaiting, recentCallOf, type Candidate, type OrderingPolicy, type RecentCall, type Ranked } from './ordering.js';

const MIN = 60_000;
const served = { queueIds: ['market', 'general'], overflowQueueIds: ['results'] };
const own = (c: Candidate) => served.queueIds.includes(c.queueId);
/** Call order by time (ordering.ts): arrival, then the window's queue order, then issue sequence. */
const byTime = (a: Candidate, b: Candidate) => a.orderAt - b.orderAt || served.queueIds.indexOf(a.queueId) - served.queueIds.indexOf(b.queueId) || a.seq - b.seq;
const earlier = (a: Candidate, b: Candidate) => byTime(a, b) < 0;

interface Call {
  pick: Ranked<Candidate>;
  /** A walk-in of the window's own queues had waited past the cap's limit. */
  walkInLong: boolean;
  /** The pick is an appointment while an earlier walk-in of the window's own queues was waiting. */
  aheadOfWalkIn: boolean;
  /** Own tickets past maxWaitMs at the call. */
  overdue: Candidate[];
  /** Own waiting appointments and walk-ins, green channel and overdue left out. */
  plainWaiting: Candidate[];
}

/** One window calling every few minutes for six hours; arrivals at the given rates per minute. */
function simulate(seed: number, policy: OrderingPolicy, rates: { walkIn: number; appointment: number; green: number }): Call[] {
  const r = mulberry32(seed);
  const cap = policy.appointmentCap;
  const waiting: Candidate[] = [];
  const recent: RecentCall[] = [];
  const calls: Call[] = [];
  let seq = 0;
  const arrive = (source: TicketSource, priority: PriorityReason | null, now: number) => {
    const queueId = r() < 0.1 ? 'results' : r() < 0.5 ? 'market' : 'general';
    seq += 1;
    waiting.push({ id: `t${seq}`, status: 'waiting', queueId, priority, source, orderAt: now, seq });
  };
  let nextCall = 0;
  for (let now = 0; now < 360 * MIN; now += MIN) {
    if (r() < rates.walkIn) arrive('kiosk', null, now);
    if (r() < rates.appointment) arrive('appointment', null, now);
    if (r() < rates.green) arrive('kiosk', 'elderly', now);
    if (now < nextCall) continue;
    const pick = pickNext(waiting, served, now, policy, recent);
    if (!pick) continue;
    const ownWaiting = waiting.filter(own);
    const isOverdue = (c: Candidate) => now - c.orderAt >= policy.maxWaitMs;
    calls.push({
      pick,
      walkInLong: cap !== undefined && ownWaiting.some((c) => isWalkIn(c) && now - c.orderAt >= cap.walkInWaitMs),
      aheadOfWalkIn: own(pick.ticket) && pick.ticket.source === 'appointment' && ownWaiting.some((c) => isWalkIn(c) && earlier(c, pick.ticket)),
      overdue: ownWaiting.filter(isOverdue),
      plainWaiting: ownWaiting.filter((c) => c.priority === null && !isOverdue(c)),
    });
    waiting.splice(waiting.indexOf(pick.ticket), 1);
    recent.unshift(recentCallOf(pick));
    nextCall = now + (2 + Math.floor(r() * 3)) * MIN;
  }
  return calls;
}

const policyWith = (every: number): OrderingPolicy => ({ maxWaitMs: 45 * MIN, appointmentCap: { every, walkInWaitMs: 20 * MIN } });
/** Busy days: appointments alone nearly fill the window, walk-ins keep coming. */
const busy = { walkIn: 0.2, appointment: 0.28, green: 0.02 };

describe('the walk-in cap (random days at one window)', () => {
  it('takes at most one appointment ahead of walk-ins in any K calls while a walk-in waits past the limit', () => {
    let capped = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const every = 2 + (seed % 3);
      const calls = simulate(seed, policyWith(every), busy);
      calls.forEach((call, i) => {
        if (!call.walkInLong || !call.aheadOfWalkIn) return;
        // An appointment went ahead of a walk-in who waited long: none of the previous K − 1 calls did.
        const before = calls.slice(Math.max(0, i - (every - 1)), i);
        expect(before.filter((c) => c.aheadOfWalkIn), `seed ${seed}, call ${i}`).toEqual([]);
      });
      // Any K consecutive calls made while a walk-in waited past the limit.
      for (let i = 0; i + every <= calls.length; i++) {
        const run = calls.slice(i, i + every);
        if (run.every((c) => c.walkInLong)) expect(run.filter((c) => c.aheadOfWalkIn).length, `seed ${seed}, calls ${i}…`).toBeLessThanOrEqual(1);
      }
      capped += calls.filter((c) => c.pick.capped).length;
    }
    // The days are busy enough for the cap to matter.
    expect(capped).toBeGreaterThan(100);
  });

  it('still calls a ticket past the wait limit before anyone who is not, oldest first', () => {
    for (let seed = 1; seed <= 60; seed++) {
      for (const call of simulate(seed, policyWith(3), { walkIn: 0.3, appointment: 0.2, green: 0.03 })) {
        const oldest = [...call.overdue].sort(byTime)[0];
        if (oldest) expect(call.pick).toMatchObject({ ticket: oldest, reason: 'overdue' });
      }
    }
  });

  it('keeps appointments ahead of walk-ins while no walk-in has waited past the limit', () => {
    let ahead = 0;
    for (let seed = 1; seed <= 60; seed++) {
      for (const call of simulate(seed, policyWith(3), { walkIn: 0.12, appointment: 0.12, green: 0.02 })) {
        if (call.walkInLong || call.overdue.length > 0 || call.pick.reason === 'green-channel') continue;
        const appointment = call.plainWaiting.some((c) => c.source === 'appointment');
        if (appointment) expect(call.pick.reason, `seed ${seed}`).toBe('appointment');
        if (call.aheadOfWalkIn) ahead += 1;
      }
    }
    expect(ahead).toBeGreaterThan(20);
  });
});

/** Today's rule, written out as one sort key: the order without the cap. */
function referenceOrder(waiting: readonly Candidate[], now: number, maxWaitMs: number): string[] {
  const tier = (c: Candidate) => (served.queueIds.includes(c.queueId) ? 0 : served.overflowQueueIds.includes(c.queueId) ? 1 : -1);
  const key = (c: Candidate): (number | string)[] => {
    const overdue = now - c.orderAt >= maxWaitMs;
    const cls = c.priority !== null ? 0 : c.source === 'appointment' ? 1 : 2;
    const order = tier(c) === 0 ? served.queueIds : served.overflowQueueIds;
    return [tier(c), overdue ? 0 : 1, overdue ? 0 : cls, c.orderAt, order.indexOf(c.queueId), c.seq, c.id];
  };
  const cmp = (a: Candidate, b: Candidate) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) < (kb[i] ?? 0) ? -1 : 1;
    return 0;
  };
  return waiting.filter((c) => c.status === 'waiting' && tier(c) >= 0).sort(cmp).map((c) => c.id);
}

describe('without the cap', () => {
  it('ranks exactly as before issue 15 (random lines)', () => {
    const r = mulberry32(99);
    const sources: TicketSource[] = ['kiosk', 'phone', 'appointment', 'appointment'];
    for (let run = 0; run < 300; run++) {
      const now = 300 * MIN;
      const waiting: Candidate[] = Array.from({ length: Math.floor(r() * 30) }, (_, i) => ({
        id: `t${i}`, status: r() < 0.9 ? 'waiting' : 'called', queueId: ['market', 'general', 'results', 'housing'][Math.floor(r() * 4)] ?? 'market',
        priority: r() < 0.15 ? 'disabled' : null, source: sources[Math.floor(r() * sources.length)] ?? 'kiosk', orderAt: now - Math.floor(r() * 90) * MIN, seq: i + 1,
      }));
      const expected = referenceOrder(waiting, now, 45 * MIN);
      const ids = (policy: OrderingPolicy, recent?: RecentCall[]) => rankWaiting(waiting, served, now, policy, recent).map((x) => x.ticket.id);
      expect(ids({ maxWaitMs: 45 * MIN })).toEqual(expected);
      expect(ids({ maxWaitMs: 45 * MIN }, [{ aheadOfWalkIns: true }])).toEqual(expected);
      // The cap on but no recent calls given (people ahead), or none of them ahead of walk-ins.
      expect(ids(policyWith(3))).toEqual(expected);
      expect(ids(policyWith(3), [{ aheadOfWalkIns: false }, { aheadOfWalkIns: false }, { aheadOfWalkIns: true }])).toEqual(expected);
    }
  });
});
