/**
 * The forward replay as a resumable simulation (issue 14), so a ticket issued at the end of its
 * queue does not cost a replay of the whole hall.
 *
 * A new plain ticket T joins the newest end of its queue's line. Until the first step at which
 * call-next would take T, a replay with T makes exactly the same decisions as the one without it
 * (T is in the heads but not picked). So the replay remembers, per queue, the first step at which
 * a newest plain ticket of that queue might be taken (checked conservatively: "might" includes
 * every step where it would) together with the state at that step. Adding T restores that state,
 * puts T in line and replays from there on: exactly what a replay from the start with T gives,
 * at the cost of the steps after that point only (none when T's queue is never free before the
 * replay ends: then the replay just goes on from its final state).
 */
import type { AppointmentCap, OrderingPolicy } from './ordering.js';
import { availability, nextMoment, remainingMinutes, type ForecastInput, type ForecastTicket, type Interval } from './forecast.js';

const MIN = 60_000;

/** `sinceAhead`: the worker's calls since its last one that took an appointment ahead of walk-ins (Infinity: none today). */
interface Worker { queueIds: readonly string[]; overflowQueueIds: readonly string[]; all: readonly string[]; spans: Interval[]; span: number; at: number; sinceAhead: number }


const classOf = (t: ForecastTicket): number => (t.priority !== null ? 0 : t.source === 'appointment' ? 1 : 2);
const byTime = (a: ForecastTicket, b: ForecastTicket): number => a.orderAt - b.orderAt || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
type Line = { items: ForecastTicket[]; head: number };

/** Could the appointment cap (ordering.ts `capInForce`) apply at the worker's next call: one of its last K − 1 calls took an appointment ahead. */
const armed = (w: Worker, cap: AppointmentCap | undefined): cap is AppointmentCap => cap !== undefined && w.sinceAhead < cap.every - 1;

/** ordering.ts `capInForce` over the heads: some walk-in of the worker's own queues has waited long enough. */
function capOn(heads: readonly ForecastTicket[], w: Worker, at: number, cap: AppointmentCap | undefined): boolean {
  if (!armed(w, cap)) return false;
  for (const t of heads) if (classOf(t) === 2 && at - t.orderAt >= cap.walkInWaitMs && w.queueIds.includes(t.queueId)) return true;
  return false;
}

/**
 * What `pickNext` (domain/ordering.ts) picks among the heads, in one pass without sorting or
 * closures: this runs at every step of every replay, and tsx wraps each closure created in a hot
 * function in a naming helper that cost a fifth of issuing's CPU. Own queues before overflow ones;
 * within them overdue first by time, then by class (own appointments as walk-ins while `capped`),
 * then by time (order, queue order, seq, id).
 * Held equal to pickNext by forecast-replay.test.ts (replays compared with forecastCalls).
 */
function pickAmong(heads: readonly ForecastTicket[], w: Worker, at: number, maxWaitMs: number, capped: boolean): ForecastTicket | undefined {
  let best: ForecastTicket | undefined;
  let bestKey: number[] = [];
  for (let tier = 0; tier < 2 && !best; tier++) {
    const order = tier === 0 ? w.queueIds : w.overflowQueueIds;
    for (const t of heads) {
      const qi = order.indexOf(t.queueId);
      if (qi < 0 || (tier === 1 && w.queueIds.includes(t.queueId))) continue;
      const overdue = at - t.orderAt >= maxWaitMs;
      const cls = classOf(t) === 1 && capped && tier === 0 ? 2 : classOf(t);
      const key = [overdue ? 0 : 1, overdue ? 0 : cls, t.orderAt, qi, t.seq];
      if (!best || before(key, t.id, bestKey, best.id)) { best = t; bestKey = key; }
    }
  }
  return best;
}

function before(a: number[], aId: string, b: number[], bId: string): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) < (b[i] as number);
  return aId < bId;
}

/** Where the replay stood at a step (taken just before that step's pick). */
interface Snapshot { step: number; workers: { span: number; at: number; sinceAhead: number }[]; green: number[]; virtual: number; lines: [Line, number, number][]; picks: number }

/**
 * Per queue, three lines by class (green channel, appointment, other), each oldest first:
 * call-next always takes the oldest of some class in some queue, so `pickNext` over the heads of a
 * window's lines picks what it would pick over all the waiting, without ranking everyone at every step.
 */
export class Replay {
  readonly calls = new Map<string, number | null>();
  private readonly lines = new Map<string, Line[]>();
  private readonly workers: Worker[];
  private readonly green: { queueId: string; next: number; every: number }[] = [];
  private readonly picks: string[] = [];
  private readonly firstChance = new Map<string, Snapshot>();
  private virtual = 0;
  private step = 0;
  private realLeft = 0;

