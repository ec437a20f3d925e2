import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '../../contract/dto.js';
import { DomainError } from './errors.js';
import { call, cancel, closeAtDayEnd, finish, noShow, reactivate, recall, slipOrderAt, start, transfer, type LifecyclePolicy, type Ticket } from './ticket.js';

const policy: LifecyclePolicy = { recallLimit: 3, recallMinIntervalMs: 20_000, noShowMode: 'slip', reactivateWithinMs: 30 * 60_000 };
const T0 = 1_800_000_000_000;

function ticket(status: TicketStatus, extra: Partial<Ticket> = {}): Ticket {
  return {
    id: 't1', queueId: 'market', status, priority: null, source: 'kiosk', orderAt: T0, issuedAt: T0,
    calledAt: status === 'waiting' ? null : T0 + 1000, lastCalledAt: status === 'waiting' ? null : T0 + 1000,
    callCount: status === 'waiting' ? 0 : 1, startedAt: null, finishedAt: null,
    noShowAt: status === 'no_show' ? T0 + 2000 : null, cancelledAt: null, closedAt: null, windowId: status === 'waiting' ? null : 1, clerkId: null, outcome: null,
    ...extra,
  };
}

const NOW = T0 + 60_000;
const actions: Record<string, (t: Ticket) => Ticket> = {
  call: (t) => call(t, { windowId: 1, clerkId: 7, now: NOW }),
  recall: (t) => recall(t, NOW, policy),
  start: (t) => start(t, NOW),
  finish: (t) => finish(t, { kind: 'on-the-spot' }, NOW),
  noShow: (t) => noShow(t, NOW, 'void', NOW),
  reactivate: (t) => reactivate(t, NOW, policy),
  transfer: (t) => transfer(t, 'results'),
  cancel: (t) => cancel(t, NOW),
  closeDay: (t) => closeAtDayEnd(t, NOW),
};

// Each cell: the status after the action, or the error code that refuses it.
const table: Record<TicketStatus, Record<string, string>> = {
  waiting: { call: 'called', recall: 'ticket-not-called', start: 'ticket-not-called', finish: 'ticket-not-serving', noShow: 'ticket-not-called', reactivate: 'ticket-not-no-show', transfer: 'ticket-not-active', cancel: 'cancelled', closeDay: 'unserved' },
  called: { call: 'ticket-not-waiting', recall: 'called', start: 'serving', finish: 'ticket-not-serving', noShow: 'no_show', reactivate: 'ticket-not-no-show', transfer: 'waiting', cancel: 'ticket-not-waiting', closeDay: 'abandoned' },
  serving: { call: 'ticket-not-waiting', recall: 'ticket-not-called', start: 'ticket-not-called', finish: 'done', noShow: 'ticket-not-called', reactivate: 'ticket-not-no-show', transfer: 'waiting', cancel: 'ticket-not-waiting', closeDay: 'abandoned' },
  done: { call: 'ticket-not-waiting', recall: 'ticket-not-called', start: 'ticket-not-called', finish: 'ticket-not-serving', noShow: 'ticket-not-called', reactivate: 'ticket-not-no-show', transfer: 'ticket-not-active', cancel: 'ticket-not-waiting', closeDay: 'ticket-not-active' },
  no_show: { call: 'ticket-not-waiting', recall: 'ticket-not-called', start: 'ticket-not-called', finish: 'ticket-not-serving', noShow: 'ticket-not-called', reactivate: 'waiting', transfer: 'ticket-not-active', cancel: 'ticket-not-waiting', closeDay: 'ticket-not-active' },
  cancelled: { call: 'ticket-not-waiting', recall: 'ticket-not-called', start: 'ticket-not-called', finish: 'ticket-not-serving', noShow: 'ticket-not-called', reactivate: 'ticket-not-no-show', transfer: 'ticket-not-active', cancel: 'ticket-not-waiting', closeDay: 'ticket-not-active' },
  unserved: { call: 'ticket-not-waiting', recall: 'ticket-not-called', start: 'ticket-not-called', finish: 'ticket-not-serving', noShow: 'ticket-not-called', reactivate: 'ticket-not-no-show', transfer: 'ticket-not-active', cancel: 'ticket-not-waiting', closeDay: 'ticket-not-active' },
  abandoned: { call: 'ticket-not-waiting', recall: 'ticket-not-called', start: 'ticket-not-called', finish: 'ticket-not-serving', noShow: 'ticket-not-called', reactivate: 'ticket-not-no-show', transfer: 'ticket-not-active', cancel: 'ticket-not-waiting', closeDay: 'ticket-not-active' },
};

