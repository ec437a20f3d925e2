import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketDto } from '../../contract/dto.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { APPLICANT, post, serveAndFinish } from './case-helpers.js';

let server: TestServer;
let clerk23: string;
let clerk33: string;
const clock = movableClock();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
beforeAll(async () => {
  clock.set(Date.UTC(2026, 11, 1, 1, 0, 0)); // Tue 2026-12-01 09:00 Xiamen
  server = await startServer({ clock }, false);
  clerk23 = await server.clerkAt(23);
  clerk33 = await server.clerkAt(33);
});
afterAll(() => server.close());

/** Sessions last 12 hours and these tests move the clock by days: sign in again and take the window back. */
async function clerkFresh(windowNumber: number): Promise<string> {
  const cookie = await server.login(`clerk${String(windowNumber).padStart(2, '0')}`);
  const r = await post(server, `/api/windows/${windowNumber}/open`, { takeover: true }, cookie);
  expect(r.statusCode, r.body).toBe(200);
  return cookie;
}
const caseOf = async (number: string, cookie: string) => (await server.app.inject({ url: `/api/cases/${number}`, headers: { cookie } })).json();
const sms = () => server.app.hall.database.sqlite.prepare<[], { type: string; payload: string }>("SELECT type, payload FROM outbox WHERE channel = 'sms' ORDER BY id").all();

describe('joint approval (联审联办)', () => {
  it('every department decides; the case is approved only when all have, and each opinion is kept', async () => {
    const { answer } = await serveAndFinish(server, clerk23, 23, 'construction-approval-004', { kind: 'accepted', applicant: APPLICANT });
    const number = answer.case?.number ?? '';
    const departments = ['construction', 'natural-resources', 'fire-rescue', 'civil-air-defense', 'archives'];
    expect((await caseOf(number, clerk23)).steps.map((s: { departmentId: string }) => s.departmentId)).toEqual(departments);
    const housing = await server.login('ap-housing');
    const notMine = await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: '' }, housing);
    expect(notMine.json().error.code).toBe('department-not-yours');
    for (const [i, d] of departments.entries()) {
      const approver = await server.login(`ap-${d}`);
      const r = await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: `${d} 同意` }, approver);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().status).toBe(i === departments.length - 1 ? 'approved' : 'in-review');
    }
    const again = await post(server, `/api/cases/${number}/decision`, { decision: 'denied', opinion: 'x' }, await server.login('ap-archives'));
    expect(again.json().error.code).toBe('case-transition-illegal');
    const detail = await caseOf(number, clerk23);
    expect(detail.steps.map((s: { opinion: string }) => s.opinion)).toEqual(departments.map((d) => `${d} 同意`));
  });

  it('one denial denies the case', async () => {
    const { answer } = await serveAndFinish(server, clerk23, 23, 'construction-approval-004', { kind: 'accepted', applicant: APPLICANT });
    const number = answer.case?.number ?? '';
    await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: '' }, await server.login('ap-construction'));
    const denied = await post(server, `/api/cases/${number}/decision`, { decision: 'denied', opinion: '消防设计不符合规范' }, await server.login('ap-fire-rescue'));
    expect(denied.json().status).toBe('denied');
  });
});

