/** Staff assessment (考核): each clerk's facts over a period, scored by server/domain/assessment.ts. */
import type { Static } from '@sinclair/typebox';
import { hallDate } from '../../common/hall-time.js';
import type { StaffSheet } from '../../contract/routes-supervision.js';
import {
  attendanceScore, attitudeScore, DEFAULT_WEIGHTS, proficiencyScore, publicScore, totalScore, type AttendanceFacts,
} from '../domain/assessment.js';
import { fail } from '../domain/errors.js';
import type { Actor } from './actor.js';
import type { HallServices } from './context.js';
import { checkedRange } from './reports.js';
import { hallOf } from './views.js';

export type StaffSheetDto = Static<typeof StaffSheet>;
const MIN = 60_000;

interface LogRow { windowId: number; at: number; type: 'open' | 'close' | 'pause' | 'resume'; reason: string | null }

/** Minutes signed in and paused (by reason) from the window log; a stint still open ends now. */
function attendanceOf(rows: readonly LogRow[], now: number): AttendanceFacts {
  const openSince = new Map<number, number>();
  const pausedSince = new Map<number, { at: number; reason: string }>();
  let signedInMin = 0;
  const pausedMin: Record<string, number> = {};
  const endPause = (windowId: number, at: number) => {
    const p = pausedSince.get(windowId);
    if (!p) return;
    pausedMin[p.reason] = (pausedMin[p.reason] ?? 0) + Math.round((at - p.at) / MIN);
    pausedSince.delete(windowId);
  };
  for (const r of rows) {
    if (r.type === 'open') openSince.set(r.windowId, r.at);
    if (r.type === 'pause') pausedSince.set(r.windowId, { at: r.at, reason: (r.reason ?? 'unspecified').split(':')[0] ?? 'unspecified' });
    if (r.type === 'resume') endPause(r.windowId, r.at);
    if (r.type === 'close') {
      endPause(r.windowId, r.at);
      const since = openSince.get(r.windowId);
      if (since !== undefined) signedInMin += Math.round((r.at - since) / MIN);
      openSince.delete(r.windowId);
    }
  }
  for (const [windowId] of pausedSince) endPause(windowId, now);
  for (const since of openSince.values()) signedInMin += Math.round((now - since) / MIN);
  return { signedInMin, pausedMin };
}

interface Served { served: number; meanMs: number | null; normMin: number | null; notices: number; refusals: number; consultations: number; acceptedOrDone: number }

function servedBy(s: HallServices, clerkId: number, from: string, to: string): Served {
  const row = s.database.sqlite.prepare<[number, string, string, string], Served>(`
    SELECT count(*) AS served, avg(t.finished_at - t.started_at) AS meanMs, avg(q.default_service_minutes) AS normMin,
           sum(t.outcome = 'one-time-notice') AS notices, sum(t.outcome = 'not-accepted') AS refusals,
           sum(t.outcome = 'consultation') AS consultations, sum(t.outcome IN ('accepted', 'on-the-spot')) AS acceptedOrDone
      FROM tickets t JOIN queues q ON q.id = t.queue_id
     WHERE t.clerk_id = ? AND t.status = 'done' AND t.service_day BETWEEN ? AND ? AND t.hall_id = ?`).get(clerkId, from, to, s.hallId);
  return {
    served: row?.served ?? 0, meanMs: row?.meanMs ?? null, normMin: row?.normMin ?? null, notices: row?.notices ?? 0,
    refusals: row?.refusals ?? 0, consultations: row?.consultations ?? 0, acceptedOrDone: row?.acceptedOrDone ?? 0,
  };
}

function count(s: HallServices, sql: string, ...args: (string | number)[]): number {
  return s.database.sqlite.prepare<(string | number)[], { n: number }>(sql).get(...args)?.n ?? 0;
}

