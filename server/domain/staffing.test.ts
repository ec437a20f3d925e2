import { describe, expect, it } from 'vitest';
import { allowedWindows, mayTakeOver } from './staffing.js';

const windows = [
  { id: 1, queueIds: ['market'] }, { id: 2, queueIds: ['market'] }, { id: 5, queueIds: ['housing'] },
  { id: 26, queueIds: ['livelihood', 'construction'] }, { id: 27, queueIds: ['construction'] },
];
const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('allowed windows', () => {
  it('gives a clerk their own window and the ones serving the same queues', () => {
    expect(sorted(allowedWindows({ role: 'clerk', defaultWindowId: 1, allowedWindowIds: null }, windows))).toEqual([1, 2]);
    expect(sorted(allowedWindows({ role: 'clerk', defaultWindowId: 5, allowedWindowIds: null }, windows))).toEqual([5]);
    expect(sorted(allowedWindows({ role: 'clerk', defaultWindowId: 26, allowedWindowIds: null }, windows))).toEqual([26, 27]);
  });

  it('follows an explicit list, and gives a clerk without a window nothing', () => {
    expect(sorted(allowedWindows({ role: 'clerk', defaultWindowId: 1, allowedWindowIds: [5, 27] }, windows))).toEqual([5, 27]);
    expect(sorted(allowedWindows({ role: 'clerk', defaultWindowId: null, allowedWindowIds: null }, windows))).toEqual([]);
  });

  it('lets supervisors and administrators oversee every window', () => {
    expect(allowedWindows({ role: 'supervisor', defaultWindowId: null, allowedWindowIds: null }, windows).size).toBe(5);
    expect(allowedWindows({ role: 'admin', defaultWindowId: null, allowedWindowIds: [] }, windows).size).toBe(5);
  });
});

describe('takeover', () => {
  it('is free on an idle window and kept to the same clerk or a supervisor when a ticket is held', () => {
    expect(mayTakeOver({ role: 'clerk', userId: 2 }, 1, false)).toBe(true);
    expect(mayTakeOver({ role: 'clerk', userId: 2 }, 1, true)).toBe(false);
    expect(mayTakeOver({ role: 'clerk', userId: 1 }, 1, true)).toBe(true);
    expect(mayTakeOver({ role: 'supervisor', userId: 9 }, 1, true)).toBe(true);
  });
});
