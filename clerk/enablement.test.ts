import { describe, expect, it } from 'vitest';
import { availability, toolAvailability, type PadState } from './enablement.js';

const base: PadState = { ready: true, windowState: 'open', current: null, busy: false, waitingTotal: 3 };
const called = { status: 'called' as const, callCount: 1, recallLimit: 3 };
const serving = { status: 'serving' as const, callCount: 1, recallLimit: 3 };
const enabled = (s: PadState) => Object.entries(availability(s)).filter(([, a]) => a.enabled).map(([k]) => k).sort();

describe('which actions the pad allows', () => {
  it('idle open window: call next, pause, sign off', () => {
    expect(enabled(base)).toEqual(['call-next', 'pause-resume', 'sign-off']);
  });

  it('a called ticket: recall, start, no-show, transfer, pause — never call next or sign off', () => {
    expect(enabled({ ...base, current: called })).toEqual(['no-show', 'pause-resume', 'recall', 'start', 'transfer']);
  });

  it('a ticket in service: finish, transfer, pause', () => {
    expect(enabled({ ...base, current: serving })).toEqual(['finish', 'pause-resume', 'transfer']);
  });

  it('recall stops at the limit and says why', () => {
    const a = availability({ ...base, current: { ...called, callCount: 3 } });
    expect(a.recall.enabled).toBe(false);
    expect(a.recall.why).toContain('重呼上限');
    expect(a['no-show'].enabled).toBe(true);
  });

  it('a paused window cannot call but can resume', () => {
    const a = availability({ ...base, windowState: 'paused' });
    expect(a['call-next']).toEqual({ enabled: false, why: '窗口已暂停 Paused' });
    expect(a['pause-resume'].enabled).toBe(true);
  });

  it('nobody waiting disables call next; an unknown line does not', () => {
    expect(availability({ ...base, waitingTotal: 0 })['call-next'].enabled).toBe(false);
    expect(availability({ ...base, waitingTotal: null })['call-next'].enabled).toBe(true);
  });

  it('everything is off while offline or while a command is in flight, with the reason shown', () => {
    const offline = availability({ ...base, current: called, ready: false, notReadyWhy: '连接中断 Offline' });
    expect(Object.values(offline).every((a) => !a.enabled && a.why === '连接中断 Offline')).toBe(true);
    const busy = availability({ ...base, current: called, busy: true });
    expect(Object.values(busy).every((a) => !a.enabled)).toBe(true);
  });
});

describe('keys beside the pad', () => {
  it('print works only once a document was issued, even offline; the case tool waits like the pad', () => {
    expect(toolAvailability({ ready: false, notReadyWhy: 'x', busy: false, issued: true })['print-document'].enabled).toBe(true);
    expect(toolAvailability({ ready: true, busy: false, issued: false })['print-document']).toEqual({ enabled: false, why: expect.stringContaining('文书') });
    expect(toolAvailability({ ready: false, notReadyWhy: '连接中断 Offline', busy: false, issued: false })['case-tool']).toEqual({ enabled: false, why: '连接中断 Offline' });
    expect(toolAvailability({ ready: true, busy: true, issued: false })['case-tool'].enabled).toBe(false);
    expect(toolAvailability({ ready: true, busy: false, issued: false })['case-tool'].enabled).toBe(true);
  });

  it('lets the catalogue search open even offline or busy: it only reads', () => {
    expect(toolAvailability({ ready: false, notReadyWhy: '连接中断 Offline', busy: true, issued: false })['catalog-search'].enabled).toBe(true);
  });
});
