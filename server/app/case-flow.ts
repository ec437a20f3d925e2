/**
 * 交换流转 and 联审联办: every change of a case after acceptance, each in one transaction with
 * its timeline entry and its outbox messages (webhook, SMS). Who may act: approvers for their
 * departments (supervisors and admins for any), window staff at the front desk.
 */
import type { CaseEventType } from '../../common/case-labels.js';
import type { CaseStatus } from '../../contract/constants.js';
import type { CaseRow } from '../db/cases-repo.js';
import { decideStep, receiveSupplement, requestSupplement, transition, type CaseState } from '../domain/case.js';
import { fail } from '../domain/errors.js';
import { parseJson } from '../db/json.js';
import type { Actor } from './actor.js';
import { workCalendarOf } from './calendar.js';
import { caseDetail, caseWebhookData, departmentIdsOf, whatToBring, type CaseDetailDto } from './case-views.js';
import { runCommand, type HallServices } from './context.js';
import { enqueueOutbox } from './outbox.js';
import { hallOf, today } from './views.js';

export function loadCase(s: HallServices, number: string): CaseRow {
  const c = s.cases.byNumber(number.trim().toUpperCase());
  if (!c || c.hallId !== s.hallId) fail('case-not-found', `no case ${number}`);
  return c;
}

/** The departments an account decides for: an approver's own; supervisors and admins all. */
export function departmentsOfActor(s: HallServices, actor: Actor): readonly string[] | 'all' {
  if (actor.role === 'supervisor' || actor.role === 'admin') return 'all';
  if (actor.role !== 'approver') return [];
  const user = s.auth.user(actor.userId);
  return user?.departmentIds ? parseJson<string[]>(user.departmentIds) : [];
}

/** Back-office work on a case needs a department of the case. Returns the actor's departments on it. */
function backOffice(s: HallServices, actor: Actor, c: CaseRow): string[] {
  const mine = departmentsOfActor(s, actor);
  const onCase = departmentIdsOf(s, c);
  const shared = mine === 'all' ? onCase : onCase.filter((d) => mine.includes(d));
  if (shared.length === 0) fail('department-not-yours', `case ${c.number} belongs to ${onCase.join(', ')}, not to your departments`);
  return shared;
}

/** Front-desk work (supplements, handing out) is done at the windows, not by approvers. */
function frontDesk(actor: Actor): void {
  if (actor.role === 'approver') fail('forbidden', 'this is done at a window by window staff');
}

/** Read a case: window staff any case of the hall (they find it by number), approvers their departments'. */
export function readCase(s: HallServices, actor: Actor, number: string): CaseDetailDto {
  const c = loadCase(s, number);
  if (actor.role === 'approver') backOffice(s, actor, c);
  return caseDetail(s, c);
}

const stateOf = (s: HallServices, c: CaseRow): CaseState => ({
  status: c.status, dueDay: c.dueDay, remainingDays: c.remainingDays,
  steps: s.cases.steps(c.id).map((x) => ({ departmentId: x.departmentId, decision: x.decision })),
});

interface Change {
  /** Every type has its words in common/case-labels.ts: a new one does not compile until it has. */
  type: CaseEventType;
  note: string;
  next: CaseState;
  extra?: Partial<CaseRow>;
  sms?: string;
}

/** Load, check, apply, record and announce one change of a case. */
/** Who a timeline entry names: a signed-in account, or the applicant (no account). */
type Author = { userId: number | null; name: string };

function changeCase(s: HallServices, actor: Author, number: string, decide: (c: CaseRow, now: number) => Change): CaseDetailDto {
  return runCommand(s, (now) => {
    const c = loadCase(s, number);
    const change = decide(c, now);
    const from: CaseStatus = c.status;
    const to = change.next.status;
    s.cases.update(c.id, { status: to, dueDay: change.next.dueDay, remainingDays: change.next.remainingDays, updatedAt: now, ...change.extra });
    s.cases.addEvent({ caseId: c.id, at: now, type: change.type, fromStatus: from, toStatus: to, actorId: actor.userId, actorName: actor.name, note: change.note, detail: null });
    const saved = loadCase(s, c.number);
    const sms = change.sms && saved.applicantPhone ? { to: saved.applicantPhone, text: change.sms } : undefined;
    if (from !== to || sms) enqueueOutbox(s, { type: to === 'result-ready' ? 'case.result-ready' : 'case.status-changed', data: caseWebhookData(s, saved), ...(sms ? { sms } : {}) }, now);
    return { result: caseDetail(s, saved), events: [] };
  });
}

const hallSign = (s: HallServices): string => `【${hallOf(s).name}】`;
const dayOf = (s: HallServices, now: number): string => today(s, hallOf(s), now);

export function startReview(s: HallServices, actor: Actor, number: string, note = ''): CaseDetailDto {
  return changeCase(s, actor, number, (c) => {
    backOffice(s, actor, c);
    return { type: 'review-started', note, next: transition(stateOf(s, c), 'start-review') };
  });
}

export function askForSupplement(s: HallServices, actor: Actor, number: string, materials: readonly string[], note: string): CaseDetailDto {
  return changeCase(s, actor, number, (c, now) => {
    backOffice(s, actor, c);
    const wanted = materials.map((m) => m.trim()).filter(Boolean);
    if (wanted.length === 0) fail('missing-materials-required', 'say which materials the applicant must supplement');
    const next = requestSupplement(stateOf(s, c), workCalendarOf(s), dayOf(s, now));
    const text = `需补正：${wanted.join('、')}${note ? `（${note}）` : ''}`;
    return {
      type: 'supplement-requested', note: text, next,
      sms: `${hallSign(s)}您的办件 ${c.number} 需要补正材料：${wanted.join('、')}。请携带到任一综合窗口并出示办件编号；补正期间不计入办理时限。`,
    };
  });
}

