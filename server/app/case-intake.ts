/**
 * 收件受理: what finishing a service leaves behind, written in the finishing transaction. An
 * accepted ticket opens a case (number, deadline in working days, one approval step per
 * department) with its acceptance notice; a one-time notice, a refusal and an on-the-spot
 * service each get their document. A consultation leaves nothing.
 */
import { randomBytes } from 'node:crypto';
import { isResidentIdNumber, normalisePhone } from '../../common/identity.js';
import { materialRequirement } from '../../common/labels.js';
import type { OutcomeDto } from '../../contract/dto.js';
import type { CaseRow, DocumentRow } from '../db/cases-repo.js';
import type { HallRow, MaterialRow, MatterRow } from '../db/catalog-repo.js';
import { parseJson } from '../db/json.js';
import type { TicketRow } from '../db/tickets-repo.js';
import type { WindowRow } from '../db/windows-repo.js';
import { caseNumber } from '../domain/case.js';
import { fail } from '../domain/errors.js';
import { addWorkingDays } from '../domain/working-days.js';
import type { Actor } from './actor.js';
import { workCalendarOf } from './calendar.js';
import { caseWebhookData, trackUrlOf } from './case-views.js';
import type { HallServices } from './context.js';
import { DOCUMENT_TITLES, acceptanceStatement, COMPLETION_STATEMENT, ONE_TIME_STATEMENT, REFUSAL_STATEMENT } from './document-wording.js';
import { documentUrl, issueDocument, maskedApplicant, type ApplicantInput, type DocumentContent } from './documents.js';
import { enqueueOutbox } from './outbox.js';

export interface IntakeContext {
  hall: HallRow;
  w: WindowRow;
  ticket: TicketRow;
  actor: Actor;
  now: number;
  outcome: OutcomeDto;
}

/** The applicant as given, checked: a phone that can be called back, an ID number that fits its type. */
export function checkedApplicant(a: OutcomeDto['applicant']): ApplicantInput | null {
  if (!a) return null;
  const name = a.name.trim();
  if (!name) fail('applicant-required', 'the applicant\'s name is empty');
  const phone = normalisePhone(a.phone);
  if (!phone) fail('phone-invalid', `${a.phone} is not a mobile or fixed-line number`);
  const idNumber = a.idNumber?.trim().toUpperCase();
  const idType = idNumber ? (a.idType ?? 'resident-id') : undefined;
  if (idType === 'resident-id' && idNumber && !isResidentIdNumber(idNumber)) fail('id-number-invalid', 'a resident ID number has 18 characters and a valid check character');
  return { name, phone, idType, idNumber };
}

function checkedDelivery(d: OutcomeDto['delivery']): { method: 'pickup' | 'mail'; address: string | null } {
  if (!d || d.method === 'pickup') return { method: 'pickup', address: null };
  const address = d.address?.trim();
  if (!address) fail('address-required', 'a mailed result needs the address to send it to');
  return { method: 'mail', address };
}

interface Served {
  matter: MatterRow | undefined;
  materials: MaterialRow[];
}

function servedMatter(s: HallServices, c: IntakeContext): Served {
  const matterId = c.outcome.matterId ?? c.ticket.matterId;
  if (matterId === null) return { matter: undefined, materials: [] };
  const found = s.catalog.matterWithMaterials(matterId);
  if (!found) fail('matter-not-found', `no matter ${matterId}`);
  return found;
}

/** What the window took in: the ticked checklist lines with counts; by default every required line (acceptance means complete). */
function receivedOf(c: IntakeContext, materials: MaterialRow[]) {
  const picked = c.outcome.received ?? materials.flatMap((m, index) => (m.required ? [{ index, copies: m.copies }] : []));
  return picked.map(({ index, copies }) => {
    const m = materials[index];
    if (!m) fail('validation-failed', `the checklist has no line ${index}`);
    return { name: m.name, nameEn: m.nameEn, copies, form: m.form };
  });
}

function baseContent(s: HallServices, c: IntakeContext, served: Served, applicant: ApplicantInput | null): Omit<DocumentContent, 'lines' | 'reason' | 'statement'> {
  const clerk = s.auth.user(c.actor.userId);
  const departmentIds = served.matter ? [served.matter.departmentId, ...parseJson<string[]>(served.matter.jointDepartmentIds)] : [];
  return {
    hallName: c.hall.name, hallNameEn: c.hall.nameEn,
    matterName: served.matter?.name ?? s.catalog.queue(c.ticket.queueId)?.name ?? '',
    departmentNames: departmentIds.map((id) => s.catalog.department(id)?.name ?? id),
    applicant: maskedApplicant(applicant),
    clerk: { name: clerk?.name ?? c.actor.name, staffNo: clerk?.staffNo ?? '', windowNumber: c.w.number },
    ticketNumber: c.ticket.number, caseNumber: null, trackUrl: null, dueDay: null, promisedDays: null,
    note: c.outcome.note?.trim() ?? '', delivery: null,
  };
}

