/**
 * The 整改 section: follow-up items of bad ratings and complaints. Supervisors and admins read every
 * item (GET /api/rectifications), approvers their departments' (GET /api/department/rectifications);
 * the server sorts them overdue first, then by due date. The item page takes the steps the server
 * says the caller may take (`allowed`); a refusal shows the server's message, a conflict reloads.
 */
import { RECTIFICATION_ACTION_LABELS, RECTIFICATION_STATUS_LABELS } from '../common/rating-labels.js';
import { ApiError, errorCodeOf } from '../ui/api.js';
import type { FollowUpDetail, StepInput } from './follow-up-types.js';
import { failureText, type ApiClient } from './http.js';
import type { BackOfficeState } from './state.js';

export interface FollowUps {
  /** To the 整改 list (and load it). */
  showFollowUps(): Promise<void>;
  refreshFollowUps(): Promise<void>;
  setFollowUpsOpenOnly(open: boolean): Promise<void>;
  openFollowUp(id: number): Promise<void>;
  /** Back from the item page to the list (reloaded). */
  backToFollowUps(): Promise<void>;
  /** One step on the open item; returns the problem to show in its form, or null. */
  takeStep(input: StepInput): Promise<string | null>;
}

/** The form's own checks, before anything is sent: the server checks again. */
export function stepProblem(input: StepInput): string | null {
  if (!input.note.trim()) return '请填写说明 / Write a note';
  if (input.action === 'verify' && !input.finding) return '请选择核实结论 / Choose the finding';
  if (input.action === 'contact' && input.consent === undefined) return '请选择群众是否同意回访 / Say whether the visitor agreed to the call-back';
  return null;
}

function bodyOf(input: StepInput): StepInput {
  const result = input.result?.trim();
  return {
    action: input.action,
    note: input.note.trim(),
    ...(input.action === 'verify' && input.finding ? { finding: input.finding } : {}),
    ...(input.action === 'contact' && input.consent !== undefined ? { consent: input.consent } : {}),
    ...(input.action === 'contact' && result ? { result } : {}),
  };
}

const doneText = (input: StepInput, next: FollowUpDetail): string => {
  const a = RECTIFICATION_ACTION_LABELS[input.action];
  const st = RECTIFICATION_STATUS_LABELS[next.status];
  return `已${a.zh}，当前状态：${st.zh} / ${a.en}: now ${st.en}`;
};

export function createFollowUps(s: BackOfficeState, request: ApiClient): FollowUps {
  let generation = 0;

  async function refreshFollowUps(): Promise<void> {
    const mine = ++generation;
    const u = s.user.value;
    if (!u) return;
    s.busy.value = 'follow-ups';
    const query = { open: s.followUpsOpenOnly.value ? true : undefined };
    try {
      const rows = u.role === 'supervisor' || u.role === 'admin'
        ? await request('GET /api/rectifications', { query })
        : await request('GET /api/department/rectifications', { query });
      if (mine === generation) s.followUps.value = rows;
    } catch (e) {
      if (mine === generation) s.feedback.value = { tone: 'error', text: failureText(e) };
    } finally {
      if (mine === generation && s.busy.value === 'follow-ups') s.busy.value = null;
    }
  }

  const load = async (id: number) => {
    s.followUp.value = await request('GET /api/rectifications/:id', { params: { id } });
  };

  async function openFollowUp(id: number): Promise<void> {
    s.busy.value = 'follow-up';
    s.feedback.value = null;
    try {
      await load(id);
      s.screen.value = 'follow-up';
    } catch (e) {
      s.feedback.value = { tone: 'error', text: failureText(e) };
    } finally {
      if (s.busy.value === 'follow-up') s.busy.value = null;
    }
  }

  async function showFollowUps(): Promise<void> {
    s.followUp.value = null;
    s.current.value = null;
    s.feedback.value = null;
    s.screen.value = 'follow-ups';
    await refreshFollowUps();
  }

  async function takeStep(input: StepInput): Promise<string | null> {
    const item = s.followUp.value;
    if (!item || s.busy.value) return null;
    const local = stepProblem(input);
    if (local) return local;
    s.busy.value = 'action';
    try {
      const next = await request('POST /api/rectifications/:id/steps', { params: { id: item.id }, body: bodyOf(input) });
      s.followUp.value = next;
      s.feedback.value = { tone: 'ok', text: doneText(input, next) };
      return null;
    } catch (e) {
      const text = failureText(e);
      s.feedback.value = { tone: 'error', text };
      // Someone else moved the item on: show it as it is now.
      if (e instanceof ApiError && e.status === 409) await load(item.id).catch(() => {});
      if (errorCodeOf(e) === 'not-signed-in') return null;
      return text;
    } finally {
      s.busy.value = null;
    }
  }

  return {
    showFollowUps,
    refreshFollowUps,
    async setFollowUpsOpenOnly(open) {
      s.followUpsOpenOnly.value = open;
      await refreshFollowUps();
    },
    openFollowUp,
    backToFollowUps: showFollowUps,
    takeStep,
  };
}
