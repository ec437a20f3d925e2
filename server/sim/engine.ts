/**
 * The day simulator's discrete-event loop. Events: a visitor arrives (takes a ticket as a
 * paired kiosk does), a roster span starts or ends, a called visitor reaches the window, a
 * service ends, a no-show visitor's recall and no-show mark. The clock is set to each event's
 * instant before its use case runs. After every event each idle open window, in window-number
 * order, calls next while anyone waits for it: the server decides who (ordering, overflow).
 *
 * Events at the same instant run in a fixed order — span ends, window steps, span starts,
 * arrivals, samples — then in the order they were scheduled, so a run is a pure function of
 * the scenario (ticket ids are random, but nothing read back depends on them).
 */
import type { OutcomeDto } from '../../contract/dto.js';
import { issueTicket } from '../app/tickets.js';
import { closeEarlierDays } from '../app/day-close.js';
import type { HallFile } from '../db/seed.js';
import { queuesOfWindow } from '../db/windows-repo.js';
import { DomainError } from '../domain/errors.js';
import { MinHeap } from './heap.js';
import type { SimHall } from './hall.js';
import { hallInstant } from '../../common/hall-time.js';
import type { Scenario, Visitor } from './scenario.js';
import { WindowClerk } from './window-clerk.js';

/** The kiosk the visitors use: seeded with the hall (demo mode), so green-channel tickets are allowed as at a paired kiosk. */
export const SIM_KIOSK = 'K01';
/** Finishing as accepted records an applicant; the console asks for one, so the simulator gives a synthetic one. */
export const SIM_APPLICANT = { name: '模拟申请人', phone: '13800000000' } as const;
const RECALL_AFTER_MS = 60_000;
const NO_SHOW_AFTER_MS = 120_000;
export const SAMPLE_EVERY_MS = 5 * 60_000;

type Event =
  | { kind: 'span-end' | 'span-start'; win: WindowClerk; last: boolean }
  | { kind: 'reach' | 'finish' | 'recall' | 'no-show'; win: WindowClerk; call: number; visitor: number }
  | { kind: 'arrive'; visitor: number }
  | { kind: 'sample' };

const RANK: Record<Event['kind'], number> = { 'span-end': 0, reach: 1, finish: 1, recall: 1, 'no-show': 1, 'span-start': 2, arrive: 3, sample: 4 };

interface Queued { at: number; rank: number; seq: number; ev: Event }

export interface VisitorTrace {
  ticketId: string | null;
  refusal: string | null;
  firstCalledAt: number | null;
  /** The window of the visitor's last call (where they were served, or last called in vain). */
  windowNumber: number | null;
}

export interface EngineResult {
  visitors: VisitorTrace[];
  windows: { number: number; openSpans: [number, number][]; servingSpans: [number, number][] }[];
  /** Waiting tickets per queue, read from the server every SAMPLE_EVERY_MS. */
  samples: { at: number; waiting: Map<string, number> }[];
  startAt: number;
  endAt: number;
}

type Matters = ReadonlyMap<string, { onTheSpot: boolean }>;

/** How the clerk ends a service: on the spot for 即办 matters, accepted for the others, consultation for a queue-only ticket. */
export function outcomeOf(visitor: Visitor, matters: Matters): OutcomeDto {
  const matter = visitor.matterId === undefined ? undefined : matters.get(visitor.matterId);
  if (!matter) return { kind: 'consultation' };
  if (matter.onTheSpot) return { kind: 'on-the-spot' };
  return { kind: 'accepted', applicant: { ...SIM_APPLICANT }, delivery: { method: 'pickup' } };
}

