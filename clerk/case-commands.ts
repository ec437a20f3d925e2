/**
 * The console's case commands (办件): find a case, take in a supplement, withdraw, and at the
 * results window hand a result out or record why not. Rows like command-table.ts's, run by
 * commands.ts's one-at-a-time guard.
 */
import type { CaseDetailDto, CurrentTicketDto } from '../contract/dto.js';
import { at, onTicket, runnable, type CommandKit, type Runnable } from './command-table.js';
import { setCurrent } from './console-state.js';
import type { CaseRefInput } from './case-desk.js';

const caseAt = (number: string) => ({ number });

/** The case behind a typed number or a scanned tracking link (the link is resolved by the server). */
export function lookupCase(ref: CaseRefInput): Runnable {
  return runnable<CaseDetailDto>({
    send: async (k) => {
      const number = ref.kind === 'number'
        ? ref.number
        : (await k.request('GET /api/cases/lookup/:ref', { params: { ref: ref.ref } })).number;
      return k.request('GET /api/cases/:number', { params: caseAt(number) });
    },
    done: (c, { s }) => {
      s.foundCase.value = c;
      return `已找到办件 ${c.number} / Case found`;
    },
  });
}

/** 补正材料已收: the deadline clock restarts. */
export function supplementReceived(number: string, note: string): Runnable {
  return runnable<CaseDetailDto>({
    send: (k) => k.request('POST /api/cases/:number/supplement-received', { params: caseAt(number), body: note ? { note } : {} }),
    done: (c, { s }) => {
      s.foundCase.value = c;
      return `${c.number} 补正材料已收，新的办结期限 ${c.dueDay} / Supplement received, due ${c.dueDay}`;
    },
  });
}

/** 撤回 at the applicant's request, before a decision. */
export function withdrawCase(number: string, reason: string): Runnable {
  return runnable<CaseDetailDto>({
    send: (k) => k.request('POST /api/cases/:number/withdraw', { params: caseAt(number), body: { reason } }),
    done: (c, { s }) => {
      s.foundCase.value = c;
      return `${c.number} 已撤回 / Withdrawn`;
    },
  });
}

async function finishOnTheSpot(k: CommandKit): Promise<CurrentTicketDto> {
  // A results ticket just called: start it, so the hand-out is one press at the desk.
  if (k.s.current.value?.status === 'called') {
    setCurrent(k.s, await k.request('POST /api/windows/:windowId/start', { params: at(k), body: onTicket(k.s) }));
  }
  return k.request('POST /api/windows/:windowId/finish', { params: at(k), body: { outcome: { kind: 'on-the-spot' }, ...onTicket(k.s) } });
}

/**
 * 确认发放: the case is marked delivered, then the ticket finished on the spot (the server issues
 * no new document for a results ticket). If the finish fails, the case stays delivered and the
 * clerk finishes the ticket with F4 as usual.
 */
export function deliverResult(number: string, body: { identityChecked: true; collectedBy: 'applicant' | 'agent'; note?: string }): Runnable {
  return runnable<{ c: CaseDetailDto; t: CurrentTicketDto }>({
    send: async (k) => {
      const c = await k.request('POST /api/cases/:number/deliver', { params: caseAt(number), body });
      k.s.resultCase.value = c;
      return { c, t: await finishOnTheSpot(k) };
    },
    done: ({ c, t }, { s, live }) => {
      setCurrent(s, null);
      s.lastServed.value = { id: t.id, number: t.number };
      live.refreshStats();
      return `${t.number} 已发放 ${c.number}（${body.collectedBy === 'agent' ? '代领' : '本人领取'}）/ Handed out`;
    },
  });
}

/** 无法发放: why is recorded on the case, which stays ready; the clerk then finishes or marks no-show as usual. */
export function notDelivered(number: string, reason: string): Runnable {
  return runnable<CaseDetailDto>({
    send: (k) => k.request('POST /api/cases/:number/not-delivered', { params: caseAt(number), body: { reason } }),
    done: (c, { s }) => {
      s.resultCase.value = c;
      return `${c.number} 未发放：${reason} / Not handed out`;
    },
  });
}
