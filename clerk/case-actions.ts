/**
 * The case side of the console store: the print key, the case tool (办件) and the results
 * window's hand-out. Rules live in case-desk.ts, requests in case-commands.ts; this wires them
 * to the state and to the one-at-a-time command runner.
 */
import { effect } from '@preact/signals';
import type { ToolId } from './actions.js';
import { errorCodeOf } from '../ui/api.js';
import { deliverResult, lookupCase, notDelivered, supplementReceived, withdrawCase } from './case-commands.js';
import { handOutFrom, parseCaseRef, type HandOutForm } from './case-desk.js';
import type { Runnable } from './command-table.js';
import type { Busy, ConsoleState } from './console-state.js';
import { errorMessage, type ApiClient } from './http.js';
import { errorText } from './labels.js';

export interface CaseActions {
  tool(id: ToolId): void;
  /** Case tool: find by number or scanned tracking link. Returns the problem to show, or null. */
  findCase(text: string): Promise<string | null>;
  receiveSupplement(note: string): Promise<string | null>;
  withdrawCase(reason: string): Promise<string | null>;
  /** Results window: 确认发放 (then the ticket is finished). */
  handOut(form: HandOutForm): Promise<string | null>;
  /** Results window: 无法发放, with the reason. */
  refuseHandOut(reason: string): Promise<string | null>;
}

interface Deps {
  s: ConsoleState;
  request: ApiClient;
  run: (busyAs: Busy, command: Runnable) => Promise<string | null>;
  openPage: (url: string) => void;
}

export function createCaseActions({ s, request, run, openPage }: Deps) {
  const found = (): string | null => s.foundCase.value?.number ?? null;
  const result = (): string | null => s.resultCase.value?.number ?? null;

  function tool(id: ToolId): void {
    const a = s.tools.value[id];
    if (!a.enabled) {
      if (a.why) s.feedback.value = { tone: 'info', text: a.why };
      return;
    }
    const issued = s.issued.value;
    if (id === 'case-tool') {
      s.foundCase.value = null;
      s.feedback.value = null;
      s.dialog.value = { kind: 'case-tool' };
    } else if (issued) {
      openPage(issued.document.url);
      s.feedback.value = { tone: 'ok', text: `已打开 ${issued.document.number}，请在新标签页打印 / Opened for printing` };
    }
  }

  const actions: CaseActions = {
    tool,
    async findCase(text) {
      const ref = parseCaseRef(text);
      if (!ref) return '请输入办件编号（如 XMSZ-20261201-0042）或扫描告知书二维码 / Type a case number or scan the QR code';
      s.foundCase.value = null;
      return run('case', lookupCase(ref));
    },
    async receiveSupplement(note) {
      const n = found();
      return n ? run('case', supplementReceived(n, note.trim())) : null;
    },
    async withdrawCase(reason) {
      const n = found();
      if (!n) return null;
      if (!reason.trim()) return '请填写撤回原因 Give the reason';
      return run('case', withdrawCase(n, reason.trim()));
    },
    async handOut(form) {
      const n = result();
      if (!n) return null;
      const checked = handOutFrom(form);
      if (!checked.ok) return checked.problem;
      return run('finish', deliverResult(n, checked.body));
    },
    async refuseHandOut(reason) {
      const n = result();
      if (!n) return null;
      if (!reason.trim()) return '请填写无法发放的原因 Give the reason';
      return run('case', notDelivered(n, reason.trim()));
    },
  };

  /**
   * Loads the case of a results ticket whenever the window's ticket changes; returns the stop.
   * A plain read, not a command: it happens inside call-next's answer, while that command is busy.
   */
  function followResultCase(): () => void {
    let shownFor: string | null = null;
    return effect(() => {
      const number = s.current.value?.case?.number ?? null;
      if (number === shownFor) return;
      shownFor = number;
      s.resultCase.value = null;
      if (!number) return;
      request('GET /api/cases/:number', { params: { number } }).then(
        (c) => { if (s.current.value?.case?.number === c.number) s.resultCase.value = c; },
        (e: unknown) => { s.feedback.value = { tone: 'error', text: errorText(errorCodeOf(e), errorMessage(e)) }; },
      );
    });
  }

  return { actions, followResultCase };
}
