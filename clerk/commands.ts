/**
 * The clerk's commands. One at a time: a command in flight disables every action, and each
 * ticket command names the ticket the screen shows, so a stale screen or a repeated press
 * after a reconnect is refused by the server instead of acting on another ticket.
 */
import type { CallNextResultDto, CurrentTicketDto, OutcomeDto, WindowDto } from '../contract/dto.js';
import type { ActionId } from './actions.js';
import { errorCode, errorMessage, request, windowPath } from './http.js';
import { errorText, OUTCOME_CHOICES } from './labels.js';
import { refreshCurrent, refreshLine, refreshStats, resync, takenOverBy } from './live.js';
import { signOff } from './session.js';
import { busy, current, dialog, feedback, pad, pick, queueName, serverOffsetMs, setCurrent, win, windowId } from './store.js';

/** Answers meaning the screen was behind the server: reload the ticket instead of guessing. */
const STALE = new Set(['ticket-not-active', 'ticket-not-called', 'ticket-not-serving', 'window-busy', 'window-idle']);

/** Runs one command; returns null on success or the message to show (dialogs keep it inline). */
async function run<T>(action: ActionId, send: (windowId: number) => Promise<T>, done: (result: T) => string): Promise<string | null> {
  const id = windowId.value;
  if (id === null || busy.value !== null) return null;
  busy.value = action;
  try {
    feedback.value = { tone: 'ok', text: done(await send(id)) };
    return null;
  } catch (e) {
    const code = errorCode(e);
    const text = errorText(code, errorMessage(e));
    if (code === 'not-your-window') takenOverBy(null);
    else if (code === 'network') void resync(); // the answer was lost: find out what happened
    else if (STALE.has(code)) void refreshCurrent();
    if (code !== 'not-signed-in') feedback.value = { tone: 'error', text };
    return text;
  } finally {
    busy.value = null;
  }
}

const ticketBody = (extra: object = {}) => ({ ...extra, ...(current.value ? { ticketId: current.value.id } : {}) });
const post = <T>(id: number, action: string, body?: object) => request<T>('POST', windowPath(id, action), body ?? {});

function askToConfirm(title: string, body: string, confirmLabel: string, onConfirm: () => void): void {
  dialog.value = { kind: 'confirm', title, body, confirmLabel, onConfirm };
}

/** Press of a pad button or shortcut key. A disabled action says why instead of doing nothing. */
export function trigger(action: ActionId): void {
  const a = pad.value[action];
  if (!a.enabled) {
    if (a.why) feedback.value = { tone: 'info', text: a.why };
    return;
  }
  const number = current.value?.number ?? '';
  switch (action) {
    case 'call-next':
      void run(action, (id) => post<CallNextResultDto>(id, 'call-next'), (r) => {
        // The call time is the server's now: keep the timers on the server's clock.
        const calledAt = Date.parse(r.ticket.calledAt ?? '');
        if (Number.isFinite(calledAt)) serverOffsetMs.value = calledAt - Date.now();
        pick.value = { ticketId: r.ticket.id, reason: r.reason, explanation: r.explanation };
        setCurrent(r.ticket);
        refreshLine();
        return `已呼叫 ${r.ticket.number} / Called ${r.ticket.number}`;
      });
      return;
    case 'recall':
      void run(action, (id) => post<CurrentTicketDto>(id, 'recall', ticketBody()), (t) => {
        setCurrent(t);
        return `已重呼 ${t.number}（第 ${t.callCount}/${t.recallLimit} 次）/ Recalled`;
      });
      return;
    case 'start':
      void run(action, (id) => post<CurrentTicketDto>(id, 'start', ticketBody()), (t) => {
        setCurrent(t);
        return `${t.number} 开始办理 / Serving ${t.number}`;
      });
      return;
    case 'finish':
      dialog.value = { kind: 'finish' };
      return;
    case 'transfer':
      dialog.value = { kind: 'transfer' };
      return;
    case 'no-show':
      askToConfirm(`${number} 过号？`, `确认 ${number} 未到窗口，标记过号。/ Mark ${number} as not present.`, '确认过号 Mark no-show', () => {
        dialog.value = null;
        void run(action, (id) => post<CurrentTicketDto>(id, 'no-show', ticketBody()), (t) => {
          setCurrent(null);
          refreshStats();
          refreshLine();
          return t.status === 'waiting' ? `${t.number} 已过号，顺延排队 / No-show: back in line` : `${t.number} 已过号作废 / No-show: voided`;
        });
      });
      return;
    case 'pause-resume': {
      const paused = win.value?.state === 'paused';
      void run(action, (id) => post<WindowDto>(id, paused ? 'resume' : 'pause'), (w) => {
        win.value = w;
        return paused ? '窗口已恢复 / Resumed' : '窗口已暂停，不再呼叫 / Paused';
      });
      return;
    }
    case 'sign-off':
      askToConfirm('签退？', '关闭本窗口并退出登录。/ Close this window and sign out.', '确认签退 Sign off', () => {
        dialog.value = null;
        void signOff().then((problem) => { if (problem) feedback.value = { tone: 'error', text: problem }; });
      });
      return;
  }
}

/** From the finish dialog. Returns the problem to show in it, or null when done (dialog closes). */
export async function finish(outcome: OutcomeDto): Promise<string | null> {
  const label = OUTCOME_CHOICES.find((c) => c.kind === outcome.kind)?.label.zh ?? outcome.kind;
  const problem = await run('finish', (id) => post<CurrentTicketDto>(id, 'finish', ticketBody({ outcome })), (t) => {
    setCurrent(null);
    refreshStats();
    return `${t.number} 已办结（${label}）/ Finished`;
  });
  if (problem === null || current.value === null || current.value.status !== 'serving') dialog.value = null;
  return problem;
}

export async function transfer(queueId: string): Promise<string | null> {
  const problem = await run('transfer', (id) => post<CurrentTicketDto>(id, 'transfer', ticketBody({ queueId })), (t) => {
    setCurrent(null);
    refreshStats();
    refreshLine();
    return `${t.number} 已转至 ${queueName(queueId)} / Transferred`;
  });
  if (problem === null || current.value === null) dialog.value = null;
  return problem;
}
