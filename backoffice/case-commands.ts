/**
 * The case page: open a case, and the back office's actions on it. Each action answers the case as
 * it now is; a refusal shows the server's message, and a conflict (someone moved the case on)
 * reloads it so the page shows what is true now.
 */
import { CASE_STATUS_LABELS } from '../common/case-labels.js';
import type { CaseDetailDto } from '../contract/dto.js';
import { ApiError, errorCodeOf } from '../ui/api.js';
import { failureText, type ApiClient } from './http.js';
import type { BackOfficeState } from './state.js';

export interface CaseCommands {
  openCase(number: string): Promise<void>;
  backToInbox(): Promise<void>;
  review(note?: string): Promise<string | null>;
  requestSupplement(materials: readonly string[], note: string): Promise<string | null>;
  decide(decision: 'approved' | 'denied', opinion: string, departmentId?: string): Promise<string | null>;
  resultReady(note?: string): Promise<string | null>;
  mail(carrier: string, trackingNumber: string): Promise<string | null>;
}

const DONE_WORDS = {
  review: '已开始审查 / Review started',
  supplement: '已要求补正，时限暂停 / Supplement requested: the clock is stopped',
  approved: `已同意，办件${CASE_STATUS_LABELS.approved.zh} / ${CASE_STATUS_LABELS.approved.en}`,
  denied: `不同意，办件${CASE_STATUS_LABELS.denied.zh} / ${CASE_STATUS_LABELS.denied.en}`,
  ready: '已标记结果已出，将通知申请人 / Result ready: the applicant is notified',
  mail: '已登记邮寄 / Mailing recorded',
};

/** A joint case waits for the other departments: say so, rather than "approved". */
function decided(decision: 'approved' | 'denied', c: CaseDetailDto): string {
  const pending = c.steps.filter((x) => x.decision === 'pending').length;
  if (decision === 'denied' || pending === 0) return DONE_WORDS[decision];
  return `本部门已同意，尚有 ${pending} 个部门待审批 / Your department approved: ${pending} more to decide`;
}

export function createCaseCommands(s: BackOfficeState, request: ApiClient, refreshInbox: () => Promise<void>): CaseCommands {
  async function load(number: string): Promise<void> {
    s.current.value = await request('GET /api/cases/:number', { params: { number } });
  }

  async function openCase(number: string): Promise<void> {
    s.busy.value = 'case';
    s.feedback.value = null;
    try {
      await load(number);
      s.screen.value = 'case';
    } catch (e) {
      s.feedback.value = { tone: 'error', text: failureText(e) };
    } finally {
      if (s.busy.value === 'case') s.busy.value = null;
    }
  }

  async function backToInbox(): Promise<void> {
    s.current.value = null;
    s.feedback.value = null;
    s.screen.value = 'inbox';
    await refreshInbox();
  }

  /** Runs one action on the open case; returns the problem to show in its form, or null. */
  async function act(done: string | ((c: CaseDetailDto) => string), send: (number: string) => Promise<CaseDetailDto>): Promise<string | null> {
    const c = s.current.value;
    if (!c || s.busy.value) return null;
    s.busy.value = 'action';
    try {
      const next = await send(c.number);
      s.current.value = next;
      s.feedback.value = { tone: 'ok', text: typeof done === 'string' ? done : done(next) };
      return null;
    } catch (e) {
      const text = failureText(e);
      s.feedback.value = { tone: 'error', text };
      if (e instanceof ApiError && e.status === 409) await load(c.number).catch(() => {});
      if (errorCodeOf(e) === 'not-signed-in') return null;
      return text;
    } finally {
      s.busy.value = null;
    }
  }

  const note = (text: string | undefined) => (text?.trim() ? { note: text.trim() } : {});

  return {
    openCase,
    backToInbox,
    review: (text) => act(DONE_WORDS.review, (number) => request('POST /api/cases/:number/review', { params: { number }, body: note(text) })),
    requestSupplement: (materials, text) => act(DONE_WORDS.supplement, (number) => request('POST /api/cases/:number/supplement-request', {
      params: { number }, body: { materials: materials.map((m) => m.trim()).filter(Boolean), ...note(text) },
    })),
    decide: (decision, opinion, departmentId) => act((next) => decided(decision, next), (number) => request('POST /api/cases/:number/decision', {
      params: { number }, body: { decision, opinion: opinion.trim(), ...(departmentId ? { departmentId } : {}) },
    })),
    resultReady: (text) => act(DONE_WORDS.ready, (number) => request('POST /api/cases/:number/result-ready', { params: { number }, body: note(text) })),
    mail: (carrier, trackingNumber) => act(DONE_WORDS.mail, (number) => request('POST /api/cases/:number/mail', {
      params: { number }, body: { carrier: carrier.trim(), trackingNumber: trackingNumber.trim() },
    })),
  };
}
