import { describe, expect, it } from 'vitest';
import { LOCKOUT, lockDurationMs, retryAfterSeconds } from './lockout.js';

describe('lockDurationMs', () => {
  it('does not lock before the fifth consecutive failure', () => {
    for (let n = 0; n < LOCKOUT.threshold; n++) expect(lockDurationMs(n)).toBe(0);
  });

  it('locks for 30 s at the fifth, doubling with each further failure up to 15 min', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 1000].map(lockDurationMs)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
  });
});

describe('retryAfterSeconds', () => {
  it('rounds up and never says 0 while locked', () => {
    expect(retryAfterSeconds(30_000, 0)).toBe(30);
    expect(retryAfterSeconds(30_000, 29_999)).toBe(1);
    expect(retryAfterSeconds(30_000, 100)).toBe(30);
  });
});
