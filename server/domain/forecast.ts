/**
 * The forward estimate (issue 13): replay the rest of the day from the hall's state now and read
 * off when each waiting ticket would be called.
 *
 * Every window becomes free when its service in progress is expected to end, works only inside
 * its availability (open now until its planned span ends; paused or closed until its next planned
 * span; a window with no roster that is open stays open, one that is not stays shut), and at each
 * free moment takes the ticket call-next would take (`pickNext`: overdue, green channel,
 * appointments, FIFO, overflow last, and the appointment cap from the window's recent calls — the
 * clerks' own rule), then is busy for that ticket's expected cost: (1 − p) × the expected call-to-finish minutes of its matter + p × the minutes a
 * no-show costs, p the queue's no-show rate. Green-channel visitors who will arrive while we wait
 * are added as expected: a virtual green ticket every 1/rate minutes per queue, ranked by the same
 * rule, so they overtake exactly as real ones would. One replay gives every waiting ticket's
 * predicted call instant; a ticket no window will reach today gets null (no service today).
 */
import { pickNext, recentCallOf, type Candidate, type OrderingPolicy, type RecentCall, type ServedQueues } from './ordering.js';

const MIN = 60_000;

/** [from, to) instants a window is planned to be open. */
export type Interval = readonly [number, number];

export interface ForecastWindow {
  id: number;
  served: ServedQueues;
  state: 'open' | 'paused' | 'closed';
  /** The roster's spans for the rest of the day, sorted. Empty: the roster says nothing of this window. */
  planned: readonly Interval[];
  /** The ticket at the window (called or serving): since when, and how long such a ticket takes. */
  busy: { since: number; expectedMinutes: number } | null;
  /** The window's own calls today, newest first (the appointment cap's memory; absent: none). */
  recent?: readonly RecentCall[];
}

export interface ForecastTicket extends Candidate {
  matterId: string | null;
}

export interface ServiceModel {
  /** Expected minutes from call to finish of a ticket of this queue and matter. */
  minutes(queueId: string, matterId: string | null): number;
  /** Share of called tickets that do not come. */
  noShowRate(queueId: string): number;
  /** Green-channel tickets expected per minute in the queue. */
  greenPerMinute(queueId: string): number;
}

export interface ForecastInput {
  now: number;
  /** Nobody is called at or after this instant (the end of the service day). */
  endOfDay: number;
  windows: readonly ForecastWindow[];
  waiting: readonly ForecastTicket[];
  policy: OrderingPolicy;
  model: ServiceModel;
  /** Window minutes a no-show costs (recall at 1 min, no-show at 2; twice when it slips back once). */
  noShowMinutes: number;
  /** A window paused or closed inside its planned span is assumed back after this many minutes. */
  backWithinMinutes: number;
}

/**
 * A service that has already run past its expected length is not over yet: we keep a quarter of
 * the mean (at least half a minute). Service times spread roughly evenly around their mean, so a
 * service past the mean is on average about halfway between the mean and its longest — a quarter
 * to a third of the mean away; zero would call the next ticket too early every time.
 */
export function remainingMinutes(expected: number, elapsedMinutes: number): number {
  return Math.max(expected - elapsedMinutes, Math.max(0.5, expected / 4));
}

/** When the window may work, from now on: the planned spans, cut by its real state. */
export function availability(w: ForecastWindow, now: number, endOfDay: number, backWithinMinutes: number): Interval[] {
  const future = w.planned.filter(([, to]) => to > now).map(([from, to]): Interval => [Math.max(from, now), Math.min(to, endOfDay)]).filter(([from, to]) => from < to);
  const inside = w.planned.some(([from, to]) => from <= now && now < to);
  if (w.state === 'open') {
    if (w.planned.length === 0) return [[now, endOfDay]];
    // Open off the roster (a span just ended): it finishes what it has, then keeps to the plan.
    return inside ? future : [[now, now], ...future];
  }
  if (!inside) return future;
  const back = now + backWithinMinutes * MIN;
  const [current, ...later] = future;
  return current && back < current[1] ? [[back, current[1]], ...later] : later;
}

interface Worker {
  served: ServedQueues;
  spans: Interval[];
  span: number;
  at: number;
  /** Its calls, newest first, as the appointment cap remembers them (real ones, then the replay's). */
  recent: RecentCall[];
}

/** Earliest moment the worker can take a ticket, or Infinity when its day is over (also forecast-replay.ts's). */
export function nextMoment(w: Pick<Worker, 'spans' | 'span' | 'at'>): number {
  while (w.span < w.spans.length) {
    const [from, to] = w.spans[w.span] as Interval;
    const at = Math.max(w.at, from);
    // A window may still take a ticket at the very instant its span ends only if that span is zero-length (finish and go).
    if (at < to || (from === to && at === to && w.at <= to)) return at;
    w.span += 1;
  }
  return Infinity;
}

