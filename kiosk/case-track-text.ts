/**
 * What the case tracking page (/c/<token>) says: the step indicator a status maps to, the deadline
 * line and the timeline's entries, in both languages. Pure: no DOM, no clock.
 */
import type { CaseStatus, DeliveryMethod } from '../contract/constants.js';
import type { CaseTrackDto } from '../contract/dto.js';
import { CASE_STATUS_LABELS, caseEventLabel } from '../common/case-labels.js';
import type { Bilingual } from '../common/labels.js';

export type StepState = 'done' | 'current' | 'todo';

export interface Step {
  label: Bilingual;
  state: StepState;
}

/** A state beside the steps: the visitor has something to do, or the case ended off the path. */
export interface StepAside {
  kind: 'supplement' | 'withdrawn' | 'denied';
  text: Bilingual;
}

export interface StepIndicator {
  steps: Step[];
  aside: StepAside | null;
}

/** Where each status stands on 受理 → 审查 → 办结 → 待领取 → 已领取/已邮寄 (0-based, the step reached). */
const REACHED: Record<CaseStatus, number> = {
  received: 0, 'in-review': 1, 'supplement-requested': 1, 'supplement-received': 1,
  approved: 2, denied: 2, 'result-ready': 3, delivered: 4, mailed: 4, withdrawn: 0,
};

function stepLabels(method: DeliveryMethod): Bilingual[] {
  return [
    { zh: '受理', en: 'Accepted' },
    { zh: '审查', en: 'Review' },
    { zh: '办结', en: 'Decided' },
    method === 'mail' ? { zh: '待邮寄', en: 'To be mailed' } : { zh: '待领取', en: 'Ready to collect' },
    method === 'mail' ? { zh: '已邮寄', en: 'Mailed' } : { zh: '已领取', en: 'Collected' },
  ];
}

function asideOf(status: CaseStatus): StepAside | null {
  switch (status) {
    case 'supplement-requested':
      return { kind: 'supplement', text: { zh: '需要补正材料：请按下方要求补齐后到窗口提交', en: 'A supplement is needed: bring what is listed below to a window' } };
    case 'withdrawn':
      return { kind: 'withdrawn', text: { zh: '申请已撤回，办理终止', en: 'The application was withdrawn' } };
    case 'denied': {
      const label = CASE_STATUS_LABELS.denied;
      return { kind: 'denied', text: { zh: `${label.zh}：请领取决定书了解理由`, en: `${label.en}: collect the decision to learn why` } };
    }
    default:
      return null;
  }
}

export function stepIndicator(status: CaseStatus, method: DeliveryMethod): StepIndicator {
  const reached = REACHED[status];
  // The last step is reached only by finishing it; every other reached step is still under way.
  const finalDone = status === 'delivered' || status === 'mailed';
  const steps = stepLabels(method).map((label, i): Step => {
    if (i < reached || (i === reached && finalDone)) return { label, state: 'done' };
    if (i === reached && status !== 'withdrawn') return { label, state: 'current' };
    return { label, state: 'todo' };
  });
  if (status === 'withdrawn' && steps[0]) steps[0] = { ...steps[0], state: 'done' };
  if (status === 'denied' && steps[2]) steps[2] = { label: CASE_STATUS_LABELS.denied, state: 'current' };
  return { steps, aside: asideOf(status) };
}

/** "2026-12-08" → "12月8日" / "8 Dec". */
export function shortDay(day: string): Bilingual {
  const [, m, d] = day.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return { zh: `${m ?? ''}月${d ?? ''}日`, en: `${d ?? ''} ${months[(m ?? 1) - 1] ?? ''}` };
}

type Deadline = Pick<CaseTrackDto, 'dueDay' | 'workingDaysLeft' | 'urgency' | 'status'>;

/** "承诺 12月8日前办结 · 还剩 3 个工作日", or why the clock is not running. */
export function deadlineText(c: Deadline): Bilingual & { tone: 'ok' | 'soon' | 'late' | 'stopped' | 'closed' } {
  const due = shortDay(c.dueDay);
  const left = c.workingDaysLeft;
  switch (c.urgency) {
    case 'closed':
      return c.status === 'withdrawn'
        ? { zh: '已撤回，不再计时', en: 'Withdrawn: no deadline', tone: 'closed' }
        : { zh: `已办结（承诺 ${due.zh}前）`, en: `Decided (promised by ${due.en})`, tone: 'closed' };
    case 'stopped':
      return {
        zh: `补正期间暂停计时，补齐材料后继续计算${left === null ? '' : `，尚余 ${left} 个工作日`}`,
        en: `The clock is stopped until the supplement arrives${left === null ? '' : `; ${left} working days will remain`}`,
        tone: 'stopped',
      };
    case 'overdue':
      return { zh: `已超过承诺期限（${due.zh}），我们正在督办`, en: `Past the promised day (${due.en}); it is being chased`, tone: 'late' };
    case 'due-soon':
    case 'on-time': {
      const tone = c.urgency === 'due-soon' ? 'soon' : 'ok';
      if (left === null) return { zh: `承诺 ${due.zh}前办结`, en: `Promised by ${due.en}`, tone };
      if (left <= 0) return { zh: `承诺 ${due.zh}前办结 · 今天到期`, en: `Promised by ${due.en} · due today`, tone };
      return { zh: `承诺 ${due.zh}前办结 · 还剩 ${left} 个工作日`, en: `Promised by ${due.en} · ${left} working days left`, tone };
    }
  }
}

/** The status as the visitor reads it: a ready result says where it goes next. */
export function statusLine(status: CaseStatus, method: DeliveryMethod): Bilingual {
  const label = CASE_STATUS_LABELS[status];
  if (status !== 'result-ready') return label;
  return method === 'mail'
    ? { zh: `${label.zh}，等待邮寄`, en: `${label.en}: to be mailed` }
    : { zh: `${label.zh}，请到综合出件窗口领取`, en: `${label.en}: collect it at the results window` };
}

/** A timeline entry's name (one table for every page: common/case-labels.ts). */
export function eventLabel(e: CaseTrackDto['timeline'][number]): Bilingual {
  return caseEventLabel(e);
}

/** The case token from /c/<token>, or null for anything else. */
export function caseTokenFromPath(pathname: string): string | null {
  const match = /^\/c\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
