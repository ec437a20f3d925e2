import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../common/prng.js';
import { forecastCalls, type ForecastInput, type ForecastTicket, type ForecastWindow, type Interval } from './forecast.js';
import { Replay } from './forecast-replay.js';

const MIN = 60_000;
const H = (h: number, m = 0) => (h * 60 + m) * MIN;
const QUEUES = ['A', 'B', 'C', 'D'];

/**
 * A random hall state: windows with own and overflow queues, spans, pauses and services in progress; a mixed line.
 * With `appointmentShare` > 0.1: that share of the line are appointments, the appointment cap is on and each
 * window has recent calls (lines mostly of appointments make newcomers the walk-ins that put the cap in force).
 */
function randomState(seed: number, appointmentShare = 0.1): { input: ForecastInput; newcomers: ForecastTicket[] } {
  const rnd = mulberry32(seed);
  const cap = appointmentShare > 0.1;
  const pickOf = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const now = H(8, 30) + Math.floor(rnd() * H(8));
  const windows: ForecastWindow[] = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, i) => {
    const own = QUEUES.filter(() => rnd() < 0.4);
    const overflow = QUEUES.filter((q) => !own.includes(q) && rnd() < 0.25);
    const planned: Interval[] = rnd() < 0.2 ? [] : [[H(8, 30), H(12)], [H(13, 30), H(17, 30)]];
    return {
      id: i + 1, served: { queueIds: own.length ? own : [pickOf(QUEUES)], overflowQueueIds: overflow }, state: pickOf(['open', 'open', 'open', 'paused', 'closed'] as const),
      planned, busy: rnd() < 0.5 ? { since: now - Math.floor(rnd() * 20 * MIN), expectedMinutes: 2 + Math.floor(rnd() * 20) } : null,
      ...(cap ? { recent: Array.from({ length: Math.floor(rnd() * 4) }, () => ({ aheadOfWalkIns: rnd() < 0.5 })) } : {}),
    };
  });
  let seq = 0;
  const waiting: ForecastTicket[] = Array.from({ length: Math.floor(rnd() * 60) }, (_, i) => ({
    id: `w${i}`, status: rnd() < 0.95 ? 'waiting' : 'called', queueId: pickOf(QUEUES), priority: rnd() < 0.1 ? 'elderly' : null,
    source: rnd() < appointmentShare ? 'appointment' : 'kiosk', orderAt: now - Math.floor(rnd() * 180 * MIN), seq: ++seq, matterId: rnd() < 0.5 ? 'long' : null,
  }));
  const minutes = 3 + rnd() * 12;
  const noShow = rnd() * 0.1;
  const green = Object.fromEntries(QUEUES.map((q) => [q, rnd() < 0.5 ? rnd() * 0.1 : 0]));
  const input: ForecastInput = {
    now, endOfDay: H(24), windows, waiting,
    policy: { maxWaitMs: (20 + Math.floor(rnd() * 100)) * MIN, ...(cap ? { appointmentCap: { every: 2 + Math.floor(rnd() * 3), walkInWaitMs: Math.floor(rnd() * 40) * MIN } } : {}) }, noShowMinutes: 4, backWithinMinutes: 10,
    model: { minutes: (_q, m) => (m === 'long' ? 2 * minutes : minutes), noShowRate: () => noShow, greenPerMinute: (q) => green[q] ?? 0 },
  };
  let at = now;
  const newcomers = Array.from({ length: 1 + Math.floor(rnd() * 12) }, (_, i): ForecastTicket => {
    at += Math.floor(rnd() * 2) * Math.floor(rnd() * 30_000);
    return { id: `n${i}`, status: 'waiting', queueId: pickOf(QUEUES), priority: null, source: 'kiosk', orderAt: at, seq: ++seq, matterId: rnd() < 0.5 ? 'long' : null };
  });
  return { input, newcomers };
}

describe('resumable forward replay', () => {
  it.each([
    ['random halls', 0.1],
    ['random halls with appointments and the walk-in cap', 0.35],
    ['random halls of mostly appointments, with the walk-in cap', 0.9],
  ])('gives every ticket the call a replay from the start gives, also after tickets are added one by one (%s)', (_name, appointmentShare) => {
    let resumed = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const { input, newcomers } = randomState(seed, appointmentShare);
      const replay = new Replay(input);
      expect(replay.calls, `seed ${seed}, start`).toEqual(forecastCalls(input));
      const waiting = [...input.waiting];
      for (const t of newcomers) {
        waiting.push(t);
        expect(replay.addNewest(t), `seed ${seed}: ${t.id} is a newest plain ticket`).toBe(true);
        resumed += 1;
        expect(replay.calls, `seed ${seed}, after ${t.id}`).toEqual(forecastCalls({ ...input, waiting }));
      }
    }
    expect(resumed).toBeGreaterThan(400);
  });

  it('refuses what is not a plain ticket at the newest end of its line', () => {
    const { input } = randomState(7);
    const replay = new Replay(input);
    const base: ForecastTicket = { id: 'x', status: 'waiting', queueId: 'A', priority: null, source: 'kiosk', orderAt: input.now, seq: 1e6, matterId: null };
    expect(replay.addNewest({ ...base, priority: 'elderly' })).toBe(false);
    expect(replay.addNewest({ ...base, source: 'appointment' })).toBe(false);
    expect(replay.addNewest({ ...base, orderAt: input.now - 1 })).toBe(false);
    expect(replay.addNewest(base)).toBe(true);
    expect(replay.addNewest(base)).toBe(false);
  });
});
