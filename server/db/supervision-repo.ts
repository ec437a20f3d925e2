/**
 * Reads behind reports, the live board and the staff sheets, and the attendance log: plain
 * prepared statements over several tables (a count or an aggregate per row), made once.
 */
import type Database from 'better-sqlite3';
import type { TicketFact } from '../domain/report.js';

/** A ticket's facts with what the report dimensions group by. */
export interface GroupedFact extends TicketFact {
  serviceDay: string;
  matterId: string | null;
  windowId: number | null;
  clerkId: number | null;
}

/** A fact as SQLite gives it: the transfer flag is 0 or 1. */
type FactRow = Omit<GroupedFact, 'transferred'> & { transferred: number };

export interface ClerkServed {
  served: number;
  meanMs: number | null;
  normMin: number | null;
  notices: number;
  refusals: number;
  consultations: number;
  acceptedOrDone: number;
}

export interface WindowLogRow {
  windowId: number;
  at: number;
  type: 'open' | 'close' | 'pause' | 'resume';
  reason: string | null;
}

export interface Evaluation {
  month: string;
  score: number;
  comment: string;
}

type Range = { hallId: string; from: string; to: string };
type ClerkRange = Range & { clerkId: number };

export function supervisionRepo(sqlite: Database.Database) {
  const facts = sqlite.prepare<Range, FactRow>(`
    SELECT t.issued_queue_id AS issuedQueueId, t.queue_id AS queueId, t.status AS status, t.issued_at AS issuedAt,
           t.called_at AS calledAt, t.started_at AS startedAt, t.finished_at AS finishedAt, t.outcome AS outcome,
           t.service_day AS serviceDay, t.estimated_wait_minutes AS estimatedWaitMinutes, t.matter_id AS matterId,
           t.window_id AS windowId, t.clerk_id AS clerkId,
           EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'transferred') AS transferred,
           (SELECT r.level FROM ratings r WHERE r.ticket_id = t.id AND r.annulled_at IS NULL) AS rating
      FROM tickets t WHERE t.hall_id = @hallId AND t.service_day BETWEEN @from AND @to`);
  const servedToday = sqlite.prepare<{ queueId: string; day: string }, { n: number }>(
    "SELECT count(*) AS n FROM tickets WHERE queue_id = @queueId AND service_day = @day AND status = 'done'");
  const clerkServed = sqlite.prepare<ClerkRange, ClerkServed>(`
    SELECT count(*) AS served, avg(t.finished_at - t.started_at) AS meanMs, avg(q.default_service_minutes) AS normMin,
           coalesce(sum(t.outcome = 'one-time-notice'), 0) AS notices, coalesce(sum(t.outcome = 'not-accepted'), 0) AS refusals,
           coalesce(sum(t.outcome = 'consultation'), 0) AS consultations, coalesce(sum(t.outcome IN ('accepted', 'on-the-spot')), 0) AS acceptedOrDone
      FROM tickets t JOIN queues q ON q.id = t.queue_id
     WHERE t.clerk_id = @clerkId AND t.status = 'done' AND t.service_day BETWEEN @from AND @to AND t.hall_id = @hallId`);
  const transfersBy = sqlite.prepare<ClerkRange, { n: number }>(`
    SELECT count(*) AS n FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
     WHERE e.type = 'transferred' AND e.clerk_id = @clerkId AND t.hall_id = @hallId AND t.service_day BETWEEN @from AND @to`);
  const ratingsOf = sqlite.prepare<ClerkRange, { rated: number; satisfied: number }>(`
    SELECT count(*) AS rated, coalesce(sum(level >= 4), 0) AS satisfied FROM ratings
     WHERE clerk_id = @clerkId AND hall_id = @hallId AND ticket_id IS NOT NULL AND annulled_at IS NULL AND service_day BETWEEN @from AND @to`);
  const founded = sqlite.prepare<ClerkRange & { kind: string }, { n: number }>(`
    SELECT count(*) AS n FROM rectifications
     WHERE clerk_id = @clerkId AND hall_id = @hallId AND kind = @kind AND finding = 'founded' AND opened_day BETWEEN @from AND @to`);
  const logOfHall = sqlite.prepare<{ hallId: string; fromAt: number; toAt: number }, WindowLogRow>(
    'SELECT window_id AS windowId, at, type, reason FROM window_log WHERE hall_id = @hallId AND at >= @fromAt AND at < @toAt ORDER BY id');
  const logOf = sqlite.prepare<{ clerkId: number }, WindowLogRow>('SELECT window_id AS windowId, at, type, reason FROM window_log WHERE clerk_id = @clerkId ORDER BY id');
  const addLog = sqlite.prepare<{ hallId: string; windowId: number; clerkId: number | null; at: number; type: WindowLogRow['type']; reason: string | null }>(
    'INSERT INTO window_log (hall_id, window_id, clerk_id, at, type, reason) VALUES (@hallId, @windowId, @clerkId, @at, @type, @reason)');
  const evaluations = sqlite.prepare<{ clerkId: number; fromMonth: string; toMonth: string }, Evaluation>(
    'SELECT month, score, comment FROM staff_evaluations WHERE clerk_id = @clerkId AND month BETWEEN @fromMonth AND @toMonth ORDER BY month');
  const upsertEvaluation = sqlite.prepare<Evaluation & { clerkId: number; enteredBy: number; at: number }>(`
    INSERT INTO staff_evaluations (clerk_id, month, score, comment, entered_by, at) VALUES (@clerkId, @month, @score, @comment, @enteredBy, @at)
    ON CONFLICT (clerk_id, month) DO UPDATE SET score = excluded.score, comment = excluded.comment, entered_by = excluded.entered_by, at = excluded.at`);

  const servedByDepartment = sqlite.prepare<{ hallId: string; from: string; to: string }, { departmentId: string; kind: string; n: number }>(`
    SELECT m.department_id AS departmentId, q.kind AS kind, count(*) AS n
      FROM tickets t JOIN matters m ON m.id = t.matter_id JOIN queues q ON q.id = t.queue_id
     WHERE t.hall_id = @hallId AND t.status = 'done' AND t.service_day BETWEEN @from AND @to GROUP BY m.department_id, q.kind`);
  const casesByMonth = sqlite.prepare<{ hallId: string; from: string; to: string }, { departmentId: string; month: string; n: number }>(`
    SELECT m.department_id AS departmentId, substr(c.accepted_day, 6, 2) AS month, count(*) AS n
      FROM cases c JOIN matters m ON m.id = c.matter_id
     WHERE c.hall_id = @hallId AND c.accepted_day BETWEEN @from AND @to GROUP BY m.department_id, month`);

  return {
    servedByDepartment: (r: Range) => servedByDepartment.all(r),
    casesByMonth: (r: Range) => casesByMonth.all(r),
    ticketFacts: (r: Range): GroupedFact[] => facts.all(r).map((f) => ({ ...f, transferred: f.transferred === 1 })),
    servedToday: (queueId: string, day: string): number => servedToday.get({ queueId, day })?.n ?? 0,
    clerkServed: (r: ClerkRange): ClerkServed =>
      clerkServed.get(r) ?? { served: 0, meanMs: null, normMin: null, notices: 0, refusals: 0, consultations: 0, acceptedOrDone: 0 },
    transfersBy: (r: ClerkRange): number => transfersBy.get(r)?.n ?? 0,
    ratingsOf: (r: ClerkRange): { rated: number; satisfied: number } => ratingsOf.get(r) ?? { rated: 0, satisfied: 0 },
    founded: (r: ClerkRange, kind: 'rating' | 'complaint'): number => founded.get({ ...r, kind })?.n ?? 0,
    windowLogOf: (clerkId: number): WindowLogRow[] => logOf.all({ clerkId }),
    /** The hall's window log between two instants (from inclusive). */
    windowLogOfHall: (hallId: string, fromAt: number, toAt: number): WindowLogRow[] => logOfHall.all({ hallId, fromAt, toAt }),
    addWindowLog(row: { hallId: string; windowId: number; clerkId: number | null; at: number; type: WindowLogRow['type']; reason: string | null }): void {
      addLog.run(row);
    },
    evaluations: (clerkId: number, fromMonth: string, toMonth: string): Evaluation[] => evaluations.all({ clerkId, fromMonth, toMonth }),
    upsertEvaluation(row: Evaluation & { clerkId: number; enteredBy: number; at: number }): void {
      upsertEvaluation.run(row);
    },
  };
}

export type SupervisionRepo = ReturnType<typeof supervisionRepo>;
