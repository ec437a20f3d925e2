/**
 * What each pad action does, one row per action: the request it sends, what the answer changes
 * on the screen, the line it leaves in the feedback, and whether it asks first. commands.ts runs
 * the rows; nothing here decides when an action is allowed (enablement.ts does).
 */
import type { CallNextResultDto, CurrentTicketDto, OutcomeDto, WindowDto } from '../contract/dto.js';
import type { PauseReason } from '../contract/constants.js';
import { PAUSE_REASON_LABELS } from '../common/labels.js';
import type { ActionId } from './actions.js';
import { setCurrent, type Confirmation, type ConsoleState } from './console-state.js';
import type { ApiClient } from './http.js';
import type { Live } from './live.js';

/** What a row needs to send its request and apply the answer. */
export interface CommandKit {
  s: ConsoleState;
  request: ApiClient;
  live: Live;
  clock: () => number;
  windowId: number;
}

/** A command ready to run: sends, applies the answer, and returns the feedback line. */
export interface Runnable {
  run(kit: CommandKit): Promise<string>;
}

interface Row<T> {
  send(kit: CommandKit): Promise<T>;
  /** Applies the answer to the screen and says what happened. */
  done(answer: T, kit: CommandKit): string;
}

/** Erases a row's answer type, so rows answering different things share one table. */
export const runnable = <T>(row: Row<T>): Runnable => ({ run: async (kit) => row.done(await row.send(kit), kit) });

/** Each ticket command names the ticket shown, so a stale screen is refused instead of acting on another. */
export const onTicket = (s: ConsoleState): { ticketId?: string } => (s.current.value ? { ticketId: s.current.value.id } : {});
export const at = (k: CommandKit) => ({ windowId: k.windowId });

const callNext = runnable<CallNextResultDto>({
  send: (k) => k.request('POST /api/windows/:windowId/call-next', { params: at(k), body: {} }),
  done: (r, { s, live, clock }) => {
    // The call time is the server's now: keep the timers on the server's clock.
    const calledAt = Date.parse(r.ticket.calledAt ?? '');
    if (Number.isFinite(calledAt)) s.serverOffsetMs.value = calledAt - clock();
    s.pick.value = { ticketId: r.ticket.id, reason: r.reason, explanation: r.explanation };
    // The print key belongs to the previous visitor's document until the next call, no longer.
    s.issued.value = null;
    setCurrent(s, r.ticket);
    live.refreshLine();
    return `已呼叫 ${r.ticket.number} / Called ${r.ticket.number}`;
  },
});

const recall = runnable<CurrentTicketDto>({
  send: (k) => k.request('POST /api/windows/:windowId/recall', { params: at(k), body: onTicket(k.s) }),
  done: (t, { s }) => {
    setCurrent(s, t);
    return `已重呼 ${t.number}（第 ${t.callCount}/${t.recallLimit} 次）/ Recalled`;
  },
});

const start = runnable<CurrentTicketDto>({
  send: (k) => k.request('POST /api/windows/:windowId/start', { params: at(k), body: onTicket(k.s) }),
  done: (t, { s }) => {
    setCurrent(s, t);
    return `${t.number} 开始办理 / Serving ${t.number}`;
  },
});

const noShow = runnable<CurrentTicketDto>({
  send: (k) => k.request('POST /api/windows/:windowId/no-show', { params: at(k), body: onTicket(k.s) }),
  done: (t, { s, live }) => {
    setCurrent(s, null);
    live.refreshStats();
    live.refreshLine();
    return t.status === 'waiting' ? `${t.number} 已过号，顺延排队 / No-show: back in line` : `${t.number} 已过号作废 / No-show: voided`;
  },
});

/** Resume at once: one press, no question. */
const resume = runnable<WindowDto>({
  send: (k) => k.request('POST /api/windows/:windowId/resume', { params: at(k), body: {} }),
  done: (w, { s }) => {
    s.win.value = w;
    s.pausedFor.value = null;
    return '窗口已恢复 / Resumed';
  },
});

/** Pause with the reason chosen in the pause dialog (logged for attendance); the note only when given. */
export function pauseCommand(reason: PauseReason, note: string): Runnable {
  const text = note.trim();
  return runnable<WindowDto>({
    send: (k) => k.request('POST /api/windows/:windowId/pause', { params: at(k), body: text ? { reason, note: text } : { reason } }),
    done: (w, { s }) => {
      s.win.value = w;
      s.pausedFor.value = { reason, note: text };
      return `窗口已暂停（${PAUSE_REASON_LABELS[reason].zh}），不再呼叫 / Paused`;
    },
  });
}

export function finishCommand(outcome: OutcomeDto, label: string): Runnable {
  return runnable<CurrentTicketDto>({
    send: (k) => k.request('POST /api/windows/:windowId/finish', { params: at(k), body: { outcome, ...onTicket(k.s) } }),
    done: (t, { s, live }) => {
      setCurrent(s, null);
      s.lastServed.value = { id: t.id, number: t.number };
      live.refreshStats();
      s.issued.value = t.document ? { ticketNumber: t.number, document: t.document, case: t.case } : null;
      return `${t.number} 已办结（${label}）/ Finished`;
    },
  });
}

export function transferCommand(queueId: string, queueName: string): Runnable {
  return runnable<CurrentTicketDto>({
    send: (k) => k.request('POST /api/windows/:windowId/transfer', { params: at(k), body: { queueId, ...onTicket(k.s) } }),
    done: (t, { s, live }) => {
      setCurrent(s, null);
      live.refreshStats();
      live.refreshLine();
      return `${t.number} 已转至 ${queueName} / Transferred`;
    },
  });
}

/**
 * What pressing each pad key does: send a command (after a confirmation for what cannot be
 * undone), open a dialog that sends it later, or sign off (session.ts).
 */
export type PadStep =
  | { kind: 'send'; command: Runnable; confirm?: (number: string) => Confirmation }
  | { kind: 'dialog'; dialog: 'finish' | 'transfer' }
  /** An open window asks why (the pause dialog); a paused one resumes with this command at once. */
  | { kind: 'pause-or-resume'; resume: Runnable }
  | { kind: 'sign-off'; confirm: Confirmation };

export const PAD_STEPS: Record<ActionId, PadStep> = {
  'call-next': { kind: 'send', command: callNext },
  recall: { kind: 'send', command: recall },
  start: { kind: 'send', command: start },
  finish: { kind: 'dialog', dialog: 'finish' },
  'no-show': {
    kind: 'send', command: noShow,
    confirm: (n) => ({ title: `${n} 过号？`, body: `确认 ${n} 未到窗口，标记过号。/ Mark ${n} as not present.`, confirmLabel: '确认过号 Mark no-show' }),
  },
  transfer: { kind: 'dialog', dialog: 'transfer' },
  'pause-resume': { kind: 'pause-or-resume', resume },
  'sign-off': { kind: 'sign-off', confirm: { title: '签退？', body: '关闭本窗口并退出登录。/ Close this window and sign out.', confirmLabel: '确认签退 Sign off' } },
};
