/** Reports over service days (数据监测): raw rows of the range in, figures per queue out (server/domain/report.ts). */
import type { Static } from '@sinclair/typebox';
import { toCsv } from '../../common/csv.js';
import type { QueueReportRow } from '../../contract/routes-supervision.js';
import { fail } from '../domain/errors.js';
import { queueFigures, type TicketFact } from '../domain/report.js';
import { isValidDay } from '../domain/working-days.js';
import type { HallServices } from './context.js';

export type QueueReportRowDto = Static<typeof QueueReportRow>;

/** A ticket's facts with what the other report dimensions group by. */
export interface GroupedFact extends TicketFact {
  serviceDay: string;
  matterId: string | null;
  windowId: number | null;
  clerkId: number | null;
}

/** A fact as SQLite gives it: the transfer flag is 0 or 1. */
type FactRow = Omit<GroupedFact, 'transferred'> & { transferred: number };

export function factsOf(s: HallServices, from: string, to: string): GroupedFact[] {
  const rows = s.database.sqlite.prepare<[string, string, string], FactRow>(`
    SELECT t.issued_queue_id AS issuedQueueId, t.queue_id AS queueId, t.status AS status, t.issued_at AS issuedAt,
           t.called_at AS calledAt, t.started_at AS startedAt, t.finished_at AS finishedAt, t.outcome AS outcome,
           t.service_day AS serviceDay, t.estimated_wait_minutes AS estimatedWaitMinutes, t.matter_id AS matterId, t.window_id AS windowId, t.clerk_id AS clerkId,
           EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'transferred') AS transferred,
           (SELECT r.level FROM ratings r WHERE r.ticket_id = t.id AND r.annulled_at IS NULL) AS rating
      FROM tickets t WHERE t.hall_id = ? AND t.service_day BETWEEN ? AND ?`).all(s.hallId, from, to);
  return rows.map((r) => ({ ...r, transferred: r.transferred === 1 }));
}

export function checkedRange(from: string, to: string): void {
  if (!isValidDay(from) || !isValidDay(to)) fail('validation-failed', 'from and to are dates YYYY-MM-DD');
  if (from > to) fail('validation-failed', 'from is after to');
}

export function queueReport(s: HallServices, from: string, to: string): QueueReportRowDto[] {
  checkedRange(from, to);
  const facts = factsOf(s, from, to);
  return s.catalog.queuesOf(s.hallId).map((q) => ({
    queueId: q.id, queueName: q.name,
    ...queueFigures(facts.filter((f) => f.issuedQueueId === q.id), facts.filter((f) => f.queueId === q.id)),
  }));
}

const CSV_COLUMNS = [
  'queueId', 'queueName', 'issued', 'served', 'noShows', 'transfersOut', 'cancelled', 'unserved', 'abandoned',
  'waitMeanMin', 'waitP50Min', 'waitP90Min', 'waitMaxMin', 'serviceMeanMin', 'serviceP90Min',
  'accepted', 'oneTimeNotice', 'notAccepted', 'onTheSpot', 'consultation', 'oneTimeSuccessRate', 'rated', 'satisfied', 'satisfactionRate', 'ratedShare',
  'estimateErrorMeanMin', 'estimateErrorP90Min', 'estimateWithin10Share',
] as const satisfies readonly (keyof QueueReportRowDto)[];

export function queueReportCsv(s: HallServices, from: string, to: string): string {
  return toCsv(CSV_COLUMNS, queueReport(s, from, to).map((r) => CSV_COLUMNS.map((c) => r[c])));
}
