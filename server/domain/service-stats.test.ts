import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../common/prng.js';
import { digestHistory, learnServiceModel, mergeDigests, modelOfDigest, shrunkMean, trimmedMean, type PastTicket } from './service-stats.js';

const MIN = 60_000;
let clock = 0;
function done(queueId: string, matterId: string | null, minutes: number, more: Partial<PastTicket> = {}): PastTicket {
  clock += MIN;
  return { serviceDay: '2026-11-20', queueId, matterId, status: 'done', priority: null, issuedAt: clock, calledAt: clock, lastCalledAt: clock, finishedAt: clock + minutes * MIN, noShowAt: null, ...more };
}

describe('service history', () => {
  it('trims the extremes before averaging', () => {
    expect(trimmedMean([5, 5, 5, 5, 5, 5, 5, 5, 5, 200])).toBe(5);
    expect(trimmedMean([])).toBeUndefined();
  });

  it('pulls a mean of few samples toward the prior', () => {
    expect(shrunkMean([20], 8)).toBe(11);
    expect(shrunkMean([], 8)).toBe(8);
  });

  it('learns matters of one queue apart, and falls back to the queue, then to the default', () => {
    const rows = [...Array.from({ length: 30 }, () => done('A', 'long', 20)), ...Array.from({ length: 30 }, () => done('A', 'short', 10))];
    const m = learnServiceModel(rows, new Map([['A', 8], ['B', 6]]));
    expect(m.minutes('A', 'long')).toBeCloseTo(19.5, 0);
    expect(m.minutes('A', 'short')).toBeCloseTo(10.5, 0);
    expect(m.minutes('A', 'unseen')).toBeCloseTo(m.minutes('A', null), 5);
    expect(m.minutes('B', null)).toBe(6);
    expect(m.minutes('X', null)).toBe(10);
  });

  it('counts no-shows per called ticket and green-channel tickets per issuing minute', () => {
    const rows = [
      ...Array.from({ length: 90 }, () => done('A', null, 5)),
      ...Array.from({ length: 10 }, () => done('A', null, 5, { status: 'no_show', noShowAt: 1, finishedAt: null })),
      ...Array.from({ length: 20 }, () => done('A', null, 5, { priority: 'elderly' })),
    ];
    const m = learnServiceModel(rows, new Map());
    expect(m.noShowRate('A')).toBeCloseTo(10 / 120, 2);
    // 120 tickets issued one a minute: 119 issuing minutes, 20 of them green.
    expect(m.greenPerMinute('A')).toBeCloseTo(20 / 119, 3);
    expect(m.greenPerMinute('B')).toBe(0);
  });

  it('learns the same from digests of days merged as from all the rows at once', () => {
    const rnd = mulberry32(14);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const days = ['2026-11-18', '2026-11-19', '2026-11-20'];
    const rows = Array.from({ length: 600 }, (_, i): PastTicket => {
      const issuedAt = Date.UTC(2026, 10, 18 + (i % 3), 1) + Math.floor(rnd() * 8 * 60) * MIN;
      const calledAt = rnd() < 0.9 ? issuedAt + Math.floor(rnd() * 30) * MIN : null;
      const status = calledAt === null ? 'waiting' : pick(['done', 'done', 'done', 'no_show']);
      return {
        serviceDay: days[i % 3] ?? '', queueId: pick(['a', 'b', 'c']), matterId: pick([null, 'm1', 'm2', 'm3']), status, priority: rnd() < 0.05 ? 'elderly' : null,
        issuedAt, calledAt, lastCalledAt: calledAt, finishedAt: status === 'done' && calledAt !== null ? calledAt + (1 + rnd() * 40) * MIN : null,
        noShowAt: status === 'no_show' ? issuedAt : null,
      };
    });
    const defaults = new Map([['a', 6], ['b', 12]]);
    const whole = learnServiceModel(rows, defaults);
    const [first = [], ...rest] = days.map((d) => rows.filter((r) => r.serviceDay === d));
    const merged = modelOfDigest(rest.reduce((acc, part) => mergeDigests(acc, digestHistory(part)), digestHistory(first)), defaults);
    for (const q of ['a', 'b', 'c', 'z']) {
      for (const m of [null, 'm1', 'm2', 'm3']) expect(merged.minutes(q, m)).toBeCloseTo(whole.minutes(q, m), 9);
      expect(merged.noShowRate(q)).toBeCloseTo(whole.noShowRate(q), 12);
      expect(merged.greenPerMinute(q)).toBeCloseTo(whole.greenPerMinute(q), 12);
    }
  });
});