function sheetOf(s: HallServices, clerk: { id: number; name: string; staffNo: string }, from: string, to: string, tz: string, now: number): StaffSheetDto {
  const logs = s.database.sqlite.prepare<[number], LogRow>('SELECT window_id AS windowId, at, type, reason FROM window_log WHERE clerk_id = ? ORDER BY id').all(clerk.id)
    .filter((r) => { const d = hallDate(r.at, tz); return d >= from && d <= to; });
  const attendance = attendanceOf(logs, now);
  const served = servedBy(s, clerk.id, from, to);
  const transfers = count(s, "SELECT count(*) AS n FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.type = 'transferred' AND e.clerk_id = ? AND t.service_day BETWEEN ? AND ?", clerk.id, from, to);
  const rated = count(s, 'SELECT count(*) AS n FROM ratings WHERE clerk_id = ? AND ticket_id IS NOT NULL AND annulled_at IS NULL AND service_day BETWEEN ? AND ?', clerk.id, from, to);
  const satisfied = count(s, 'SELECT count(*) AS n FROM ratings WHERE clerk_id = ? AND ticket_id IS NOT NULL AND annulled_at IS NULL AND level >= 4 AND service_day BETWEEN ? AND ?', clerk.id, from, to);
  const founded = (kind: string) => count(s, "SELECT count(*) AS n FROM rectifications WHERE clerk_id = ? AND kind = ? AND finding = 'founded' AND opened_day BETWEEN ? AND ?", clerk.id, kind, from, to);
  const evaluations = s.database.sqlite.prepare<[number, string, string], { month: string; score: number; comment: string }>(
    'SELECT month, score, comment FROM staff_evaluations WHERE clerk_id = ? AND month BETWEEN ? AND ? ORDER BY month').all(clerk.id, from.slice(0, 7), to.slice(0, 7));
  const substantive = served.served - served.consultations;
  const facts = {
    ...attendance, served: served.served, meanServiceMin: served.meanMs === null ? null : Math.round((served.meanMs / MIN) * 10) / 10,
    normMin: served.normMin, oneTimeNotices: served.notices, refusals: served.refusals, transfers,
    oneTimeSuccessRate: substantive > 0 ? Math.round((served.acceptedOrDone / substantive) * 100) / 100 : null,
    rated, satisfied, foundedRectifications: founded('rating'), complaints: founded('complaint'), evaluations,
  };
  const parts = {
    attendance: attendanceScore(attendance),
    proficiency: proficiencyScore({ ...facts, substantive, acceptedOrDone: served.acceptedOrDone }),
    attitude: attitudeScore(facts, served.served),
    department: evaluations.length === 0 ? null : Math.round(evaluations.reduce((a, e) => a + e.score, 0) / evaluations.length),
    public: publicScore(facts),
  };
  return { clerkId: clerk.id, name: clerk.name, staffNo: clerk.staffNo, parts, weights: DEFAULT_WEIGHTS, total: totalScore(parts, DEFAULT_WEIGHTS), facts };
}

export function assessment(s: HallServices, from: string, to: string): StaffSheetDto[] {
  checkedRange(from, to);
  const tz = hallOf(s).timeZone;
  const now = s.clock();
  return s.auth.allUsers().filter((u) => u.role === 'clerk').map((u) => sheetOf(s, u, from, to, tz, now));
}

export function enterEvaluation(s: HallServices, actor: Actor, e: { clerkId: number; month: string; score: number; comment: string }): { month: string; score: number; comment: string } {
  const clerk = s.auth.user(e.clerkId);
  if (!clerk || clerk.role !== 'clerk') fail('user-not-found', `no clerk ${e.clerkId}`);
  const now = s.clock();
  s.database.sqlite.transaction(() => {
    s.database.sqlite.prepare(`INSERT INTO staff_evaluations (clerk_id, month, score, comment, entered_by, at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (clerk_id, month) DO UPDATE SET score = excluded.score, comment = excluded.comment, entered_by = excluded.entered_by, at = excluded.at`)
      .run(e.clerkId, e.month, e.score, e.comment.trim(), actor.userId, now);
    s.audit.add({ hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'staff-evaluation', detail: JSON.stringify({ clerkId: e.clerkId, month: e.month, score: e.score }) });
  }).immediate();
  return { month: e.month, score: e.score, comment: e.comment.trim() };
}
