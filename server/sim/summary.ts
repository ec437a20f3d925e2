/**
 * summary.json: the day's figures, each computable from tickets.csv alone (the per-window open
 * time excepted, which the CSV cannot show), so anyone can check them (tests/sim does).
 *
 * - wait = first call − issue, in minutes, over the tickets that were called at least once (a
 *   slipped no-show's second call does not restart it: the visitor waited until first called);
 * - waitP90Min is the nearest-rank 90th percentile (the ⌈0.9·n⌉-th smallest wait);
 * - estimateRelativeMAE = Σ|estimate − wait| ÷ Σ wait over the same tickets: the error
 *   measure. Dividing sums, not averaging per-ticket ratios, keeps a ticket called after 10 s
 *   from dominating the day; null when nothing waited;
 * - busyShare = serving time (start → finish at the window) ÷ the time the window was open
 *   (its roster spans, stretched when the last service ran past a span's end).
 * Minutes are rounded to 2 decimals, shares to 4.
 */
import type { EngineResult } from './engine.js';
import { isoWithOffset } from './local-time.js';
import type { SimRow } from './rows.js';

export interface QueueSummary {
  visitors: number;
  served: number;
  waitMeanMin: number | null;
  waitP90Min: number | null;
  waitMaxMin: number | null;
  estimateRelativeMAE: number | null;
}

export interface WindowSummary {
  openMinutes: number;
  servingMinutes: number;
  busyShare: number | null;
  served: number;
}

export interface Summary {
  run: {
    date: string; hallId: string; visitors: number; issued: number; refusals: number; refusalsByCode: Record<string, number>;
    simulatedStart: string; simulatedEnd: string; wallTimeMs: number;
  };
  queues: Record<string, QueueSummary>;
  windows: Record<string, WindowSummary>;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
const minutes = (ms: number) => ms / 60_000;

export function waitOf(r: SimRow): number | null {
  return r.firstCalledAt === null || r.issuedAt === null ? null : minutes(r.firstCalledAt - r.issuedAt);
}

export function queueSummary(rows: readonly SimRow[]): QueueSummary {
  const called = rows.filter((r) => waitOf(r) !== null);
  const waits = called.map((r) => waitOf(r) ?? 0).sort((a, b) => a - b);
  const sumWait = waits.reduce((a, b) => a + b, 0);
  const sumError = called.reduce((a, r) => a + Math.abs((r.estimatedWaitMinutes ?? 0) - (waitOf(r) ?? 0)), 0);
  const n = waits.length;
  return {
    visitors: rows.length,
    served: rows.filter((r) => r.status === 'done').length,
    waitMeanMin: n === 0 ? null : round(sumWait / n, 2),
    waitP90Min: n === 0 ? null : round(waits[Math.ceil(0.9 * n) - 1] ?? 0, 2),
    waitMaxMin: n === 0 ? null : round(waits[n - 1] ?? 0, 2),
    estimateRelativeMAE: sumWait === 0 ? null : round(sumError / sumWait, 4),
  };
}

const total = (spans: readonly [number, number][]) => spans.reduce((a, [from, to]) => a + (to - from), 0);

export function summarise(o: { rows: readonly SimRow[]; engine: EngineResult; queueOrder: readonly string[]; date: string; hallId: string; timeZone: string; wallTimeMs: number }): Summary {
  const issued = o.rows.filter((r) => r.number !== null);
  const refusalsByCode: Record<string, number> = {};
  for (const r of o.rows) if (r.refusal !== null) refusalsByCode[r.refusal] = (refusalsByCode[r.refusal] ?? 0) + 1;
  const queues: Record<string, QueueSummary> = {};
  // Catalogue order, then any other queue a ticket went to: a stable key order keeps the file byte-identical.
  const ids = [...new Set([...o.queueOrder, ...issued.map((r) => r.queueId ?? '')])];
  for (const id of ids) {
    const mine = issued.filter((r) => r.queueId === id);
    if (mine.length > 0) queues[id] = queueSummary(mine);
  }
  const windows: Record<string, WindowSummary> = {};
  for (const w of o.engine.windows) {
    const open = total(w.openSpans);
    const serving = total(w.servingSpans);
    windows[String(w.number)] = {
      openMinutes: round(minutes(open), 2), servingMinutes: round(minutes(serving), 2),
      busyShare: open === 0 ? null : round(serving / open, 4), served: w.servingSpans.length,
    };
  }
  return {
    run: {
      date: o.date, hallId: o.hallId, visitors: o.rows.length, issued: issued.length, refusals: o.rows.length - issued.length, refusalsByCode,
      simulatedStart: isoWithOffset(o.engine.startAt, o.timeZone), simulatedEnd: isoWithOffset(o.engine.endAt, o.timeZone), wallTimeMs: o.wallTimeMs,
    },
    queues, windows,
  };
}
