/**
 * A small seeded PRNG (mulberry32) and the choices the fuzzer makes with it. Every request gets
 * its own stream derived from (run seed, request index), so one request can be rebuilt from the
 * two numbers a failure report prints, whatever the requests before it drew.
 */
import { mulberry32 } from '../../../common/prng.js';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** One key of `weights`, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}


export function rngFrom(next: () => number): Rng {
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (p) => next() < p,
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [key, w] of entries) {
        r -= w;
        if (r < 0) return key;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted pick from no weights');
      return last[0];
    },
  };
  return rng;
}

/** The stream of request `index` in the run seeded with `seed`. */
export function rngFor(seed: number, index: number): Rng {
  // Mix the index in with a multiplicative hash so neighbouring indexes do not share streams.
  return rngFrom(mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0));
}

/** FUZZ_SEED as a decimal or 0x number; anything else falls back so a typo is not silently random. */
export function seedFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value.trim());
  if (!Number.isInteger(n)) throw new Error(`FUZZ_SEED must be an integer, got ${JSON.stringify(value)}`);
  return n >>> 0;
}