  constructor(private readonly input: ForecastInput) {
    const { now } = input;
    const waiting = input.waiting.filter((t) => t.status === 'waiting');
    for (const t of input.waiting) this.calls.set(t.id, null);
    for (const t of [...waiting].sort(byTime)) this.lineOf(t).items.push(t);
    this.realLeft = waiting.length;
    this.workers = input.windows.map((w) => {
      const busyFor = w.busy ? remainingMinutes(w.busy.expectedMinutes, (now - w.busy.since) / MIN) * MIN : 0;
      const all = [...w.served.queueIds, ...w.served.overflowQueueIds];
      const ahead = (w.recent ?? []).findIndex((r) => r.aheadOfWalkIns);
      return {
        queueIds: w.served.queueIds, overflowQueueIds: w.served.overflowQueueIds, all, spans: availability(w, now, input.endOfDay, input.backWithinMinutes), span: 0,
        at: now + busyFor, sinceAhead: ahead < 0 ? Infinity : ahead,
      };
    });
    // Expected green-channel arrivals: the next one per queue, added to the pool once its time has come.
    for (const q of new Set(this.workers.flatMap((w) => w.all))) {
      // Every line a window reads exists from the start, so a snapshot holds all of them.
      this.lineOf({ id: '', status: 'waiting', queueId: q, priority: null, source: 'kiosk', orderAt: 0, seq: 0, matterId: null });
      const rate = input.model.greenPerMinute(q);
      if (rate > 0) this.green.push({ queueId: q, next: now + MIN / rate, every: MIN / rate });
    }
    this.run();
  }

  private lineOf(t: ForecastTicket): Line {
    let queue = this.lines.get(t.queueId);
    if (!queue) { queue = [0, 1, 2].map(() => ({ items: [], head: 0 })); this.lines.set(t.queueId, queue); }
    return queue[classOf(t)] as Line;
  }

  /** Virtual arrivals are the only tickets appended to a green line after the start. */
  private static isVirtual(t: ForecastTicket | undefined): boolean {
    return t !== undefined && t.id.startsWith('~green-');
  }

  private heads(queueIds: readonly string[]): ForecastTicket[] {
    const out: ForecastTicket[] = [];
    for (const q of queueIds) for (const line of this.lines.get(q) ?? []) { const t = line.items[line.head]; if (t) out.push(t); }
    return out;
  }

  private arriveUntil(t: number): void {
    for (const g of this.green) {
      while (g.next <= t) {
        this.virtual += 1;
        const t: ForecastTicket = { id: `~green-${this.virtual}`, status: 'waiting', queueId: g.queueId, priority: 'other', source: 'kiosk', orderAt: g.next, seq: Number.MAX_SAFE_INTEGER, matterId: null };
        this.lineOf(t).items.push(t);
        g.next += g.every;
      }
    }
  }

  private nextArrivalFor(w: Worker): number {
    let next = Infinity;
    for (const g of this.green) if (g.next < next && w.all.includes(g.queueId)) next = g.next;
    return next;
  }

  /**
   * Might a newest plain ticket of `queueId` (placed in line at the replay's `now`, the earliest a
   * ticket issued later can have) be taken instead of `chosen`, or change the pick by putting the
   * appointment cap in force (it is a walk-in that may have waited long enough)? Errs towards yes,
   * never towards no.
   */
  private mightTake(w: Worker, queueId: string, chosen: ForecastTicket | undefined, at: number, policy: OrderingPolicy, capped: boolean): boolean {
    if (!chosen) return true;
    const tier = (q: string) => (w.queueIds.includes(q) ? 0 : 1);
    if (tier(chosen.queueId) !== tier(queueId)) return tier(queueId) < tier(chosen.queueId);
    const newest = this.newestBound(queueId);
    const overdueNew = at - newest >= policy.maxWaitMs;
    const overdueChosen = at - chosen.orderAt >= policy.maxWaitMs;
    if (overdueChosen !== overdueNew) return overdueNew;
    if (!overdueChosen && classOf(chosen) === 1 && tier(queueId) === 0) {
      const cap = policy.appointmentCap;
      if (capped) return chosen.orderAt >= newest;
      // T may put the cap in force: same pick (appointments are older than T), but not counted as ahead.
      if (armed(w, cap) && at - newest >= cap.walkInWaitMs) return true;
    }
    if (!overdueChosen && classOf(chosen) < 2) return false;
    return chosen.orderAt >= newest;
  }

