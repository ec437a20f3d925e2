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

/** The model the replay reads, from past tickets and each queue's configured default minutes. */
export function learnServiceModel(rows: readonly PastTicket[], defaults: ReadonlyMap<string, number>, fallbackMinutes = 10): ServiceModel {
  const byQueue = new Map<string, number[]>();
  const byMatter = new Map<string, number[]>();
  const called = new Map<string, number>();
  const noShows = new Map<string, number>();
  const green = new Map<string, number>();
  const issuing = new Map<string, [number, number]>();
  for (const r of rows) {
    const span = issuing.get(r.serviceDay);
    issuing.set(r.serviceDay, span ? [Math.min(span[0], r.issuedAt), Math.max(span[1], r.issuedAt)] : [r.issuedAt, r.issuedAt]);
    if (r.priority !== null) green.set(r.queueId, (green.get(r.queueId) ?? 0) + 1);
    if (r.calledAt !== null) called.set(r.queueId, (called.get(r.queueId) ?? 0) + 1);
    if (r.noShowAt !== null) noShows.set(r.queueId, (noShows.get(r.queueId) ?? 0) + 1);
    const from = r.lastCalledAt ?? r.calledAt;
    if (r.status !== 'done' || from === null || r.finishedAt === null) continue;
    const minutes = (r.finishedAt - from) / MIN;
    if (!(minutes > 0 && minutes <= LONGEST_MINUTES)) continue;
    push(byQueue, r.queueId, minutes);
    if (r.matterId !== null) push(byMatter, `${r.queueId}|${r.matterId}`, minutes);
  }
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
