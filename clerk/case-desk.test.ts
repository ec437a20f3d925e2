import { describe, expect, it } from 'vitest';
import type { CaseDetailDto } from '../contract/dto.js';
import { decisionOf, EMPTY_HAND_OUT, handOutFrom, handOver, identityCheckText, parseCaseRef, supplementAsked, windowActions } from './case-desk.js';

const event = (type: string, note: string): CaseDetailDto['events'][number] => ({ at: '2026-12-01T01:00:00.000Z', type, fromStatus: null, toStatus: null, actorName: 'x', note });
const step = (decision: 'pending' | 'approved' | 'denied'): CaseDetailDto['steps'][number] => ({ departmentId: 'd', departmentName: 'D', decision, opinion: '', actorName: null, at: null });

describe('reading a typed or scanned case reference', () => {
  it('takes a case number in any case and with stray spaces', () => {
    expect(parseCaseRef(' xmsz-20261201-0042 ')).toEqual({ kind: 'number', number: 'XMSZ-20261201-0042' });
    expect(parseCaseRef('XMSZ - 20261201 - 042')).toEqual({ kind: 'number', number: 'XMSZ-20261201-042' });
  });

  it('takes a scanned tracking link as it is, for the server to resolve', () => {
    const link = 'http://192.168.1.10:3000/c/AbCdEfGhIjKlMnOpQrStUv';
    expect(parseCaseRef(`${link}\n`)).toEqual({ kind: 'link', ref: link });
  });

  it('refuses anything else, so nothing is sent for a typo', () => {
    expect(parseCaseRef('')).toBeNull();
    expect(parseCaseRef('XMSZ-2026120-0042')).toBeNull();
    expect(parseCaseRef('A012')).toBeNull();
    expect(parseCaseRef('http://hall/t/abc')).toBeNull();
  });
});

describe('what a window may do to a case', () => {
  it('takes in a supplement only while one is awaited; withdraws only before a decision; hands out only when ready', () => {
    expect(windowActions('supplement-requested')).toEqual({ receiveSupplement: true, withdraw: true, deliver: false });
    expect(windowActions('in-review')).toEqual({ receiveSupplement: false, withdraw: true, deliver: false });
    expect(windowActions('approved')).toEqual({ receiveSupplement: false, withdraw: false, deliver: false });
    expect(windowActions('result-ready')).toEqual({ receiveSupplement: false, withdraw: false, deliver: true });
  });

  it('says what the back office asked for, the newest request, while awaited', () => {
    const events = [event('supplement-requested', '旧要求'), event('supplement-received', ''), event('supplement-requested', '施工图审查合格书')];
    expect(supplementAsked({ status: 'supplement-requested', events })).toBe('施工图审查合格书');
    expect(supplementAsked({ status: 'supplement-received', events })).toBeNull();
  });
});

describe('the results window', () => {
  it('names the ID to check by its last four characters, from the masked number', () => {
    const text = identityCheckText({ applicant: { name: '王小明', phone: '138****5678', idType: 'resident-id', idNumber: '1101**********002X' } });
    expect(text).toContain('核对居民身份证');
    expect(text).toContain('尾号 …002X');
    expect(identityCheckText({ applicant: { name: '王小明', phone: '', idType: null, idNumber: null } })).toContain('未登记证件号码');
  });

  it('a joint case is approved only when every department approved, denied when one denied', () => {
    expect(decisionOf({ steps: [step('approved'), step('approved')] })).toBe('approved');
    expect(decisionOf({ steps: [step('approved'), step('denied')] })).toBe('denied');
    expect(decisionOf({ steps: [step('approved'), step('pending')] })).toBe('pending');
  });

  it('hands over the result and takes back the current acceptance notice', () => {
    const lines = handOver({
      matterName: '建设工程规划许可', steps: [step('approved')], events: [event('result-ready', '许可证已制证')],
      documents: [
        { kind: 'acceptance-notice', number: 'XMSZ-SL-1', url: '/d/1', version: 1, issuedAt: '2026-12-01T01:00:00.000Z', replacedBy: 'XMSZ-SL-2' },
        { kind: 'acceptance-notice', number: 'XMSZ-SL-2', url: '/d/2', version: 2, issuedAt: '2026-12-01T01:00:00.000Z', replacedBy: null },
      ],
    });
    expect(lines).toEqual(['建设工程规划许可 · 准予 approved', '许可证已制证', '收回受理通知书 XMSZ-SL-2 / Take back the acceptance notice']);
  });

  it('hands out only after the identity check; an agent is noted with the ID masked', () => {
    expect(handOutFrom(EMPTY_HAND_OUT).ok).toBe(false);
    expect(handOutFrom({ ...EMPTY_HAND_OUT, identityChecked: true })).toEqual({ ok: true, body: { identityChecked: true, collectedBy: 'applicant' } });
    expect(handOutFrom({ ...EMPTY_HAND_OUT, identityChecked: true, collectedBy: 'agent', agentName: '李四' }).ok).toBe(false);
    expect(handOutFrom({ ...EMPTY_HAND_OUT, identityChecked: true, collectedBy: 'agent', agentName: ' 李四 ', agentIdNumber: '11010519491231002x' })).toEqual({
      ok: true, body: { identityChecked: true, collectedBy: 'agent', note: '代领人 李四，证件 1101**********002X' },
    });
  });
});