/** The missing materials of a one-time notice, each with what is required of it (from the checklist when it is on it). */
function missingLines(names: readonly string[], materials: MaterialRow[]): DocumentContent['lines'] {
  return names.map((name) => {
    const m = materials.find((x) => x.name === name);
    if (!m) return { name, requirement: '按窗口告知的要求提供' };
    return { name, requirement: [materialRequirement(m.form, m.copies, 'zh'), m.notes].filter(Boolean).join('；') };
  });
}

function openCase(s: HallServices, c: IntakeContext, served: Served, applicant: ApplicantInput | null): { row: CaseRow; received: ReturnType<typeof receivedOf> } {
  const matter = served.matter;
  if (!matter) fail('matter-required', 'say which matter was accepted: this ticket was taken for a queue');
  const delivery = checkedDelivery(c.outcome.delivery);
  const received = receivedOf(c, served.materials);
  const day = c.ticket.serviceDay;
  const row: CaseRow = {
    id: randomBytes(12).toString('base64url'), hallId: c.hall.id,
    number: caseNumber(c.hall.code, day, s.cases.nextInSequence(`case:${c.hall.id}`, day)),
    token: randomBytes(16).toString('base64url'), ticketId: c.ticket.id, matterId: matter.id, status: 'received',
    applicantName: applicant?.name ?? '', applicantPhone: applicant?.phone ?? '', idType: applicant?.idType ?? null, idNumber: applicant?.idNumber ?? null,
    deliveryMethod: delivery.method, deliveryAddress: delivery.address, materials: JSON.stringify(received),
    clerkId: c.actor.userId, windowId: c.w.id, acceptedAt: c.now, acceptedDay: day, promisedDays: matter.promisedDays,
    dueDay: addWorkingDays(workCalendarOf(s), day, matter.promisedDays), remainingDays: null,
    resultReadyAt: null, closedAt: null, carrier: null, trackingNumber: null, updatedAt: c.now,
  };
  s.cases.insert(row);
  const departments = [...new Set([matter.departmentId, ...parseJson<string[]>(matter.jointDepartmentIds)])];
  s.cases.insertSteps(departments.map((departmentId) => ({ caseId: row.id, departmentId, decision: 'pending', opinion: '', actorId: null, actorName: null, at: null })));
  s.cases.addEvent({ caseId: row.id, at: c.now, type: 'received', fromStatus: null, toStatus: 'received', actorId: c.actor.userId, actorName: c.actor.name, note: `${c.ticket.number} @ ${c.w.number}`, detail: null });
  return { row, received };
}

/** Called inside the finish transaction, after the ticket is saved. */
export function recordOutcome(s: HallServices, c: IntakeContext): { caseRow: CaseRow | null; document: DocumentRow | null } {
  const kind = c.outcome.kind;
  // A results ticket collects an existing case: handing out is recorded on that case, not as a new service.
  if (kind === 'consultation' || c.ticket.caseId !== null) return { caseRow: null, document: null };
  const applicant = checkedApplicant(c.outcome.applicant);
  const served = servedMatter(s, c);
  const base = baseContent(s, c, served, applicant);
  const issue = (docKind: DocumentRow['kind'], content: DocumentContent, caseId: string | null) =>
    issueDocument(s, { hall: c.hall, kind: docKind, ticketId: c.ticket.id, caseId, serviceDay: c.ticket.serviceDay, content, now: c.now });
  let caseRow: CaseRow | null = null;
  let document: DocumentRow;
  if (kind === 'accepted') {
    const opened = openCase(s, c, served, applicant);
    caseRow = opened.row;
    document = issue('acceptance-notice', {
      ...base, caseNumber: caseRow.number, trackUrl: trackUrlOf(caseRow), dueDay: caseRow.dueDay, promisedDays: caseRow.promisedDays,
      delivery: { method: caseRow.deliveryMethod, address: caseRow.deliveryAddress },
      lines: opened.received.map((m) => ({ name: m.name, requirement: materialRequirement(m.form, m.copies, 'zh') })),
      reason: null, statement: acceptanceStatement(caseRow.promisedDays, caseRow.dueDay),
    }, caseRow.id);
    enqueueOutbox(s, { type: 'case.received', data: caseWebhookData(s, caseRow) }, c.now);
  } else if (kind === 'one-time-notice') {
    document = issue('one-time-notice', { ...base, lines: missingLines(c.outcome.missingMaterials ?? [], served.materials), reason: null, statement: ONE_TIME_STATEMENT }, null);
  } else if (kind === 'not-accepted') {
    document = issue('refusal', { ...base, lines: [], reason: c.outcome.reason?.trim() ?? '', statement: REFUSAL_STATEMENT }, null);
  } else {
    const lines = c.outcome.received ? receivedOf(c, served.materials).map((m) => ({ name: m.name, requirement: materialRequirement(m.form, m.copies, 'zh') })) : [];
    document = issue('completion-record', { ...base, lines, reason: null, statement: COMPLETION_STATEMENT }, null);
  }
  enqueueOutbox(s, { type: 'document.issued', data: { number: document.number, kind: document.kind, title: DOCUMENT_TITLES[document.kind].title, ticketNumber: c.ticket.number, serviceDay: c.ticket.serviceDay, caseNumber: caseRow?.number ?? null, url: documentUrl(document.id) } }, c.now);
  return { caseRow, document };
}
