/**
 * 整改: follow-up items of bad ratings and complaints, assigned to the department that served
 * (the hall's service management office for undifferentiated, results and guidance windows),
 * due in 15 working days, moved step by step by the table in server/domain/rectification.ts.
 */
import type { Static } from '@sinclair/typebox';
import type { RectificationAction } from '../../contract/constants.js';
import type { Rectification, RectificationDetail, StepBody } from '../../contract/schemas-ratings.js';
import type { CaseRow } from '../db/cases-repo.js';
import { parseJson } from '../db/json.js';
import type { RectificationRow } from '../db/ratings-repo.js';
import type { TicketRow } from '../db/tickets-repo.js';
import { fail } from '../domain/errors.js';
import { dueDayOf, FINISHED, isOverdue, RECTIFICATION_TRANSITIONS, step, type Acting } from '../domain/rectification.js';
import type { Actor } from './actor.js';
import { workCalendarOf } from './calendar.js';
import { departmentsOfActor } from './case-flow.js';
import { runCommand, type HallServices } from './context.js';
import { iso } from './dto.js';
import { enqueueOutbox } from './outbox.js';
import { hallOf, today } from './views.js';

export type RectificationDto = Static<typeof Rectification>;
export type RectificationDetailDto = Static<typeof RectificationDetail>;

export const SERVICE_OFFICE = { zh: '大厅运行管理机构', en: 'Service management office' };

/** Who answers for a service: the matter's department at its own (domain) window, else the office. */
export function departmentOfService(s: HallServices, t: TicketRow): string | null {
  const queue = s.catalog.queue(t.queueId);
  if (queue?.kind !== 'domain' || t.matterId === null) return null;
  return s.catalog.matter(t.matterId)?.departmentId ?? null;
}

export interface NewItem {
  kind: 'rating' | 'complaint';
  ratingId: number | null;
  complaintId: number | null;
  ticket: TicketRow | null;
  caseRow: CaseRow | null;
  departmentId: string | null;
}

/** Opens an item in the caller's transaction. */
export function openItem(s: HallServices, n: NewItem, now: number): RectificationRow {
  const day = today(s, hallOf(s), now);
  const row = s.ratings.insertItem({
    hallId: s.hallId, kind: n.kind, ratingId: n.ratingId, complaintId: n.complaintId, ticketId: n.ticket?.id ?? n.caseRow?.ticketId ?? null,
    caseId: n.caseRow?.id ?? null, windowId: n.ticket?.windowId ?? n.caseRow?.windowId ?? null, clerkId: n.ticket?.clerkId ?? n.caseRow?.clerkId ?? null,
    departmentId: n.departmentId, status: 'open', appealedFrom: null, finding: null, openedAt: now, openedDay: day,
    dueDay: dueDayOf(workCalendarOf(s), day), closedAt: null, updatedAt: now,
  });
  s.ratings.addStep({ itemId: row.id, at: now, action: 'open', fromStatus: null, toStatus: 'open', actorId: null, actorName: '系统', note: n.kind === 'rating' ? '差评自动生成整改事项' : '收到投诉', detail: null });
  return row;
}

function summaryOf(s: HallServices, r: RectificationRow, day: string): RectificationDto {
  const ticket = r.ticketId === null ? undefined : s.tickets.get(r.ticketId);
  const rating = r.ratingId === null ? undefined : s.ratings.rating(r.ratingId);
  const complaint = r.complaintId === null ? undefined : s.ratings.complaint(r.complaintId);
  const kase = r.caseId === null ? undefined : s.cases.get(r.caseId);
  return {
    id: r.id, kind: r.kind, status: r.status, number: ticket?.number ?? null, caseNumber: kase?.number ?? null,
    dueDate: r.dueDay, overdue: isOverdue(r, day), openedAt: iso(r.openedAt), departmentId: r.departmentId,
    departmentName: r.departmentId === null ? SERVICE_OFFICE.zh : s.catalog.department(r.departmentId)?.name ?? r.departmentId,
    windowNumber: r.windowId === null ? null : s.windows.get(r.windowId)?.number ?? null,
    level: rating?.level ?? null, reasons: rating ? parseJson<RectificationDto['reasons']>(rating.reasons) : [],
    category: complaint?.category ?? null,
  };
}