/**
 * The waiting tickets per queue in three lines by class (green channel, appointment, other), each
 * oldest first. Call-next always takes the oldest of some class in some queue (overdue tickets are
 * the oldest; within a class it is first come, first served; under the appointment cap appointments
 * and walk-ins go by time, and whether it is in force depends on the oldest walk-in of each queue,
 * a head too), so `pickNext` over the heads of a window's lines picks what it would pick over all the waiting: the same rule, without ranking
 * every ticket at every call (1,000 waiting would otherwise cost a million comparisons a replay).
 */
class Lines {
  private readonly lines = new Map<string, { items: ForecastTicket[]; head: number }[]>();

  constructor(tickets: readonly ForecastTicket[]) {
    const byTime = (a: ForecastTicket, b: ForecastTicket) => a.orderAt - b.orderAt || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const t of [...tickets].sort(byTime)) this.add(t);
  }

  private static classOf(t: ForecastTicket): number {
    return t.priority !== null ? 0 : t.source === 'appointment' ? 1 : 2;
  }

  /** Appends: callers add tickets oldest first (virtual arrivals come after everyone waiting). */
  add(t: ForecastTicket): void {
    let queue = this.lines.get(t.queueId);
    if (!queue) { queue = [0, 1, 2].map(() => ({ items: [], head: 0 })); this.lines.set(t.queueId, queue); }
    queue[Lines.classOf(t)]?.items.push(t);
  }

  heads(queueIds: readonly string[]): ForecastTicket[] {
    const out: ForecastTicket[] = [];
    for (const q of queueIds) for (const line of this.lines.get(q) ?? []) { const t = line.items[line.head]; if (t) out.push(t); }
    return out;
  }

  remove(t: ForecastTicket): void {
    const line = this.lines.get(t.queueId)?.[Lines.classOf(t)];
    if (!line || line.items[line.head] !== t) throw new Error(`ticket ${t.id} picked but not at the head of its line`);
    line.head += 1;
  }
}

/** Predicted call instant of every waiting ticket (null: not called today). */
export function forecastCalls(input: ForecastInput): Map<string, number | null> {
  const { now, model, policy } = input;
  const out = new Map<string, number | null>(input.waiting.map((t) => [t.id, null]));
  const waiting = input.waiting.filter((t) => t.status === 'waiting');
  const pool = new Lines(waiting);
  let realLeft = waiting.length;
  const workers: Worker[] = input.windows.map((w) => {
    const busyFor = w.busy ? remainingMinutes(w.busy.expectedMinutes, (now - w.busy.since) / MIN) * MIN : 0;
    return { served: w.served, spans: availability(w, now, input.endOfDay, input.backWithinMinutes), span: 0, at: now + busyFor, recent: [...(w.recent ?? [])] };
  });
  const memory = Math.max(1, policy.appointmentCap?.every ?? 1);
  // Expected green-channel arrivals: the next one per queue, added to the pool once its time has come.
  const green = new Map<string, { next: number; every: number }>();
  for (const q of new Set(input.windows.flatMap((w) => [...w.served.queueIds, ...w.served.overflowQueueIds]))) {
    const rate = model.greenPerMinute(q);
    if (rate > 0) green.set(q, { next: now + MIN / rate, every: MIN / rate });
  }
  let virtual = 0;
  const arriveUntil = (t: number) => {
    for (const [queueId, g] of green) {
      while (g.next <= t) {
        virtual += 1;
        pool.add({ id: `~green-${virtual}`, status: 'waiting', queueId, priority: 'other', source: 'kiosk', orderAt: g.next, seq: Number.MAX_SAFE_INTEGER, matterId: null });
        g.next += g.every;
      }
    }
  };
  const nextArrivalFor = (w: Worker) => Math.min(...[...w.served.queueIds, ...w.served.overflowQueueIds].map((q) => green.get(q)?.next ?? Infinity));

  while (realLeft > 0) {
    let best: Worker | undefined;
    let bestAt = Infinity;
    for (const w of workers) {
      const at = nextMoment(w);
      if (at < bestAt) { bestAt = at; best = w; }
    }
    if (!best || bestAt >= input.endOfDay) break;
    arriveUntil(bestAt);
    const pick = pickNext(pool.heads([...best.served.queueIds, ...best.served.overflowQueueIds]), best.served, bestAt, policy, best.recent);
    if (!pick) {
      // Nothing for this window until the next expected green arrival in its queues.
      const next = nextArrivalFor(best);
      best.at = next === Infinity ? Infinity : Math.max(next, bestAt);
      if (best.at === Infinity) best.span = best.spans.length;
      continue;
    }
    const t = pick.ticket;
    pool.remove(t);
    best.recent.unshift(recentCallOf(pick));
    best.recent.length = Math.min(best.recent.length, memory);
    const p = model.noShowRate(t.queueId);
    let cost = model.minutes(t.queueId, t.matterId);
    if (out.has(t.id)) {
      out.set(t.id, bestAt);
      realLeft -= 1;
      cost = (1 - p) * cost + p * input.noShowMinutes;
    }
    best.at = bestAt + cost * MIN;
  }
  return out;
}

/** Whole minutes from now to the predicted call; null when no window will call it today. */
export function minutesUntil(callAt: number | null | undefined, now: number): number | null {
  if (callAt === null || callAt === undefined) return null;
  return Math.max(0, Math.round((callAt - now) / MIN));
}