function outcomeOf(fn: () => Ticket): string {
  try {
    return fn().status;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe('ticket lifecycle transition table', () => {
  for (const [status, row] of Object.entries(table) as [TicketStatus, Record<string, string>][]) {
    for (const [action, expected] of Object.entries(row)) {
      it(`${status} --${action}--> ${expected}`, () => {
        const fn = actions[action];
        if (!fn) throw new Error(`no action ${action}`);
        expect(outcomeOf(() => fn(ticket(status)))).toBe(expected);
      });
    }
  }
});

describe('lifecycle details', () => {
  it('bounds recalls by count and interval', () => {
    let t = ticket('called');
    expect(() => recall(t, T0 + 5000, policy)).toThrow(expect.objectContaining({ code: 'recall-too-soon' }));
    t = recall(t, T0 + 30_000, policy);
    t = recall(t, T0 + 60_000, policy);
    expect(t.callCount).toBe(3);
    expect(() => recall(t, T0 + 120_000, policy)).toThrow(expect.objectContaining({ code: 'recall-limit-reached' }));
  });

  it('requires missing materials for a one-time notice and a reason for a refusal', () => {
    const t = ticket('serving');
    expect(() => finish(t, { kind: 'one-time-notice', missingMaterials: [' '] }, NOW)).toThrow(expect.objectContaining({ code: 'missing-materials-required' }));
    expect(() => finish(t, { kind: 'not-accepted' }, NOW)).toThrow(expect.objectContaining({ code: 'reason-required' }));
    expect(finish(t, { kind: 'one-time-notice', missingMaterials: ['身份证'] }, NOW).outcome?.missingMaterials).toEqual(['身份证']);
  });

  it('transfer keeps the place in time and frees the window', () => {
    const t = transfer(ticket('serving', { orderAt: T0 - 5000 }), 'results');
    expect(t).toMatchObject({ status: 'waiting', queueId: 'results', orderAt: T0 - 5000, windowId: null, callCount: 0 });
    expect(() => transfer(ticket('called'), 'market')).toThrow(expect.objectContaining({ code: 'same-queue' }));
  });

  it('no-show slips back in line or voids by mode', () => {
    expect(noShow(ticket('called'), NOW, 'slip', NOW - 10).status).toBe('waiting');
    expect(noShow(ticket('called'), NOW, 'slip', NOW - 10).orderAt).toBe(NOW - 10);
    expect(noShow(ticket('called'), NOW, 'void', NOW).status).toBe('no_show');
    // A second no-show after a slip voids the ticket.
    expect(noShow(ticket('called', { noShowAt: T0 }), NOW, 'slip', NOW - 10).status).toBe('no_show');
  });

  it('re-activates a no-show only within the set time', () => {
    const gone = ticket('no_show', { noShowAt: T0 });
    expect(reactivate(gone, T0 + 29 * 60_000, policy)).toMatchObject({ status: 'waiting', orderAt: T0 + 29 * 60_000 });
    expect(() => reactivate(gone, T0 + 31 * 60_000, policy)).toThrow(expect.objectContaining({ code: 'reactivation-expired' }));
  });

  it('computes the slip-back place between the N-th and N+1-th waiting tickets', () => {
    expect(slipOrderAt([10, 20, 30, 40], 2, 100, 'slip')).toBe(25);
    expect(slipOrderAt([40, 10, 30, 20], 4, 100, 'slip')).toBe(100);
    expect(slipOrderAt([10, 20], 3, 100, 'slip')).toBe(100);
    expect(slipOrderAt([10, 20, 30], 2, 100, 'back')).toBe(100);
  });
});