/** Overdue first, then by due day; finished items after the open ones. */
function sorted(items: RectificationDto[]): RectificationDto[] {
  const rank = (i: RectificationDto) => (FINISHED.includes(i.status) ? 2 : i.overdue ? 0 : 1);
  return items.sort((a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
}

/** The supervisor's list (and a department's, limited to its items). */
export function listItems(s: HallServices, actor: Actor, open: boolean): RectificationDto[] {
  const day = today(s, hallOf(s), s.clock());
  const mine = departmentsOfActor(s, actor);
  const statuses = open ? (['open', 'verified', 'contacted', 'rectified', 'explained', 'appealed'] as const) : [];
  return sorted(s.ratings.items(s.hallId, statuses, mine === 'all' ? undefined : mine).map((r) => summaryOf(s, r, day)));
}

/** How the actor acts on the item: as its department, as a supervisor, or not at all. */
function actingOn(s: HallServices, actor: Actor, r: RectificationRow): Acting {
  if (actor.role === 'supervisor' || actor.role === 'admin') return 'supervisor';
  const mine = departmentsOfActor(s, actor);
  if (mine !== 'all' && r.departmentId !== null && mine.includes(r.departmentId)) return 'department';
  fail('department-not-yours', 'this item belongs to another department');
}

function loadItem(s: HallServices, id: number): RectificationRow {
  const r = s.ratings.item(id);
  if (!r || r.hallId !== s.hallId) fail('rectification-not-found', `no item ${id}`);
  return r;
}

export function itemDetail(s: HallServices, actor: Actor, id: number): RectificationDetailDto {
  const r = loadItem(s, id);
  const acting = actingOn(s, actor, r);
  return detailOf(s, r, acting);
}

function detailOf(s: HallServices, r: RectificationRow, acting: Acting): RectificationDetailDto {
  const day = today(s, hallOf(s), s.clock());
  const t = r.ticketId === null ? undefined : s.tickets.get(r.ticketId);
  const clerk = t?.clerkId == null ? undefined : s.auth.user(t.clerkId);
  const rating = r.ratingId === null ? undefined : s.ratings.rating(r.ratingId);
  const complaint = r.complaintId === null ? undefined : s.ratings.complaint(r.complaintId);
  const allowed = (Object.keys(RECTIFICATION_TRANSITIONS) as RectificationAction[])
    .filter((a) => RECTIFICATION_TRANSITIONS[a].from.includes(r.status) && RECTIFICATION_TRANSITIONS[a].by.includes(acting));
  return {
    ...summaryOf(s, r, day), finding: r.finding,
    ticket: t ? {
      number: t.number, serviceDay: t.serviceDay, issuedAt: iso(t.issuedAt), calledAt: iso(t.calledAt), startedAt: iso(t.startedAt), finishedAt: iso(t.finishedAt),
      windowNumber: t.windowId === null ? null : s.windows.get(t.windowId)?.number ?? null, clerkName: clerk?.name ?? null, clerkStaffNo: clerk?.staffNo ?? null,
      matterName: t.matterId === null ? null : s.catalog.matter(t.matterId)?.name ?? null, outcome: t.outcome,
    } : null,
    rating: rating ? {
      level: rating.level, reasons: parseJson(rating.reasons), text: rating.text, phone: rating.phone, channel: rating.channel, at: iso(rating.at), annulledAt: iso(rating.annulledAt),
    } : null,
    complaint: complaint ? {
      category: complaint.category, text: complaint.text, contactName: complaint.contactName,
      contactPhone: complaint.contactPhone, channel: complaint.channel, at: iso(complaint.at),
    } : null,
    steps: s.ratings.steps(r.id).map((x) => {
      const d = x.detail === null ? {} : parseJson<{ finding?: 'founded' | 'unfounded'; consent?: boolean; result?: string }>(x.detail);
      return {
        at: iso(x.at), action: x.action, fromStatus: x.fromStatus as RectificationDetailDto['status'] | null, toStatus: x.toStatus as RectificationDetailDto['status'],
        actorName: x.actorName, note: x.note, finding: d.finding ?? null, consent: d.consent ?? null, result: d.result ?? null,
      };
    }),
    allowed,
  };
}

/** One step on an item, recorded with who, when and why; an annulment keeps the rating, marked annulled. */
export function takeStep(s: HallServices, actor: Actor, id: number, body: Static<typeof StepBody>): RectificationDetailDto {
  return runCommand(s, (now) => {
    const r = loadItem(s, id);
    const acting = actingOn(s, actor, r);
    if (!body.note.trim()) fail('reason-required', 'every step says what was done');
    if (body.action === 'verify' && body.finding === undefined) fail('validation-failed', 'verifying says whether it was founded');
    if (body.action === 'contact' && body.consent === undefined) fail('validation-failed', 'a call-back records whether the visitor agreed');
    const next = step({ status: r.status, appealedFrom: r.appealedFrom as typeof r.status | null }, body.action, acting);
    s.ratings.updateItem(r.id, {
      status: next.status, appealedFrom: next.appealedFrom, updatedAt: now,
      ...(body.finding ? { finding: body.finding } : {}), ...(FINISHED.includes(next.status) ? { closedAt: now } : {}),
    });
    if (body.action === 'annul' && r.ratingId !== null) s.ratings.annulRating(r.ratingId, now);
    const detail = { finding: body.finding, consent: body.consent, result: body.result?.trim() };
    s.ratings.addStep({ itemId: r.id, at: now, action: body.action, fromStatus: r.status, toStatus: next.status, actorId: actor.userId, actorName: actor.name, note: body.note.trim(), detail: JSON.stringify(detail) });
    enqueueOutbox(s, { type: 'rectification.changed', data: { id: r.id, kind: r.kind, status: next.status, action: body.action, dueDate: r.dueDay, departmentId: r.departmentId, at: iso(now) } }, now);
    return { result: detailOf(s, loadItem(s, r.id), acting), events: [] };
  });
}
