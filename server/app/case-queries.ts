/** Reading cases: the back office inbox, a kiosk's lookup by number, the visitor's tracking page, a document. */
import type { CaseStatus } from '../../contract/constants.js';
import type { CaseRow } from '../db/cases-repo.js';
import { FINAL_STATUSES } from '../domain/case.js';
import { fail } from '../domain/errors.js';
import type { Actor } from './actor.js';
import { departmentsOfActor, loadCase, withdraw } from './case-flow.js';
import { casePublicStatus, caseSummaries, caseTrack, type CasePublicStatusDto, type CaseSummaryDto, type CaseTrackDto } from './case-views.js';
import type { HallServices } from './context.js';
import { documentView, type DocumentViewDto } from './documents.js';

export interface CaseFilter {
  departmentId?: string | undefined;
  status?: CaseStatus | undefined;
  due?: 'soon' | 'overdue' | undefined;
  open?: boolean | undefined;
  limit?: number | undefined;
}

export function listCases(s: HallServices, actor: Actor, f: CaseFilter): CaseSummaryDto[] {
  const mine = departmentsOfActor(s, actor);
  if (f.departmentId !== undefined && mine !== 'all' && !mine.includes(f.departmentId)) fail('department-not-yours', `you do not work for ${f.departmentId}`);
  const wanted = f.departmentId !== undefined ? [f.departmentId] : mine;
  const allowed = wanted === 'all' ? null : s.cases.caseIdsOfDepartments(wanted);
  const statuses = f.status ? [f.status] : [];
  const rows = s.cases.list(s.hallId, statuses, 5000)
    .filter((c) => (allowed === null || allowed.has(c.id)) && (f.open !== true || !FINAL_STATUSES.includes(c.status)));
  const summaries = caseSummaries(s, rows)
    .filter((c) => f.due === undefined || c.urgency === 'overdue' || (f.due === 'soon' && c.urgency === 'due-soon'));
  // Overdue first, then by due day: what needs attention comes up top.
  const rank = (c: CaseSummaryDto) => (c.urgency === 'overdue' ? 0 : c.urgency === 'due-soon' ? 1 : 2);
  return summaries.sort((a, b) => rank(a) - rank(b) || a.dueDay.localeCompare(b.dueDay)).slice(0, f.limit ?? 200);
}

/** A case from what a kiosk was given: its number, or the tracking link scanned off a notice. */
function caseOfRef(s: HallServices, ref: string): CaseRow {
  const text = ref.trim();
  const token = /\/c\/([A-Za-z0-9_-]{10,64})\/?$/.exec(text)?.[1];
  const c = token ? s.cases.byToken(token) : s.cases.byNumber(text.toUpperCase());
  if (!c || c.hallId !== s.hallId) fail('case-not-found', `no case ${text}`);
  return c;
}

export const lookupCase = (s: HallServices, ref: string): CasePublicStatusDto => casePublicStatus(s, caseOfRef(s, ref));

/** The case a results ticket collects, checked to be ready: the kiosk's 领取结果. */
export function caseForPickup(s: HallServices, ref: string): CaseRow {
  const c = caseOfRef(s, ref);
  if (c.status !== 'result-ready') fail('case-not-ready', `case ${c.number} is ${c.status}, due ${c.dueDay}: nothing to collect yet`);
  if (c.deliveryMethod === 'mail') fail('case-not-ready', `case ${c.number} will be mailed, not collected`);
  return c;
}

function caseOfToken(s: HallServices, token: string): CaseRow {
  const c = s.cases.byToken(token);
  if (!c || c.hallId !== s.hallId) fail('case-not-found', 'no such case');
  return c;
}

export const trackCase = (s: HallServices, token: string): CaseTrackDto => caseTrack(s, caseOfToken(s, token));

export function withdrawByToken(s: HallServices, token: string, reason: string): CaseTrackDto {
  const c = caseOfToken(s, token);
  withdraw(s, 'applicant', c.number, reason);
  return caseTrack(s, loadCase(s, c.number));
}

/** `base`: where the QR code's tracking link points (the hall's public URL). */
export function readDocument(s: HallServices, id: string, base: string): DocumentViewDto {
  const d = s.cases.document(id);
  if (!d || d.hallId !== s.hallId) fail('document-not-found', 'no such document');
  return documentView(s, d, base);
}
