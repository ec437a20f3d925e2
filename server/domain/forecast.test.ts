import { describe, expect, it } from 'vitest';
import { availability, forecastCalls, minutesUntil, remainingMinutes, type ForecastInput, type ForecastTicket, type ForecastWindow, type ServiceModel } from './forecast.js';

const MIN = 60_000;
const H = (h: number, m = 0) => (h * 60 + m) * MIN;
const NOW = H(8, 30);

function model(o: { minutes?: Record<string, number>; noShow?: number; green?: Record<string, number> } = {}): ServiceModel {
  return {
    minutes: (q, m) => o.minutes?.[m ?? q] ?? o.minutes?.[q] ?? 10,
    noShowRate: () => o.noShow ?? 0,
    greenPerMinute: (q) => o.green?.[q] ?? 0,
  };
}

function win(id: number, queueIds: string[], more: Partial<ForecastWindow> = {}): ForecastWindow {
  return { id, served: { queueIds, overflowQueueIds: [] }, state: 'open', planned: [[H(8, 30), H(12)], [H(13, 30), H(17, 30)]], busy: null, ...more };
}

let seq = 0;
function tickets(queueId: string, n: number, from = H(8), matterId: string | null = null): ForecastTicket[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${queueId}${i}`, status: 'waiting', queueId, priority: null, source: 'kiosk', orderAt: from + i * 1000, seq: ++seq, matterId }));
}

function run(o: Partial<ForecastInput> & Pick<ForecastInput, 'windows' | 'waiting'>): Map<string, number | null> {
  return forecastCalls({ now: NOW, endOfDay: H(24), policy: { maxWaitMs: 120 * MIN }, model: model(), noShowMinutes: 4, backWithinMinutes: 10, ...o });
}
const wait = (calls: Map<string, number | null>, id: string, now = NOW) => minutesUntil(calls.get(id), now);

describe('forward estimate', () => {
  it('calls one after another at the expected service length per matter', () => {
    const waiting = [...tickets('A', 1, H(8), 'long'), ...tickets('B', 1, H(8, 1), 'short')].map((t, i) => ({ ...t, queueId: 'A', id: `t${i}` }));
    const calls = run({ windows: [win(1, ['A'])], waiting, model: model({ minutes: { long: 20, short: 5 } }) });
    expect([wait(calls, 't0'), wait(calls, 't1')]).toEqual([0, 20]);
  });

  it('closes a window for lunch at its span end and reopens it at the next span', () => {
    const calls = run({ now: H(11, 40), windows: [win(1, ['A'])], waiting: tickets('A', 4) });
    // 11:40, 11:50 called before noon; the third waits for 13:30.
    expect([0, 1, 2, 3].map((i) => wait(calls, `A${i}`, H(11, 40)))).toEqual([0, 10, 110, 120]);
  });

  it('opens a window that starts late at its planned time, not before', () => {
    const late = win(1, ['A'], { state: 'closed', planned: [[H(9, 20), H(12)]] });
    const calls = run({ windows: [late], waiting: tickets('A', 2) });
    expect([wait(calls, 'A0'), wait(calls, 'A1')]).toEqual([50, 60]);
  });

  it('shares an undifferentiated window between its two queues in order of arrival', () => {
    const waiting = [...tickets('A', 3, H(8)), ...tickets('B', 1, H(8, 1))];
    // One shared window: B0 came last, so it follows the three earlier A tickets although nobody in B is ahead.
    expect(wait(run({ windows: [win(1, ['A', 'B'])], waiting }), 'B0')).toBe(30);
    // Two shared windows take A0 and A1 at once, then A2 and B0.
    expect(wait(run({ windows: [win(1, ['A', 'B']), win(2, ['B', 'A'])], waiting }), 'B0')).toBe(10);
    // A window of its own for B calls it at once.
    expect(wait(run({ windows: [win(1, ['A']), win(2, ['B'])], waiting }), 'B0')).toBe(0);
  });

  it('counts an overflow window only once its own queue is empty', () => {
    const helper = win(2, ['C'], { served: { queueIds: ['C'], overflowQueueIds: ['A'] } });
    const withHelp = run({ windows: [win(1, ['A']), helper], waiting: [...tickets('A', 4), ...tickets('C', 1)] });
    const without = run({ windows: [win(1, ['A']), win(2, ['C'])], waiting: [...tickets('A', 4), ...tickets('C', 1)] });
    // The helper serves its own C0 first (0–10), then takes A-tickets: A3 comes at 20 instead of 30.
    expect(wait(without, 'A3')).toBe(30);
    expect(wait(withHelp, 'A3')).toBe(20);
    expect(wait(withHelp, 'C0')).toBe(0);
  });

  it('lets a service in progress finish after its expected length, keeping a residual when it runs long', () => {
    const busy = win(1, ['A'], { busy: { since: NOW - 5 * MIN, expectedMinutes: 12 } });
    expect(wait(run({ windows: [busy], waiting: tickets('A', 1) }), 'A0')).toBe(7);
    const overdue = win(1, ['A'], { busy: { since: NOW - 30 * MIN, expectedMinutes: 12 } });
    expect(wait(run({ windows: [overdue], waiting: tickets('A', 1) }), 'A0')).toBe(3);
    expect(remainingMinutes(12, 30)).toBe(3);
    expect(remainingMinutes(1, 5)).toBe(0.5);
  });

  it('adds the green-channel visitors expected to arrive and overtake', () => {
    const plain = run({ windows: [win(1, ['A'])], waiting: tickets('A', 6) });
    const green = run({ windows: [win(1, ['A'])], waiting: tickets('A', 6), model: model({ green: { A: 1 / 20 } }) });
    expect(wait(plain, 'A5')).toBe(50);
    // One expected every 20 minutes (at 20, 40, 60, 80), each going ahead: four more services before A5.
    expect(wait(green, 'A5')).toBe(90);
  });

  it('counts a likely no-show as the minutes it costs the window, not a service', () => {
    const calls = run({ windows: [win(1, ['A'])], waiting: tickets('A', 5), model: model({ noShow: 0.5 }), noShowMinutes: 4 });
    // Each ticket ahead costs 0.5 × 10 + 0.5 × 4 = 7 minutes.
    expect(wait(calls, 'A4')).toBe(28);
  });

  it('says so when no window is planned to reach the ticket today', () => {
    const shut = win(1, ['A'], { state: 'closed', planned: [[H(8), H(8, 20)]] });
    const calls = run({ windows: [shut, win(2, ['B'])], waiting: tickets('A', 1) });
    expect(calls.get('A0')).toBeNull();
    expect(wait(calls, 'A0')).toBeNull();
  });

  it('brings a paused window back after a short break inside its span, a closed one with no roster never', () => {
    expect(availability(win(1, ['A'], { state: 'paused' }), H(10), H(24), 10)).toEqual([[H(10, 10), H(12)], [H(13, 30), H(17, 30)]]);
    expect(availability(win(1, ['A'], { state: 'closed', planned: [] }), H(10), H(24), 10)).toEqual([]);
    expect(availability(win(1, ['A'], { planned: [] }), H(10), H(24), 10)).toEqual([[H(10), H(24)]]);
  });

  it('follows the walk-in cap: a window that just took an appointment ahead takes the long-waiting walk-ins next', () => {
    // Two walk-ins waiting since 8:00 (30 min at 8:30), three appointments checked in at 8:20.
    const waiting = [...tickets('A', 2), ...tickets('A', 3, H(8, 20)).map((t, i) => ({ ...t, id: `appt${i}`, source: 'appointment' as const }))];
    const cap = { every: 3, walkInWaitMs: 20 * MIN };
    const order = (calls: Map<string, number | null>) => [...calls].sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0)).map(([id]) => id);
    const capped = run({ windows: [win(1, ['A'], { recent: [{ aheadOfWalkIns: true }] })], waiting, policy: { maxWaitMs: 120 * MIN, appointmentCap: cap } });
    expect(order(capped)).toEqual(['A0', 'A1', 'appt0', 'appt1', 'appt2']);
    // Its own picks count too: with no call ahead yet, one appointment, then the walk-ins.
    const fresh = run({ windows: [win(1, ['A'])], waiting, policy: { maxWaitMs: 120 * MIN, appointmentCap: cap } });
    expect(order(fresh)).toEqual(['appt0', 'A0', 'A1', 'appt1', 'appt2']);
    // Without the cap appointments all go first.
    expect(order(run({ windows: [win(1, ['A'], { recent: [{ aheadOfWalkIns: true }] })], waiting }))).toEqual(['appt0', 'appt1', 'appt2', 'A0', 'A1']);
  });
});
