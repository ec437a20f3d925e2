/**
 * One row per scenario visitor, as the server recorded it: the ticket row read back after the
 * day closed, plus what only the simulator saw (the first call, which a slipped no-show's
 * second call overwrites in the row). A refused visitor keeps what they asked for (matter,
 * queue, priority) and the server's error code; everything that did not happen stays empty.
 */
import type { SimHall } from './hall.js';
import type { EngineResult } from './engine.js';
import type { Scenario } from './scenario.js';

export interface SimRow {
  visitor: number;
  number: string | null;
  queueId: string | null;
  matterId: string | null;
  priority: string | null;
  issuedAt: number | null;
  estimatedWaitMinutes: number | null;
  peopleAheadAtIssue: number | null;
  firstCalledAt: number | null;
  windowNumber: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  status: string | null;
  refusal: string | null;
}

export function rowsOf(hall: SimHall, scenario: Scenario, engine: EngineResult): SimRow[] {
  return scenario.visitors.map((v, i): SimRow => {
    const trace = engine.visitors[i];
    const t = trace?.ticketId ? hall.s.tickets.get(trace.ticketId) : undefined;
    if (!t) {
      return {
        visitor: i, number: null, queueId: v.queueId ?? null, matterId: v.matterId ?? null, priority: v.priority ?? null,
        issuedAt: null, estimatedWaitMinutes: null, peopleAheadAtIssue: null, firstCalledAt: null, windowNumber: null,
        startedAt: null, finishedAt: null, status: null, refusal: trace?.refusal ?? null,
      };
    }
    return {
      visitor: i, number: t.number, queueId: t.queueId, matterId: t.matterId, priority: t.priority,
      issuedAt: t.issuedAt, estimatedWaitMinutes: t.estimatedWaitMinutes, peopleAheadAtIssue: t.peopleAheadAtIssue,
      firstCalledAt: trace?.firstCalledAt ?? null, windowNumber: trace?.windowNumber ?? null,
      startedAt: t.startedAt, finishedAt: t.finishedAt, status: t.status, refusal: null,
    };
  });
}
