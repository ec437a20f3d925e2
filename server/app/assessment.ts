/** Staff assessment (考核): each clerk's facts over a period, scored by server/domain/assessment.ts. */
import type { Static } from '@sinclair/typebox';
import { hallDate } from '../../common/hall-time.js';
import type { StaffSheet } from '../../contract/routes-supervision.js';
import {
  attendanceScore, attitudeScore, proficiencyScore, publicScore, totalScore, type Weights,
} from '../domain/assessment.js';
import { attendanceOf } from '../domain/attendance.js';
import { fail } from '../domain/errors.js';
import type { Actor } from './actor.js';
import type { HallServices } from './context.js';
import { weightsOfHall } from './hall-weights.js';
import { checkedRange } from './reports.js';
import { hallOf } from './views.js';

export type StaffSheetDto = Static<typeof StaffSheet>;
const MIN = 60_000;

interface Period { from: string; to: string; tz: string; now: number; weights: Weights }

function sheetOf(s: HallServices, clerk: { id: number; name: string; staffNo: string }, { from, to, tz, now, weights }: Period): StaffSheetDto {
  const logs = s.supervision.windowLogOf(clerk.id).filter((r) => { const d = hallDate(r.at, tz); return d >= from && d <= to; });
  const attendance = attendanceOf(logs, now);
  const range = { hallId: s.hallId, clerkId: clerk.id, from, to };
  const served = s.supervision.clerkServed(range);
  const transfers = s.supervision.transfersBy(range);
  const { rated, satisfied } = s.supervision.ratingsOf(range);
  const founded = (kind: 'rating' | 'complaint') => s.supervision.founded(range, kind);
  const evaluations = s.supervision.evaluations(clerk.id, from.slice(0, 7), to.slice(0, 7));
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
  return { clerkId: clerk.id, name: clerk.name, staffNo: clerk.staffNo, parts, weights, total: totalScore(parts, weights), facts };
}

export function assessment(s: HallServices, from: string, to: string): StaffSheetDto[] {
  checkedRange(from, to);
  const hall = hallOf(s);
  // Every sheet carries the hall's weights, so the page can show how each total is made.
  const period: Period = { from, to, tz: hall.timeZone, now: s.clock(), weights: weightsOfHall(hall) };
  return s.auth.allUsers().filter((u) => u.role === 'clerk').map((u) => sheetOf(s, u, period));
}

export function enterEvaluation(s: HallServices, actor: Actor, e: { clerkId: number; month: string; score: number; comment: string }): { month: string; score: number; comment: string } {
  const clerk = s.auth.user(e.clerkId);
  if (!clerk || clerk.role !== 'clerk') fail('user-not-found', `no clerk ${e.clerkId}`);
  const now = s.clock();
  s.database.sqlite.transaction(() => {
    s.supervision.upsertEvaluation({ clerkId: e.clerkId, month: e.month, score: e.score, comment: e.comment.trim(), enteredBy: actor.userId, at: now });
    s.audit.add({ hallId: s.hallId, at: now, actorId: actor.userId, actorName: actor.name, action: 'staff-evaluation', detail: JSON.stringify({ clerkId: e.clerkId, month: e.month, score: e.score }) });
  }).immediate();
  return { month: e.month, score: e.score, comment: e.comment.trim() };
}
