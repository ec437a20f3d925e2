/** Cases as each reader sees them: the back office, the results window, the visitor's phone, a kiosk, a webhook. */
import type { Static } from '@sinclair/typebox';
import { hallDate } from '../../common/hall-time.js';
import { maskIdNumber, maskMiddle, maskName, maskPhone } from '../../common/identity.js';
import type { CaseDetail, CasePublicStatus, CaseSummary, CaseTrack } from '../../contract/schemas-cases.js';
import type { CaseRef, DocumentRef, ReceivedMaterial } from '../../contract/schemas.js';
import type { CaseRow } from '../db/cases-repo.js';
import { parseJson } from '../db/json.js';
import type { TicketRow } from '../db/tickets-repo.js';
import { BEFORE_DECISION, CLOCK_RUNNING, FINAL_STATUSES, urgencyOf } from '../domain/case.js';
import { workingDaysBetween, type WorkCalendar } from '../domain/working-days.js';
import { workCalendarOf } from './calendar.js';
import type { HallServices } from './context.js';
import { documentUrl } from './documents.js';
import { iso } from './dto.js';
import { hallOf, today } from './views.js';

export type CaseSummaryDto = Static<typeof CaseSummary>;
export type CaseDetailDto = Static<typeof CaseDetail>;
export type CaseTrackDto = Static<typeof CaseTrack>;
export type CasePublicStatusDto = Static<typeof CasePublicStatus>;

export const trackUrlOf = (c: Pick<CaseRow, 'token'>): string => `/c/${c.token}`;

export function caseRefOf(c: CaseRow): Static<typeof CaseRef> {
  return { number: c.number, status: c.status, trackUrl: trackUrlOf(c) };
}

/** The case and document a ticket carries: the case it opened or collects, the newest document it ended with. */
export function ticketLinks(s: HallServices, row: TicketRow): { case: Static<typeof CaseRef> | null; document: Static<typeof DocumentRef> | null } {
  if (row.caseId === null && (row.status !== 'done' || row.outcome === null || row.outcome === 'consultation')) return { case: null, document: null };
  const c = row.caseId !== null ? s.cases.get(row.caseId) : row.outcome === 'accepted' ? s.cases.ofTicket(row.id) : undefined;
  const doc = row.status === 'done' ? s.cases.latestDocumentOfTicket(row.id) : undefined;
  return { case: c ? caseRefOf(c) : null, document: doc ? { kind: doc.kind, number: doc.number, url: documentUrl(doc.id) } : null };
}

/** The day a case left review, for judging whether it was decided within its promise. */
function decidedOn(s: HallServices, c: CaseRow, timeZone: string): string | null {
  const decided = s.cases.events(c.id).find((e) => e.toStatus === 'approved' || e.toStatus === 'denied' || e.toStatus === 'withdrawn');
  return decided ? hallDate(decided.at, timeZone) : null;
}

interface Clock {
  cal: WorkCalendar;
  day: string;
  timeZone: string;
}

function clockOf(s: HallServices): Clock {
  const hall = hallOf(s);
  return { cal: workCalendarOf(s), day: today(s, hall, s.clock()), timeZone: hall.timeZone };
}

export function departmentIdsOf(s: HallServices, c: CaseRow): string[] {
  return s.cases.steps(c.id).map((x) => x.departmentId);
}

function summaryWith(s: HallServices, c: CaseRow, k: Clock): CaseSummaryDto {
  const matter = s.catalog.matter(c.matterId);
  const undecided = CLOCK_RUNNING.includes(c.status);
  return {
    number: c.number, status: c.status, matterId: c.matterId, matterName: matter?.name ?? c.matterId, matterNameEn: matter?.nameEn ?? c.matterId,
    departmentIds: departmentIdsOf(s, c), applicantName: maskName(c.applicantName), acceptedAt: iso(c.acceptedAt), dueDay: c.dueDay,
    urgency: urgencyOf(c, k.cal, k.day, FINAL_STATUSES.includes(c.status) || !undecided ? decidedOn(s, c, k.timeZone) : null),
    workingDaysLeft: c.status === 'supplement-requested' ? c.remainingDays : undecided ? workingDaysBetween(k.cal, k.day, c.dueDay) : null,
    deliveryMethod: c.deliveryMethod, progress: progressOf(s, c),
  };
}

function progressOf(s: HallServices, c: CaseRow): CaseSummaryDto['progress'] {
  const steps = s.cases.steps(c.id);
  return { approved: steps.filter((x) => x.decision === 'approved').length, denied: steps.filter((x) => x.decision === 'denied').length, total: steps.length };
}

export const caseSummary = (s: HallServices, c: CaseRow): CaseSummaryDto => summaryWith(s, c, clockOf(s));
export function caseSummaries(s: HallServices, rows: readonly CaseRow[]): CaseSummaryDto[] {
  const k = clockOf(s);
  return rows.map((c) => summaryWith(s, c, k));
}

