import { describe, expect, it } from 'vitest';
import { averageServiceMinutes, estimateWaitMinutes } from './estimate.js';

describe('wait estimate', () => {
  it('is zero with nobody ahead', () => {
    expect(estimateWaitMinutes({ peopleAhead: 0, openWindows: 2, recentServiceMinutes: [], defaultServiceMinutes: 10 })).toBe(0);
  });
  it('uses the configured default until there are enough recent services', () => {
    expect(estimateWaitMinutes({ peopleAhead: 4, openWindows: 2, recentServiceMinutes: [1, 1], defaultServiceMinutes: 10 })).toBe(20);
  });
  it('uses recent service times and the windows actually open', () => {
    expect(estimateWaitMinutes({ peopleAhead: 6, openWindows: 3, recentServiceMinutes: [4, 6, 5, 5], defaultServiceMinutes: 10 })).toBe(10);
    expect(estimateWaitMinutes({ peopleAhead: 6, openWindows: 1, recentServiceMinutes: [4, 6, 5, 5], defaultServiceMinutes: 10 })).toBe(30);
  });
  it('assumes one window when none is open rather than promising nothing', () => {
    expect(estimateWaitMinutes({ peopleAhead: 2, openWindows: 0, recentServiceMinutes: [], defaultServiceMinutes: 7 })).toBe(14);
  });
  it('averages only the last 20 samples', () => {
    const recent = [...Array.from({ length: 30 }, () => 100), ...Array.from({ length: 20 }, () => 2)];
    expect(averageServiceMinutes(recent, 10)).toBe(2);
  });
});
