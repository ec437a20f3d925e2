import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT, post, serveAndFinish } from '../cases/case-helpers.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let clerk2: string;
const clock = movableClock(Date.UTC(2026, 11, 1, 1, 0, 0)); // Tue 2026-12-01 09:00 Xiamen
const DAY = 86_400_000;
beforeAll(async () => {
  server = await startServer({ clock }, false);
  clerk2 = await server.clerkAt(2);
});
afterAll(() => server.close());

const get = (url: string, cookie: string) => server.app.inject({ url, headers: { cookie } });
const stepOn = (id: number, body: object, cookie: string) => post(server, `/api/rectifications/${id}/steps`, body, cookie);

async function badRating(): Promise<{ id: number; number: string }> {
  const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
  await post(server, `/api/tickets/${ticket.id}/rating`, { level: 1, reasons: ['attitude'] });
  const list = (await get('/api/rectifications', await server.login('supervisor'))).json();
  const item = list.find((i: { number: string }) => i.number === ticket.number);
  return { id: item.id, number: ticket.number };
}

describe('the follow-up loop (整改)', () => {
  it('department verifies, calls back, rectifies; only a supervisor closes; every step is on the record', async () => {
    const { id } = await badRating();
    const dept = await server.login('ap-market-supervision');
    const other = await server.login('ap-housing');
    const sup = await server.login('supervisor');
    expect((await get(`/api/rectifications/${id}`, other)).json().error.code).toBe('department-not-yours');
    expect((await get('/api/department/rectifications', dept)).json().map((i: { id: number }) => i.id)).toContain(id);
    expect((await get('/api/department/rectifications', other)).json().map((i: { id: number }) => i.id)).not.toContain(id);
    expect((await stepOn(id, { action: 'contact', note: '先回访', consent: true }, dept)).json().error.code).toBe('rectification-step-illegal');
    expect((await stepOn(id, { action: 'verify', note: '查看录像属实', finding: 'founded' }, dept)).json()).toMatchObject({ status: 'verified', finding: 'founded' });
    expect((await stepOn(id, { action: 'contact', note: '电话致歉', consent: true, result: '群众表示理解' }, dept)).json().status).toBe('contacted');
    expect((await stepOn(id, { action: 'rectify', note: '窗口人员服务规范培训' }, dept)).json().status).toBe('rectified');
    expect((await stepOn(id, { action: 'close', note: '整改到位' }, dept)).json().error.code).toBe('supervisor-required');
    const closed = (await stepOn(id, { action: 'close', note: '整改到位' }, sup)).json();
    expect(closed.status).toBe('closed');
    expect(closed.steps.map((s: { action: string }) => s.action)).toEqual(['open', 'verify', 'contact', 'rectify', 'close']);
    expect(closed.steps[2]).toMatchObject({ consent: true, result: '群众表示理解', actorName: expect.any(String) });
    expect(closed.ticket).toMatchObject({ windowNumber: 2, outcome: 'consultation' });
    expect(closed.rating).toMatchObject({ level: 1, reasons: ['attitude'], channel: 'phone' });
  });

  it('an appeal upheld resumes the item; annulled keeps the rating, marked annulled', async () => {
    const dept = await server.login('ap-market-supervision');
    const sup = await server.login('supervisor');
    const a = await badRating();
    await stepOn(a.id, { action: 'verify', note: '核实', finding: 'unfounded' }, dept);
    expect((await stepOn(a.id, { action: 'appeal', note: '该评价与事实不符' }, dept)).json()).toMatchObject({ status: 'appealed' });
    expect((await stepOn(a.id, { action: 'appeal', note: 'x' }, sup)).json().error.code).toBe('rectification-step-illegal');
    expect((await stepOn(a.id, { action: 'uphold', note: '维持' }, sup)).json().status).toBe('verified');
    const b = await badRating();
    await stepOn(b.id, { action: 'appeal', note: '恶意差评' }, dept);
    const annulled = (await stepOn(b.id, { action: 'annul', note: '经查为恶意评价' }, sup)).json();
    expect(annulled.status).toBe('annulled');
    expect(annulled.rating.level).toBe(1);
    expect(annulled.rating.annulledAt).not.toBeNull();
  });

  it('overdue items come first once past their due day', async () => {
    const c = await badRating();
    clock.advance(40 * DAY);
    const list = (await get('/api/rectifications?open=true', await server.login('supervisor'))).json();
    expect(list[0].overdue).toBe(true);
    expect(list.find((i: { id: number }) => i.id === c.id).overdue).toBe(true);
    clock.advance(-40 * DAY);
  });
});

describe('a case rated as a whole, and complaints', () => {
  it('a case is rated after delivery only, once', async () => {
    // The clock moved 40 days above: a new session takes window 2 back.
    clerk2 = await server.login('clerk02');
    expect((await post(server, '/api/windows/2/open', { takeover: true }, clerk2)).statusCode).toBe(200);
    const { answer } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'accepted', applicant: APPLICANT });
    const token = answer.case?.trackUrl.split('/').pop() ?? '';
    const number = answer.case?.number ?? '';
    expect((await post(server, `/api/track/${token}/rating`, { level: 5 })).json().error.code).toBe('case-not-delivered');
    const approver = await server.login('ap-market-supervision');
    await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: '同意' }, approver);
    await post(server, `/api/cases/${number}/result-ready`, {}, approver);
    await post(server, `/api/cases/${number}/deliver`, { identityChecked: true, collectedBy: 'applicant' }, clerk2);
    expect((await server.app.inject(`/api/track/${token}/rating`)).json()).toMatchObject({ rated: null, open: true });
    expect((await post(server, `/api/track/${token}/rating`, { level: 5 })).json()).toMatchObject({ rated: 5, open: false });
    expect((await post(server, `/api/track/${token}/rating`, { level: 4 })).json().error.code).toBe('already-rated');
  });

  it('a complaint from the phone and one entered at the desk open items counted apart', async () => {
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    const phone = await post(server, '/api/complaints', { category: 'attitude', text: '工作人员态度生硬', ticketId: ticket.id, contactPhone: '13900003333' });
    expect(phone.statusCode, phone.body).toBe(201);
    const desk = await post(server, '/api/complaints', { category: 'facilities', text: '大厅空调太冷' }, await server.login('clerk35'));
    expect(desk.statusCode).toBe(201);
    const items = (await get('/api/rectifications', await server.login('supervisor'))).json().filter((i: { kind: string }) => i.kind === 'complaint');
    expect(items.map((i: { category: string }) => i.category).sort()).toEqual(['attitude', 'facilities']);
    const deskItem = items.find((i: { category: string }) => i.category === 'facilities');
    expect(deskItem.departmentName).toBe('大厅运行管理机构');
    const detail = (await get(`/api/rectifications/${deskItem.id}`, await server.login('supervisor'))).json();
    expect(detail.complaint).toMatchObject({ channel: 'desk', text: '大厅空调太冷' });
  });
});
