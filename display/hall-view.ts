/**
 * Pure views of the hall snapshot: what each screen draws, decided here so the components only
 * lay it out and the tests can check the decisions without a browser.
 */
import { DEFAULT_TIME_ZONE, hallClockParts, type HallClockParts } from '../common/hall-time.js';
import type { CallDto, HallSnapshot, WindowDto } from '../contract/dto.js';

/** One call of one ticket: a recall of the same ticket is a new key (it is highlighted and said again). */
export const callKey = (call: Pick<CallDto, 'number' | 'callCount' | 'calledAt'>): string => `${call.number}#${call.callCount}@${call.calledAt}`;

/** Calls newest first, one entry per ticket (its latest call), at most `limit`. */
export function latestCalls(recent: readonly CallDto[], limit: number): CallDto[] {
  const seen = new Set<string>();
  const out: CallDto[] = [];
  for (const c of recent) {
    if (seen.has(c.number)) continue;
    seen.add(c.number);
    out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

export interface WaitingRow {
  queueId: string;
  prefix: string;
  name: string;
  nameEn: string;
  waiting: number;
}

/** Waiting counts of the queues that take tickets, in prefix order (the order of the kiosk's slips). */
export function waitingBoard(snapshot: HallSnapshot): WaitingRow[] {
  return snapshot.queues
    .filter((q) => q.open)
    .map((q) => ({ queueId: q.id, prefix: q.prefix, name: q.name, nameEn: q.nameEn, waiting: q.waiting }))
    .sort((a, b) => a.prefix.localeCompare(b.prefix));
}

export type WindowScreenState =
  | { kind: 'missing' }
  | { kind: 'closed'; window: WindowDto }
  | { kind: 'paused'; window: WindowDto }
  | { kind: 'idle'; window: WindowDto }
  | { kind: 'calling' | 'serving'; window: WindowDto; number: string };

/**
 * What a window screen shows. A paused window says so even while it still holds a ticket: the
 * visitor at the counter knows, everyone else must not walk up.
 */
export function windowScreenState(snapshot: HallSnapshot, windowNumber: number): WindowScreenState {
  const window = snapshot.windows.find((w) => w.number === windowNumber);
  if (!window) return { kind: 'missing' };
  if (window.state === 'closed') return { kind: 'closed', window };
  if (window.state === 'paused') return { kind: 'paused', window };
  if (!window.current) return { kind: 'idle', window };
  return { kind: window.current.status === 'called' ? 'calling' : 'serving', window, number: window.current.number };
}

export interface ServedQueue {
  id: string;
  name: string;
  nameEn: string;
  overflow: boolean;
}

/** The queues a window serves, its own first, then those it takes when they are empty (overflow). */
export function servedQueues(snapshot: HallSnapshot, window: WindowDto): ServedQueue[] {
  const byId = new Map(snapshot.queues.map((q) => [q.id, q]));
  const pick = (ids: readonly string[], overflow: boolean) =>
    ids.flatMap((id) => {
      const q = byId.get(id);
      return q ? [{ id, name: q.name, nameEn: q.nameEn, overflow }] : [];
    });
  return [...pick(window.queueIds, false), ...pick(window.overflowQueueIds, true)];
}

export interface HallClock {
  date: string;
  weekday: string;
  time: string;
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** The hall's wall clock in its own time zone (a TV's time zone is whatever it shipped with). */
export function hallClock(ms: number, timeZone: string): HallClock {
  let p: HallClockParts;
  try {
    p = hallClockParts(ms, timeZone);
  } catch {
    // A mistyped zone must not blank the lobby screen: show the demo hall's time instead.
    p = hallClockParts(ms, DEFAULT_TIME_ZONE);
  }
  return {
    date: `${p.year}年${Number(p.month)}月${Number(p.day)}日`,
    weekday: WEEKDAYS[p.weekday] ?? '',
    time: `${p.hour}:${p.minute}:${p.second}`,
  };
}