  /**
   * The earliest place in time a ticket added to `queueId` later can have: tickets join only at the
   * newest end of their line (addNewest), so no earlier than the replay's start nor than the plain
   * line's newest ticket. The tighter this is, the later a queue's first chance lies and the fewer
   * steps a new ticket replays.
   */
  private newestBound(queueId: string): number {
    const plain = this.lines.get(queueId)?.[2]?.items;
    const last = plain?.[plain.length - 1];
    return last === undefined ? this.input.now : Math.max(this.input.now, last.orderAt);
  }

  private snapshot(): Snapshot {
    const lines: [Line, number, number][] = [];
    for (const queue of this.lines.values()) for (const line of queue) lines.push([line, line.head, line.items.length]);
    return { step: this.step, workers: this.workers.map((w) => ({ span: w.span, at: w.at, sinceAhead: w.sinceAhead })), green: this.green.map((g) => g.next), virtual: this.virtual, lines, picks: this.picks.length };
  }

  private restore(s: Snapshot): void {
    this.step = s.step;
    s.workers.forEach((w, i) => { const worker = this.workers[i]; if (worker) { worker.span = w.span; worker.at = w.at; worker.sinceAhead = w.sinceAhead; } });
    s.green.forEach((next, i) => { const g = this.green[i]; if (g) g.next = next; });
    this.virtual = s.virtual;
    for (const [line, head, length] of s.lines) {
      line.head = head;
      // Drop the arrivals after the snapshot; tickets added since (addNewest) stay in line.
      if (Replay.isVirtual(line.items[length])) line.items.length = length;
    }
    for (const id of this.picks.splice(s.picks)) { this.calls.set(id, null); this.realLeft += 1; }
    for (const [q, snap] of this.firstChance) if (snap.step >= s.step) this.firstChance.delete(q);
  }

  private run(): void {
    const { model, policy, endOfDay, noShowMinutes } = this.input;
    while (this.realLeft > 0) {
      let best: Worker | undefined;
      let bestAt = Infinity;
      for (const w of this.workers) {
        const at = nextMoment(w);
        if (at < bestAt) { bestAt = at; best = w; }
      }
      if (!best || bestAt >= endOfDay) break;
      this.arriveUntil(bestAt);
      const heads = this.heads(best.all);
      const capped = capOn(heads, best, bestAt, policy.appointmentCap);
      const t = pickAmong(heads, best, bestAt, policy.maxWaitMs, capped);
      for (const q of best.all) {
        if (!this.firstChance.has(q) && this.mightTake(best, q, t, bestAt, policy, capped)) this.firstChance.set(q, this.snapshot());
      }
      this.step += 1;
      if (!t) {
        // Nothing for this window until the next expected green arrival in its queues.
        const next = this.nextArrivalFor(best);
        best.at = next === Infinity ? Infinity : Math.max(next, bestAt);
        if (best.at === Infinity) best.span = best.spans.length;
        continue;
      }
      const line = this.lineOf(t);
      if (line.items[line.head] !== t) throw new Error(`ticket ${t.id} picked but not at the head of its line`);
      line.head += 1;
      // Ahead of walk-ins: an own appointment taken by its class (call-next's reason 'appointment').
      const ahead = !capped && classOf(t) === 1 && bestAt - t.orderAt < policy.maxWaitMs && best.queueIds.includes(t.queueId);
      best.sinceAhead = ahead ? 0 : best.sinceAhead + 1;
      const p = model.noShowRate(t.queueId);
      let cost = model.minutes(t.queueId, t.matterId);
      if (this.calls.has(t.id)) {
        this.calls.set(t.id, bestAt);
        this.picks.push(t.id);
        this.realLeft -= 1;
        cost = (1 - p) * cost + p * noShowMinutes;
      }
      best.at = bestAt + cost * MIN;
    }
  }

  /**
   * Adds a plain ticket at the newest end of its queue and replays from the first step it could
   * change. False (nothing changed) when it is not such a ticket: the caller replays from the start.
   */
  addNewest(t: ForecastTicket): boolean {
    if (t.status !== 'waiting' || classOf(t) !== 2 || t.orderAt < this.input.now || this.calls.has(t.id)) return false;
    const line = this.lineOf(t);
    const last = line.items[line.items.length - 1];
    if (last && byTime(last, t) >= 0) return false;
    const from = this.firstChance.get(t.queueId);
    if (from) this.restore(from);
    line.items.push(t);
    this.calls.set(t.id, null);
    this.realLeft += 1;
    this.run();
    return true;
  }
}