function documentsOf(s: HallServices, c: CaseRow) {
  const docs = [...s.cases.documentsOfCase(c.id), ...s.cases.documentsOfTicket(c.ticketId).filter((d) => d.caseId === null)];
  return docs.map((d) => ({
    kind: d.kind, number: d.number, url: documentUrl(d.id), version: d.version, issuedAt: iso(d.issuedAt),
    replacedBy: docs.find((x) => x.replacesId === d.id)?.number ?? null,
  }));
}

export function caseDetail(s: HallServices, c: CaseRow): CaseDetailDto {
  const ticket = s.tickets.get(c.ticketId);
  const window = s.windows.get(c.windowId);
  return {
    ...caseSummary(s, c),
    applicant: { name: c.applicantName, phone: c.applicantPhone ? maskPhone(c.applicantPhone) : '', idType: c.idType as CaseDetailDto['applicant']['idType'], idNumber: c.idNumber ? maskIdNumber(c.idNumber) : null },
    delivery: { method: c.deliveryMethod, address: c.deliveryAddress },
    materials: parseJson<Static<typeof ReceivedMaterial>[]>(c.materials),
    steps: s.cases.steps(c.id).map((x) => ({
      departmentId: x.departmentId, departmentName: s.catalog.department(x.departmentId)?.name ?? x.departmentId,
      decision: x.decision, opinion: x.opinion, actorName: x.actorName, at: x.at === null ? null : iso(x.at),
    })),
    events: s.cases.events(c.id).map((e) => ({
      at: iso(e.at), type: e.type, fromStatus: e.fromStatus as CaseDetailDto['status'] | null, toStatus: e.toStatus as CaseDetailDto['status'] | null,
      actorName: e.actorName, note: e.note,
    })),
    documents: documentsOf(s, c),
    ticketNumber: ticket?.number ?? '', windowNumber: window?.number ?? null, clerkName: s.auth.user(c.clerkId)?.name ?? '',
    carrier: c.carrier, trackingNumber: c.trackingNumber, trackUrl: trackUrlOf(c), remainingDaysWhenStopped: c.remainingDays,
  };
}

/** What to bring to the results window: the notice and the identity document the case was filed with. */
export function whatToBring(c: CaseRow): string[] {
  const id = c.idType === null || c.idType === 'resident-id' ? '本人身份证原件' : '申请时所用身份证件原件';
  return ['受理通知书（或办件编号、二维码）', id, '代领的，另带委托书及代领人身份证原件'];
}

export function caseTrack(s: HallServices, c: CaseRow): CaseTrackDto {
  const hall = hallOf(s);
  const summary = caseSummary(s, c);
  return {
    number: c.number, status: c.status, matterName: summary.matterName, matterNameEn: summary.matterNameEn,
    hallName: hall.name, hallNameEn: hall.nameEn, timeZone: hall.timeZone, applicantName: summary.applicantName,
    acceptedAt: summary.acceptedAt, dueDay: c.dueDay, workingDaysLeft: summary.workingDaysLeft, urgency: summary.urgency,
    timeline: s.cases.events(c.id).map((e) => ({ at: iso(e.at), type: e.type, toStatus: e.toStatus as CaseTrackDto['status'] | null, note: e.type === 'supplement-requested' ? e.note : '' })),
    documents: documentsOf(s, c).map((d) => ({ kind: d.kind, number: d.number, url: d.url })),
    delivery: { method: c.deliveryMethod, address: c.deliveryAddress === null ? null : maskMiddle(c.deliveryAddress, 6, 0) },
    whatToBring: c.deliveryMethod === 'pickup' ? whatToBring(c) : [],
    carrier: c.carrier, trackingNumber: c.trackingNumber,
    mayWithdraw: BEFORE_DECISION.includes(c.status),
  };
}

export function casePublicStatus(s: HallServices, c: CaseRow): CasePublicStatusDto {
  const matter = s.catalog.matter(c.matterId);
  return {
    number: c.number, status: c.status, dueDay: c.dueDay, ready: c.status === 'result-ready', matterName: matter?.name ?? '', matterNameEn: matter?.nameEn ?? '',
    deliveryMethod: c.deliveryMethod, ticketNumber: s.tickets.openOfCase(c.id)?.number ?? null,
  };
}

/** A case change as the city platform receives it: no visitor capability, identity masked. */
export function caseWebhookData(s: HallServices, c: CaseRow) {
  return {
    number: c.number, status: c.status, matterId: c.matterId, departmentIds: departmentIdsOf(s, c), acceptedAt: iso(c.acceptedAt),
    dueDay: c.dueDay, deliveryMethod: c.deliveryMethod, applicantName: maskName(c.applicantName), updatedAt: iso(c.updatedAt),
  };
}
