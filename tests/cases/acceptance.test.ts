import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketDto } from '../../contract/dto.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { APPLICANT, post, serveAndFinish } from './case-helpers.js';

let server: TestServer;
let clerk: string;
const clock = movableClock();
// Tuesday 2026-12-01, 09:00 in Xiamen.
beforeAll(async () => {
  clock.set(Date.UTC(2026, 11, 1, 1, 0, 0));
  server = await startServer({ clock }, false);
  clerk = await server.clerkAt(2);
});
afterAll(() => server.close());

describe('accepting opens a case with its acceptance notice', () => {
  it('answers the case and the document, and the ticket read afterwards carries both', async () => {
    const { ticket, answer } = await serveAndFinish(server, clerk, 2, 'market-005', {
      kind: 'accepted', applicant: APPLICANT, delivery: { method: 'pickup' }, received: [{ index: 0, copies: 1 }, { index: 1, copies: 2 }],
    });
    expect(answer.case?.number).toMatch(/^XMSZ-20261201-\d{3,}$/);
    expect(answer.case?.status).toBe('received');
    expect(answer.case?.trackUrl).toMatch(/^\/c\/[A-Za-z0-9_-]{20,}$/);
    expect(answer.document).toMatchObject({ kind: 'acceptance-notice' });
    expect(answer.document?.url).toMatch(/^\/d\//);
    const read = (await server.app.inject(`/api/tickets/${ticket.id}`)).json<TicketDto>();
    expect(read.case).toEqual(answer.case);
    expect(read.document).toEqual(answer.document);
  });

  it('promises the deadline in working days and stores the received materials with counts, identity masked on the document', async () => {
    const { answer } = await serveAndFinish(server, clerk, 2, 'market-005', {
      kind: 'accepted', applicant: APPLICANT, received: [{ index: 0, copies: 1 }, { index: 1, copies: 2 }],
    });
    const detail = (await server.app.inject({ url: `/api/cases/${answer.case?.number ?? ''}`, headers: { cookie: clerk } })).json();
    // market-005 promises 5 working days: Tue 1 Dec → Tue 8 Dec.
    expect(detail.dueDay).toBe('2026-12-08');
    expect(detail.materials.map((m: { copies: number }) => m.copies)).toEqual([1, 2]);
    expect(detail.applicant.idNumber).toBe('1101**********002X');
    expect(detail.applicant.phone).toBe('138****5678');
    const docId = answer.document?.url.split('/').pop() ?? '';
    const doc = (await server.app.inject(`/api/documents/${docId}`)).json();
    expect(doc.applicant).toEqual({ name: '王**', phone: '138****5678', idType: 'resident-id', idNumber: '1101**********002X' });
    expect(doc.caseNumber).toBe(answer.case?.number);
    expect(doc.lines).toHaveLength(2);
    expect(doc.clerk.staffNo).not.toBe('');
    expect(JSON.stringify(doc)).not.toContain('13812345678');
  });

  it('a one-time notice lists the missing materials with what is required; no case', async () => {
    const { answer } = await serveAndFinish(server, clerk, 2, 'market-005', { kind: 'one-time-notice', missingMaterials: ['营业执照复印件', '自带的说明'] });
    expect(answer.case).toBeNull();
    expect(answer.document?.kind).toBe('one-time-notice');
    const doc = (await server.app.inject(`/api/documents/${answer.document?.url.split('/').pop() ?? ''}`)).json();
    expect(doc.lines.map((l: { name: string }) => l.name)).toEqual(['营业执照复印件', '自带的说明']);
  });

  it('a refusal states the reason and the right to appeal; a consultation leaves nothing', async () => {
    const refused = await serveAndFinish(server, clerk, 2, 'market-005', { kind: 'not-accepted', reason: '不属于本机关职权范围' });
    const doc = (await server.app.inject(`/api/documents/${refused.answer.document?.url.split('/').pop() ?? ''}`)).json();
    expect(doc.kind).toBe('refusal');
    expect(doc.reason).toBe('不属于本机关职权范围');
    expect(doc.statement).toContain('行政复议');
    const asked = await serveAndFinish(server, clerk, 2, 'market-005', { kind: 'consultation' });
    expect(asked.answer.case).toBeNull();
    expect(asked.answer.document).toBeNull();
  });

  it('refuses a bad applicant with a code, writing nothing', async () => {
    const issued = (await post(server, '/api/tickets', { matterId: 'market-005' })).json<TicketDto>();
    await post(server, '/api/windows/2/call-next', {}, clerk);
    await post(server, '/api/windows/2/start', { ticketId: issued.id }, clerk);
    const badId = await post(server, '/api/windows/2/finish', { ticketId: issued.id, outcome: { kind: 'accepted', applicant: { ...APPLICANT, idNumber: '110105194912310021' } } }, clerk);
    expect(badId.json().error.code).toBe('id-number-invalid');
    const badPhone = await post(server, '/api/windows/2/finish', { ticketId: issued.id, outcome: { kind: 'accepted', applicant: { ...APPLICANT, phone: '12345' } } }, clerk);
    expect(badPhone.json().error.code).toBe('phone-invalid');
    const noAddress = await post(server, '/api/windows/2/finish', { ticketId: issued.id, outcome: { kind: 'accepted', applicant: APPLICANT, delivery: { method: 'mail' } } }, clerk);
    expect(noAddress.json().error.code).toBe('address-required');
    // Nothing was half-written: the ticket is still being served and no case points at it.
    expect((await server.app.inject(`/api/tickets/${issued.id}`)).json<TicketDto>()).toMatchObject({ status: 'serving', case: null, document: null });
    expect((await post(server, '/api/windows/2/finish', { ticketId: issued.id, outcome: { kind: 'consultation' } }, clerk)).statusCode).toBe(200);
  });

  it('a correction issues a new version naming the old one; the old one stays and says it was replaced', async () => {
    const { answer } = await serveAndFinish(server, clerk, 2, 'market-005', { kind: 'one-time-notice', missingMaterials: ['营业执照复印件'] });
    const oldId = answer.document?.url.split('/').pop() ?? '';
    const other = await server.clerkAt(3);
    const refused = await post(server, `/api/documents/${oldId}/correct`, { reason: '漏项' }, other);
    expect(refused.json().error.code).toBe('forbidden');
    const fixed = await post(server, `/api/documents/${oldId}/correct`, { reason: '漏列一项', lines: [{ name: '营业执照复印件', requirement: '复印件 1 份' }, { name: '租赁合同', requirement: '原件 1 份' }] }, clerk);
    expect(fixed.statusCode, fixed.body).toBe(200);
    const v2 = fixed.json();
    expect(v2).toMatchObject({ version: 2, replacesNumber: answer.document?.number, kind: 'one-time-notice' });
    expect(v2.lines).toHaveLength(2);
    expect(v2.note).toContain('漏列一项');
    const v1 = (await server.app.inject(`/api/documents/${oldId}`)).json();
    expect(v1).toMatchObject({ version: 1, replacedByNumber: v2.number });
    expect(v1.lines).toHaveLength(1);
    expect((await post(server, `/api/documents/${oldId}/correct`, { reason: '再改' }, clerk)).json().error.code).toBe('document-superseded');
    // The ticket now points at the newest version.
    expect((await server.app.inject(`/api/tickets/${answer.id}`)).json<TicketDto>().document?.number).toBe(v2.number);
  });
});