describe('from review to the visitor\'s hand', () => {
  it('supplement stops the clock, the result is notified, a results ticket collects it and the window hands it out', async () => {
    const { answer } = await serveAndFinish(server, clerk23, 23, 'construction-approval-003', { kind: 'accepted', applicant: APPLICANT });
    const number = answer.case?.number ?? '';
    const approver = await server.login('ap-construction');
    expect((await caseOf(number, approver)).dueDay).toBe('2026-12-04'); // 3 working days from Tue
    expect((await post(server, `/api/cases/${number}/review`, {}, approver)).json().status).toBe('in-review');
    clock.advance(DAY); // Wed
    let approverNow = await server.login('ap-construction');
    const asked = await post(server, `/api/cases/${number}/supplement-request`, { materials: ['施工图审查合格书'] }, approverNow);
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'supplement-requested', urgency: 'stopped', workingDaysLeft: 2 });
    expect(sms().at(-1)?.payload).toContain('施工图审查合格书');
    clock.advance(6 * DAY); // Tue 2026-12-08
    clerk23 = await clerkFresh(23);
    clerk33 = await clerkFresh(33);
    approverNow = await server.login('ap-construction');
    const taken = await post(server, `/api/cases/${number}/supplement-received`, {}, clerk23);
    expect(taken.json()).toMatchObject({ status: 'supplement-received', dueDay: '2026-12-10' });
    const early = await post(server, '/api/tickets', { caseRef: number });
    expect(early.json().error.code).toBe('case-not-ready');
    await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: '同意' }, approverNow);
    const ready = await post(server, `/api/cases/${number}/result-ready`, {}, approverNow);
    expect(ready.json().status).toBe('result-ready');
    expect(sms().at(-1)).toMatchObject({ type: 'case.result-ready' });
    expect(JSON.parse(sms().at(-1)?.payload ?? '{}')).toMatchObject({ to: APPLICANT.phone });
    const lookup = (await server.app.inject(`/api/cases/lookup/${encodeURIComponent(`http://hall.example/c/${answer.case?.trackUrl.split('/').pop() ?? ''}`)}`)).json();
    expect(lookup).toMatchObject({ number, ready: true });
    const issued = await post(server, '/api/tickets', { caseRef: number });
    expect(issued.statusCode, issued.body).toBe(201);
    const pickup = issued.json<TicketDto>();
    expect(pickup.number.startsWith('R')).toBe(true);
    expect(pickup.case?.number).toBe(number);
    expect((await post(server, '/api/tickets', { caseRef: number })).json().error.code).toBe('case-ticket-exists');
    await post(server, '/api/windows/33/call-next', {}, clerk33);
    const refused = await post(server, `/api/cases/${number}/deliver`, { identityChecked: false, collectedBy: 'applicant' }, clerk33);
    expect(refused.json().error.code).toBe('validation-failed');
    const delivered = await post(server, `/api/cases/${number}/deliver`, { identityChecked: true, collectedBy: 'applicant' }, clerk33);
    expect(delivered.json().status).toBe('delivered');
    const byApprover = await post(server, `/api/cases/${number}/deliver`, { identityChecked: true, collectedBy: 'applicant' }, approverNow);
    expect(byApprover.statusCode).toBe(403);
    const track = (await server.app.inject(`/api/track/${answer.case?.trackUrl.split('/').pop() ?? ''}`)).json();
    expect(track.timeline.map((e: { type: string }) => e.type)).toEqual([
      'received', 'review-started', 'supplement-requested', 'supplement-received', 'step-approved', 'result-ready', 'delivered',
    ]);
    expect(JSON.stringify(track)).not.toContain(APPLICANT.idNumber);
  });

  it('the inbox shows only the approver\'s departments, overdue first', async () => {
    clerk23 = await clerkFresh(23);
    const a = await serveAndFinish(server, clerk23, 23, 'construction-approval-003', { kind: 'accepted', applicant: APPLICANT });
    const b = await serveAndFinish(server, clerk23, 23, 'construction-approval-001', { kind: 'accepted', applicant: APPLICANT });
    clock.advance(30 * DAY);
    const inbox = (await server.app.inject({ url: '/api/cases?open=true', headers: { cookie: await server.login('ap-construction') } })).json();
    const numbers = inbox.map((c: { number: string }) => c.number);
    expect(numbers).toContain(a.answer.case?.number);
    expect(numbers).not.toContain(b.answer.case?.number);
    expect(inbox.every((c: { departmentIds: string[] }) => c.departmentIds.includes('construction'))).toBe(true);
    expect(inbox[0].urgency).toBe('overdue');
    const clerkInbox = await server.app.inject({ url: '/api/cases', headers: { cookie: await server.login('clerk23') } });
    expect(clerkInbox.statusCode).toBe(403);
  });
});
