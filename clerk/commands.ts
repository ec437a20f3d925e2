/**
 * The clerk's commands. One at a time: a command in flight disables every action, and each
 * ticket command names the ticket the screen shows, so a stale screen or a repeated press
 * after a reconnect is refused by the server instead of acting on another ticket.
 */
import type { OutcomeDto } from '../contract/dto.js';
import type { ActionId } from './actions.js';
import type { PauseReason } from '../contract/constants.js';
import { finishCommand, PAD_STEPS, pauseCommand, transferCommand, type Runnable } from './command-table.js';
import { queueNameIn, type Busy, type Confirmation, type ConsoleState } from './console-state.js';
import { errorCodeOf, type ApiErrorCode } from '../ui/api.js';
import { errorMessage, type ApiClient } from './http.js';
import { errorText, OUTCOME_CHOICES } from './labels.js';
import { outcomeFrom, type FinishContext, type OutcomeForm } from './outcome-form.js';
import type { Live } from './live.js';

/** Answers meaning the screen was behind the server: reload the ticket instead of guessing. */
const STALE: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>(['ticket-not-active', 'ticket-not-called', 'ticket-not-serving', 'window-busy', 'window-idle']);

export interface CommandDeps {
  s: ConsoleState;
  request: ApiClient;
  live: Live;
  clock: () => number;
  signOff: () => Promise<string | null>;
}

export interface Commands {
  /** Press of a pad button or shortcut key. A disabled action says why instead of doing nothing. */
  trigger(action: ActionId): void;
  /** From the finish dialog. Returns the problem to show in it, or null when done (dialog closes). */
  finish(outcome: OutcomeDto): Promise<string | null>;
  /** The finish dialog's form, checked with the server's rules first: a problem is shown and nothing is sent. */
  finishForm(form: OutcomeForm, ctx: FinishContext): Promise<string | null>;
  transfer(queueId: string): Promise<string | null>;
  /** From the pause dialog: pause for `reason` (with an optional note). Returns the problem, or null when paused. */
  pause(reason: PauseReason, note: string): Promise<string | null>;
  /** Runs a command of another part of the console (cases) with the same one-at-a-time guard. */
  run(busyAs: Busy, command: Runnable): Promise<string | null>;
}

export function createCommands({ s, request, live, clock, signOff }: CommandDeps): Commands {
  /** A failed command: say why, and find out what the server holds when the screen was behind. */
  function failed(e: unknown): string {
    const code = errorCodeOf(e);
    const text = errorText(code, errorMessage(e));
    if (code === 'not-your-window') live.takenOverBy(null);
    else if (code === 'network') void live.resync(); // the answer was lost: find out what happened
    else if (STALE.has(code)) void live.refreshCurrent();
    if (code !== 'not-signed-in') s.feedback.value = { tone: 'error', text };
    return text;
  }

  /** Runs one command; returns null on success or the message to show (dialogs keep it inline). */
  async function run(action: Busy, command: Runnable): Promise<string | null> {
    const windowId = s.windowId.value;
    if (windowId === null || s.busy.value !== null) return null;
    s.busy.value = action;
    try {
      s.feedback.value = { tone: 'ok', text: await command.run({ s, request, live, clock, windowId }) };
      return null;
    } catch (e) {
      return failed(e);
    } finally {
      s.busy.value = null;
    }
  }

  function askFirst(c: Confirmation, onConfirm: () => void): void {
    s.dialog.value = { kind: 'confirm', ...c, onConfirm: () => { s.dialog.value = null; onConfirm(); } };
  }

  function trigger(action: ActionId): void {
    const a = s.pad.value[action];
    if (!a.enabled) {
      if (a.why) s.feedback.value = { tone: 'info', text: a.why };
      return;
    }
    const step = PAD_STEPS[action];
    switch (step.kind) {
      case 'dialog':
        s.dialog.value = { kind: step.dialog };
        return;
      case 'pause-or-resume':
        if (s.win.value?.state === 'paused') return void run(action, step.resume);
        s.dialog.value = { kind: 'pause' };
        return;
      case 'sign-off':
        return askFirst(step.confirm, () => {
          void signOff().then((problem) => { if (problem) s.feedback.value = { tone: 'error', text: problem }; });
        });
      case 'send':
        if (!step.confirm) return void run(action, step.command);
        return askFirst(step.confirm(s.current.value?.number ?? ''), () => void run(action, step.command));
    }
  }

  async function finish(outcome: OutcomeDto): Promise<string | null> {
    const label = OUTCOME_CHOICES.find((c) => c.kind === outcome.kind)?.label.zh ?? outcome.kind;
    const problem = await run('finish', finishCommand(outcome, label));
    if (problem === null || s.current.value === null || s.current.value.status !== 'serving') s.dialog.value = null;
    return problem;
  }

  async function finishForm(form: OutcomeForm, ctx: FinishContext): Promise<string | null> {
    const checked = outcomeFrom(form, ctx);
    return checked.ok ? finish(checked.outcome) : checked.problem;
  }

  async function transfer(queueId: string): Promise<string | null> {
    const problem = await run('transfer', transferCommand(queueId, queueNameIn(s, queueId)));
    if (problem === null || s.current.value === null) s.dialog.value = null;
    return problem;
  }

  async function pause(reason: PauseReason, note: string): Promise<string | null> {
    const problem = await run('pause-resume', pauseCommand(reason, note));
    // Paused (or already paused elsewhere): the question is answered.
    if (problem === null || s.win.value?.state !== 'open') s.dialog.value = null;
    return problem;
  }

  return { trigger, finish, finishForm, transfer, pause, run };
}
