/** Reports over service days (数据监测): raw rows of the range in, figures per queue out (server/domain/report.ts). */
import type { Static } from '@sinclair/typebox';
import { toCsv } from '../../common/csv.js';
import type { QueueReportRow } from '../../contract/routes-supervision.js';
import { fail } from '../domain/errors.js';
import type { GroupedFact } from '../db/supervision-repo.js';
import { queueFigures } from '../domain/report.js';
import { isValidDay } from '../domain/working-days.js';
import type { HallServices } from './context.js';

export type QueueReportRowDto = Static<typeof QueueReportRow>;

/** The facts of the tickets of the hall's service days in the range. */
export function factsOf(s: HallServices, from: string, to: string): GroupedFact[] {
  return s.supervision.ticketFacts({ hallId: s.hallId, from, to });
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