export function runEngine(hall: SimHall, scenario: Scenario, data: HallFile): EngineResult {
  const { s } = hall;
  const at = (msOfDay: number) => hallInstant(scenario.date, msOfDay, hall.timeZone);
  const matters: Matters = new Map(data.matters.map((m) => [m.id, { onTheSpot: m.onTheSpot }]));
  const rows = new Map(s.windows.ofHall(s.hallId).map((w) => [w.number, w]));
  const heap = new MinHeap<Queued>((a, b) => a.at < b.at || (a.at === b.at && (a.rank < b.rank || (a.rank === b.rank && a.seq < b.seq))));
  let seq = 0;
  const schedule = (when: number, ev: Event) => heap.push({ at: when, rank: RANK[ev.kind], seq: seq++, ev });

  const clerks: WindowClerk[] = [];
  for (const w of [...scenario.windows].sort((a, b) => a.number - b.number)) {
    const staffed = hall.windows.get(w.number);
    const row = rows.get(w.number);
    if (!staffed || !row) throw new Error(`window ${w.number} is not in the hall (checkAgainstHall should have said so)`);
    const q = queuesOfWindow(row);
    const clerk = new WindowClerk(s, w.number, staffed.id, staffed.actor, [...q.queueIds, ...q.overflowQueueIds]);
    clerks.push(clerk);
    w.spans.forEach(([from, to], j) => {
      schedule(at(from), { kind: 'span-start', win: clerk, last: false });
      schedule(at(to), { kind: 'span-end', win: clerk, last: j === w.spans.length - 1 });
    });
  }
  scenario.visitors.forEach((v, i) => schedule(at(v.arriveMs), { kind: 'arrive', visitor: i }));
  const traces: VisitorTrace[] = scenario.visitors.map(() => ({ ticketId: null, refusal: null, firstCalledAt: null, windowNumber: null }));
  const byTicket = new Map<string, number>();
  const samples: EngineResult['samples'] = [];
  let calls = 0;

  const first = heap.size > 0 ? Math.min(...scenario.visitors.map((v) => at(v.arriveMs)), ...scenario.windows.flatMap((w) => w.spans.map(([a]) => at(a)))) : at(0);
  const dayStart = at(0);
  schedule(dayStart + Math.floor((first - dayStart) / SAMPLE_EVERY_MS) * SAMPLE_EVERY_MS, { kind: 'sample' });

  const arrive = (i: number) => {
    const v = scenario.visitors[i] as Visitor;
    const trace = traces[i] as VisitorTrace;
    try {
      const { row } = issueTicket(s, {
        ...(v.matterId === undefined ? {} : { matterId: v.matterId }), ...(v.queueId === undefined ? {} : { queueId: v.queueId }),
        ...(v.priority === undefined ? {} : { priority: v.priority }), source: 'kiosk', issuer: { kind: 'device', deviceId: SIM_KIOSK },
      });
      trace.ticketId = row.id;
      byTicket.set(row.id, i);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      trace.refusal = error.code;
    }
  };

  const offerCalls = (now: number) => {
    let waiting = s.tickets.waitingCounts(s.hallId, scenario.date);
    for (const clerk of clerks) {
      // Only a prefilter on the server's own counts; who is called is callNext's decision.
      if (!clerk.idle || !clerk.queueIds.some((q) => (waiting.get(q) ?? 0) > 0)) continue;
      const ticketId = clerk.callNext(now, ++calls);
      if (ticketId === undefined) continue;
      waiting = s.tickets.waitingCounts(s.hallId, scenario.date);
      const visitor = byTicket.get(ticketId);
      if (visitor === undefined) throw new Error(`window ${clerk.number} called ticket ${ticketId}, which no visitor holds`);
      const trace = traces[visitor] as VisitorTrace;
      trace.firstCalledAt ??= now;
      trace.windowNumber = clerk.number;
      if ((scenario.visitors[visitor] as Visitor).noShow) {
        schedule(now + RECALL_AFTER_MS, { kind: 'recall', win: clerk, call: calls, visitor });
        schedule(now + NO_SHOW_AFTER_MS, { kind: 'no-show', win: clerk, call: calls, visitor });
      } else {
        schedule(now + scenario.walkMs, { kind: 'reach', win: clerk, call: calls, visitor });
      }
    }
  };

  let endAt = first;
  for (let q = heap.pop(); q !== undefined; q = heap.pop()) {
    const { ev } = q;
    hall.setClock(q.at);
    if (ev.kind === 'sample') {
      samples.push({ at: q.at, waiting: s.tickets.waitingCounts(s.hallId, scenario.date) });
      // Sampling stops with the last event: an empty heap here means the day is over.
      if (heap.size > 0) schedule(q.at + SAMPLE_EVERY_MS, { kind: 'sample' });
      continue;
    }
    endAt = q.at;
    if (ev.kind === 'arrive') arrive(ev.visitor);
    else if (ev.kind === 'span-start') ev.win.spanStarts(q.at);
    else if (ev.kind === 'span-end') ev.win.spanEnds(q.at, ev.last);
    else if ('call' in ev && ev.win.current?.call === ev.call) {
      if (ev.kind === 'reach') {
        ev.win.start(q.at);
        schedule(q.at + (scenario.visitors[ev.visitor] as Visitor).serviceMs, { kind: 'finish', win: ev.win, call: ev.call, visitor: ev.visitor });
      } else if (ev.kind === 'finish') ev.win.finish(q.at, outcomeOf(scenario.visitors[ev.visitor] as Visitor, matters));
      else if (ev.kind === 'recall') ev.win.recall();
      else ev.win.noShow(q.at);
    }
    offerCalls(q.at);
  }
  for (const clerk of clerks) clerk.settle(endAt);
  // The service day ends at the hall's midnight: the server's day close marks what still waits as not served.
  hall.setClock(Math.max(endAt, at(24 * 3600_000)));
  closeEarlierDays(s);
  return {
    visitors: traces, samples, startAt: first, endAt,
    windows: clerks.map((c) => ({ number: c.number, openSpans: c.openSpans, servingSpans: c.servingSpans })),
  };
}
