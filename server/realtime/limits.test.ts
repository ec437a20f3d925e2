import { describe, expect, it } from 'vitest';
import { TokenBucket } from './limits.js';

describe('client message budget', () => {
  it('serves a burst up to capacity, then refuses, then drops a client that keeps on', () => {
    const b = new TokenBucket({ capacity: 3, refillPerSec: 1, maxRefused: 2 }, 0);
    expect([b.take(0), b.take(0), b.take(0)]).toEqual(['ok', 'ok', 'ok']);
    expect(b.take(0)).toBe('refuse');
    expect(b.take(0)).toBe('refuse');
    expect(b.take(0)).toBe('drop');
  });

  it('refills with time, never above capacity', () => {
    const b = new TokenBucket({ capacity: 2, refillPerSec: 1, maxRefused: 10 }, 0);
    b.take(0);
    b.take(0);
    expect(b.take(500)).toBe('refuse');
    expect(b.take(1500)).toBe('ok');
    expect([b.take(100_000), b.take(100_000), b.take(100_000)]).toEqual(['ok', 'ok', 'refuse']);
  });
});
