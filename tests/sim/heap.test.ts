import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../server/sim/heap.js';

/** A small seeded generator, so a failure replays. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('MinHeap (the event queue)', () => {
  it('pops in key order, ties in insertion order, through interleaved pushes and pops', () => {
    const rnd = lcg(7);
    const heap = new MinHeap<{ key: number; seq: number }>((a, b) => a.key < b.key || (a.key === b.key && a.seq < b.seq));
    const model: { key: number; seq: number }[] = [];
    const popped: { key: number; seq: number }[] = [];
    const expected: { key: number; seq: number }[] = [];
    let seq = 0;
    for (let round = 0; round < 2000; round++) {
      if (rnd() < 0.6 || model.length === 0) {
        const item = { key: Math.floor(rnd() * 50), seq: seq++ };
        heap.push(item);
        model.push(item);
      } else {
        model.sort((a, b) => a.key - b.key || a.seq - b.seq);
        expected.push(model.shift() as { key: number; seq: number });
        const got = heap.pop();
        if (got) popped.push(got);
      }
      expect(heap.size).toBe(model.length);
    }
    expect(popped).toEqual(expected);
    expect(new MinHeap<number>((a, b) => a < b).pop()).toBeUndefined();
  });
});
