import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from './idle.js';

let log: string[];
let timer: IdleTimer;
beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  timer = new IdleTimer({
    timeoutMs: 60_000,
    warnMs: 10_000,
    onCountdown: (s) => log.push(`countdown ${s}`),
    onActive: () => log.push('active'),
    onIdle: () => log.push('idle'),
  });
});
afterEach(() => {
  timer.stop();
  vi.useRealTimers();
});

describe('idle timer', () => {
  it('takes new times from the hall and counts them from the change', () => {
    timer.start();
    vi.advanceTimersByTime(30_000);
    timer.reconfigure(120_000, 10_000);
    vi.advanceTimersByTime(100_000);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(20_000);
    expect(log.at(-1)).toBe('idle');
  });

  it('warns for the last 10 s, counting down each second, then goes idle at 60 s', () => {
    timer.start();
    vi.advanceTimersByTime(49_999);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['countdown 10']);
    vi.advanceTimersByTime(3000);
    expect(log).toEqual(['countdown 10', 'countdown 9', 'countdown 8', 'countdown 7']);
    vi.advanceTimersByTime(7000);
    expect(log.at(-1)).toBe('idle');
    expect(log.filter((l) => l === 'idle')).toHaveLength(1);
  });

  it('starts again from a touch, so an active visitor is never reset', () => {
    timer.start();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(45_000);
      timer.poke();
    }
    expect(log).toEqual([]);
  });

  it('hides the warning when the visitor touches during it', () => {
    timer.start();
    vi.advanceTimersByTime(55_000);
    timer.poke();
    expect(log.at(-1)).toBe('active');
    vi.advanceTimersByTime(49_000);
    expect(log.includes('idle')).toBe(false);
    vi.advanceTimersByTime(11_000);
    expect(log.at(-1)).toBe('idle');
  });

  it('keeps watching after going idle, for the next visitor', () => {
    timer.start();
    vi.advanceTimersByTime(120_000);
    expect(log.filter((l) => l === 'idle')).toHaveLength(2);
  });

  it('does nothing once stopped, and ignores touches before it starts', () => {
    timer.poke();
    vi.advanceTimersByTime(120_000);
    expect(log).toEqual([]);
    timer.start();
    timer.stop();
    vi.advanceTimersByTime(120_000);
    expect(log).toEqual([]);
  });
});
