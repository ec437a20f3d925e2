import { toCsvNoBom } from '../../common/csv.js';
import { isoWithOffset } from './local-time.js';
import type { SimRow } from './rows.js';

/** Pinned by issue 13: outside tools compare it exactly. */
export const TICKETS_HEADER = [
  'visitor', 'number', 'queueId', 'matterId', 'priority', 'issuedAt', 'estimatedWaitMinutes', 'peopleAheadAtIssue',
  'firstCalledAt', 'windowNumber', 'startedAt', 'finishedAt', 'status', 'refusal',
] as const;

/** RFC 4180 (CRLF, quoted when needed), no byte-order mark, times ISO 8601 with the hall's offset. */
export function ticketsCsv(rows: readonly SimRow[], timeZone: string): string {
  const time = (at: number | null) => (at === null ? null : isoWithOffset(at, timeZone));
  return toCsvNoBom(TICKETS_HEADER, rows.map((r) => [
    r.visitor, r.number, r.queueId, r.matterId, r.priority, time(r.issuedAt), r.estimatedWaitMinutes, r.peopleAheadAtIssue,
    time(r.firstCalledAt), r.windowNumber, time(r.startedAt), time(r.finishedAt), r.status, r.refusal,
  ]));
}
