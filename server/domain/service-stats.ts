/**
 * What the forward estimate learns from past tickets (server/domain/forecast.ts's ServiceModel).
 *
 * - Service length = call → finish of done tickets (what a window is busy for, walk included).
 *   Per queue and per matter, a 10 % trimmed mean: the replay adds lengths up, so it needs the mean
 *   (a median under-states right-skewed services and would drift every estimate short); trimming
 *   drops the few absurd values (a service "finished" hours late) that would pull a plain mean.
 * - Few samples are shrunk toward the next level (matter → queue → configured default) with the
 *   weight of SHRINK samples, so a matter seen twice does not swing the estimate.
 * - No-show rate per queue: tickets marked no-show ÷ tickets called, shrunk toward the hall's rate.
 * - Green channel per queue: green tickets ÷ the minutes the hall was issuing on those days.
 */
import type { ServiceModel } from './forecast.js';

const MIN = 60_000;
export const SHRINK = 3;
/** A call → finish longer than this is a forgotten "finish", not a service. */
const LONGEST_MINUTES = 240;

export interface PastTicket {
  serviceDay: string;
  queueId: string;
  matterId: string | null;
  status: string;
  priority: string | null;
  issuedAt: number;
  calledAt: number | null;
  lastCalledAt: number | null;
  finishedAt: number | null;
  noShowAt: number | null;
}

export function trimmedMean(samples: readonly number[], trim = 0.1): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * trim);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

/** The mean of `samples`, pulled toward `prior` as if it were SHRINK more samples. */
export function shrunkMean(samples: readonly number[], prior: number): number {
  const mean = trimmedMean(samples);
  return mean === undefined ? prior : (samples.length * mean + SHRINK * prior) / (samples.length + SHRINK);
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const xs = m.get(k);
  if (xs) xs.push(v); else m.set(k, [v]);
}

const bump = <K>(m: Map<K, number>, k: K, by = 1): void => void m.set(k, (m.get(k) ?? 0) + by);

/**
 * What the model keeps of past tickets: service lengths per queue and matter, counts per queue and
 * each day's issuing span. A few numbers per ticket instead of the rows: four weeks of a busy hall
 * (100,000 tickets) is about a megabyte here and tens of megabytes as rows.
 */
export interface HistoryDigest {
  byQueue: Map<string, number[]>;
  byMatter: Map<string, number[]>;
  called: Map<string, number>;
  noShows: Map<string, number>;
  green: Map<string, number>;
  issuing: Map<string, [number, number]>;
}

export const emptyDigest = (): HistoryDigest => ({ byQueue: new Map(), byMatter: new Map(), called: new Map(), noShows: new Map(), green: new Map(), issuing: new Map() });

/** Adds rows to a digest (in place) and returns it. */
export function digestHistory(rows: readonly PastTicket[], into: HistoryDigest = emptyDigest()): HistoryDigest {
  const d = into;
  for (const r of rows) {
    const span = d.issuing.get(r.serviceDay);
    d.issuing.set(r.serviceDay, span ? [Math.min(span[0], r.issuedAt), Math.max(span[1], r.issuedAt)] : [r.issuedAt, r.issuedAt]);
    if (r.priority !== null) bump(d.green, r.queueId);
    if (r.calledAt !== null) bump(d.called, r.queueId);
    if (r.noShowAt !== null) bump(d.noShows, r.queueId);
    const from = r.lastCalledAt ?? r.calledAt;
    if (r.status !== 'done' || from === null || r.finishedAt === null) continue;
    const minutes = (r.finishedAt - from) / MIN;
    if (!(minutes > 0 && minutes <= LONGEST_MINUTES)) continue;
    push(d.byQueue, r.queueId, minutes);
    if (r.matterId !== null) push(d.byMatter, `${r.queueId}|${r.matterId}`, minutes);
  }
  return d;
}

/** Two digests as one (neither is changed): the cached past days and today so far. */
export function mergeDigests(a: HistoryDigest, b: HistoryDigest): HistoryDigest {
  const lists = (x: Map<string, number[]>, y: Map<string, number[]>) => {
    const m = new Map(x);
    for (const [k, v] of y) m.set(k, [...(m.get(k) ?? []), ...v]);
    return m;
  };
  const counts = (x: Map<string, number>, y: Map<string, number>) => {
    const m = new Map(x);
    for (const [k, v] of y) bump(m, k, v);
    return m;
  };
  const issuing = new Map(a.issuing);
  for (const [day, [from, to]] of b.issuing) {
    const span = issuing.get(day);
    issuing.set(day, span ? [Math.min(span[0], from), Math.max(span[1], to)] : [from, to]);
  }
  return {
    byQueue: lists(a.byQueue, b.byQueue), byMatter: lists(a.byMatter, b.byMatter),
    called: counts(a.called, b.called), noShows: counts(a.noShows, b.noShows), green: counts(a.green, b.green), issuing,
  };
}

/** The model the replay reads, from past tickets and each queue's configured default minutes. */
export function learnServiceModel(rows: readonly PastTicket[], defaults: ReadonlyMap<string, number>, fallbackMinutes = 10): ServiceModel {
  return modelOfDigest(digestHistory(rows), defaults, fallbackMinutes);
}

export function modelOfDigest(d: HistoryDigest, defaults: ReadonlyMap<string, number>, fallbackMinutes = 10): ServiceModel {
  const { byQueue, byMatter, called, noShows, green, issuing } = d;
  const queueMean = new Map<string, number>();
  const queueOf = (q: string): number => {
    let m = queueMean.get(q);
    if (m === undefined) { m = shrunkMean(byQueue.get(q) ?? [], defaults.get(q) ?? fallbackMinutes); queueMean.set(q, m); }
    return m;
  };
  const matterMean = new Map<string, number>();
  const issuingMinutes = [...issuing.values()].reduce((a, [from, to]) => a + (to - from) / MIN, 0);
  const allCalled = [...called.values()].reduce((a, b) => a + b, 0);
  const hallNoShow = allCalled === 0 ? 0.04 : [...noShows.values()].reduce((a, b) => a + b, 0) / allCalled;
  return {
    minutes(queueId, matterId) {
      if (matterId === null) return queueOf(queueId);
      const key = `${queueId}|${matterId}`;
      let m = matterMean.get(key);
      if (m === undefined) { m = shrunkMean(byMatter.get(key) ?? [], queueOf(queueId)); matterMean.set(key, m); }
      return m;
    },
    noShowRate: (q) => ((noShows.get(q) ?? 0) + 10 * hallNoShow) / ((called.get(q) ?? 0) + 10),
    greenPerMinute: (q) => (issuingMinutes < 30 ? 0 : (green.get(q) ?? 0) / issuingMinutes),
  };
}