export function takeSupplement(s: HallServices, actor: Actor, number: string, note: string): CaseDetailDto {
  frontDesk(actor);
  return changeCase(s, actor, number, (c, now) => {
    const next = receiveSupplement(stateOf(s, c), workCalendarOf(s), dayOf(s, now));
    return { type: 'supplement-received', note: note || `新的办结期限 ${next.dueDay}`, next };
  });
}

/** One department's decision (with its opinion); the case is decided when the steps add up. */
export function decide(s: HallServices, actor: Actor, number: string, input: { decision: 'approved' | 'denied'; opinion: string; departmentId?: string }): CaseDetailDto {
  return changeCase(s, actor, number, (c, now) => {
    const mine = backOffice(s, actor, c);
    const pending = new Set(s.cases.steps(c.id).filter((x) => x.decision === 'pending').map((x) => x.departmentId));
    const departmentId = input.departmentId ?? mine.find((d) => pending.has(d)) ?? mine[0];
    if (departmentId === undefined || !mine.includes(departmentId)) fail('department-not-yours', `you do not decide for ${input.departmentId ?? 'this case'}`);
    if (input.decision === 'denied' && !input.opinion.trim()) fail('reason-required', 'a denial states its reason');
    const next = decideStep(stateOf(s, c), departmentId, input.decision);
    s.cases.saveStep({ caseId: c.id, departmentId, decision: input.decision, opinion: input.opinion.trim(), actorId: actor.userId, actorName: actor.name, at: now });
    const dept = s.catalog.department(departmentId)?.name ?? departmentId;
    return { type: input.decision === 'approved' ? 'step-approved' : 'step-denied', note: `${dept}：${input.opinion.trim() || (input.decision === 'approved' ? '同意' : '')}`, next };
  });
}

export function markResultReady(s: HallServices, actor: Actor, number: string, note = ''): CaseDetailDto {
  return changeCase(s, actor, number, (c, now) => {
    backOffice(s, actor, c);
    const matter = s.catalog.matter(c.matterId)?.name ?? '';
    const outcome = c.status === 'denied' ? '已作出不予许可决定' : '已办结';
    const how = c.deliveryMethod === 'mail' ? '结果将按您登记的地址邮寄，寄出后短信告知单号。'
      : `请携带${whatToBring(c).slice(0, 2).join('、')}到综合出件窗口领取（在自助机选择“领取结果”取号）。`;
    return {
      type: 'result-ready', note, next: transition(stateOf(s, c), 'mark-result-ready'), extra: { resultReadyAt: now },
      sms: `${hallSign(s)}您的办件 ${c.number}（${matter}）${outcome}。${how}`,
    };
  });
}

export function deliver(s: HallServices, actor: Actor, number: string, input: { identityChecked: boolean; collectedBy: 'applicant' | 'agent'; note: string }): CaseDetailDto {
  frontDesk(actor);
  if (!input.identityChecked) fail('validation-failed', 'check the collector\'s identity document before handing the result over');
  return changeCase(s, actor, number, (c, now) => ({
    type: 'delivered', note: [input.collectedBy === 'agent' ? '代领' : '本人领取', input.note.trim()].filter(Boolean).join('；'),
    next: transition(stateOf(s, c), 'deliver'), extra: { closedAt: now },
  }));
}

/** The result was not handed out (wrong person, no ID): recorded on the timeline, the case stays ready. */
export function recordNotDelivered(s: HallServices, actor: Actor, number: string, reason: string): CaseDetailDto {
  frontDesk(actor);
  if (!reason.trim()) fail('reason-required', 'say why the result was not handed out');
  return changeCase(s, actor, number, (c) => {
    if (c.status !== 'result-ready') fail('case-transition-illegal', `a case that is ${c.status} has no result to hand out`);
    return { type: 'not-delivered', note: reason.trim(), next: stateOf(s, c) };
  });
}

export function mailResult(s: HallServices, actor: Actor, number: string, input: { carrier: string; trackingNumber: string }): CaseDetailDto {
  return changeCase(s, actor, number, (c, now) => {
    if (actor.role === 'approver') backOffice(s, actor, c);
    const carrier = input.carrier.trim();
    const trackingNumber = input.trackingNumber.trim();
    if (!carrier || !trackingNumber) fail('validation-failed', 'give the carrier and the tracking number');
    return {
      type: 'mailed', note: `${carrier} ${trackingNumber}`, next: transition(stateOf(s, c), 'mail'),
      extra: { carrier, trackingNumber, closedAt: now },
      sms: `${hallSign(s)}您的办件 ${c.number} 的结果已由${carrier}寄出，运单号 ${trackingNumber}。`,
    };
  });
}

/** The applicant withdraws (at a window, or from the tracking page holding the case's token). */
export function withdraw(s: HallServices, actor: Actor | 'applicant', number: string, reason: string): CaseDetailDto {
  if (actor !== 'applicant') frontDesk(actor);
  const who: Author = actor === 'applicant' ? { userId: null, name: '申请人' } : actor;
  return changeCase(s, who, number, (c, now) => ({
    type: 'withdrawn', note: reason.trim() || '申请人撤回', next: transition(stateOf(s, c), 'withdraw'), extra: { closedAt: now },
  }));
}
