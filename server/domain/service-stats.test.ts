import { describe, expect, it } from 'vitest';
import { learnServiceModel, shrunkMean, trimmedMean, type PastTicket } from './service-stats.js';

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
});
