import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../contract/constants.js';
import { statusText, ticketLinks } from './track-status.js';

const doc = (kind: DocumentKind) => ({ kind, number: 'N-1', url: '/d/x' });
const acceptedCase = { number: 'XMSZ-20261201-001', status: 'received' as const, trackUrl: '/c/tok' };
const done = (kind: DocumentKind | null) => ({ status: 'done' as const, windowNumber: 2, document: kind === null ? null : doc(kind), case: kind === 'acceptance-notice' ? acceptedCase : null });

describe('the ticket page after the service, per document', () => {
  it('never says 已办结 for a one-time notice or a refusal', () => {
    expect(statusText(done('one-time-notice')).zh).toBe('一次性告知：请补齐材料后再来办理');
    expect(statusText(done('refusal')).zh).toBe('不予受理');
    for (const kind of ['one-time-notice', 'refusal'] as const) expect(statusText(done(kind)).zh).not.toContain('已办结');
  });

  it('says accepted, on the spot, or the old words for a consultation', () => {
    expect(statusText(done('acceptance-notice')).zh).toContain('已受理');
    expect(statusText(done('completion-record')).zh).toBe('已当场办结');
    expect(statusText(done(null)).zh).toBe('已办结，感谢您的耐心');
  });

  it('links an accepted ticket to its case and its notice, others to their paper only', () => {
    expect(ticketLinks(done('acceptance-notice')).map((l) => [l.testid, l.href, l.zh])).toEqual([
      ['ticket-case-link', '/c/tok', '查看办件进度'], ['ticket-document-link', '/d/x', '查看受理通知书'],
    ]);
    expect(ticketLinks(done('one-time-notice')).map((l) => l.testid)).toEqual(['ticket-document-link']);
    expect(ticketLinks(done('refusal')).map((l) => l.href)).toEqual(['/d/x']);
    expect(ticketLinks(done(null))).toEqual([]);
  });

  it('links a results ticket still in line to the case it collects', () => {
    const waiting = { status: 'waiting' as const, case: { ...acceptedCase, status: 'result-ready' as const }, document: null };
    expect(ticketLinks(waiting).map((l) => l.testid)).toEqual(['ticket-case-link']);
  });
});
