/** The back-office store against a real hall server: inbox per department, acting on a case, refusals. */
import { describe, expect, it } from 'vitest';
import type { CaseDetailDto } from '../contract/dto.js';
import { movableClock } from '../tests/support/clock.js';
import { hallForBackOffice, Jar } from './store-harness.js';

const DAY = 24 * 3_600_000;
const clock = movableClock(Date.UTC(2026, 11, 1, 1, 0, 0)); // Tue 2026-12-01 09:00 in Xiamen
// Many sign-ins from one address in a minute: the test plays several people at one PC.
const hall = hallForBackOffice({ clock, loginRateLimit: { max: 1000, timeWindow: 60_000 } });

const onServer = async (number: string): Promise<CaseDetailDto> => {
  const r = await hall.server.app.inject({ url: `/api/cases/${number}`, headers: { cookie: await hall.server.login('supervisor') } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<CaseDetailDto>();
};

let single = '';
let other = '';
let joint = '';

describe('back-office store', () => {
  it('shows each approver only their departments\' cases, and filters by department and status', async () => {
    single = await hall.acceptedCase('construction-approval-003', 23); // construction
    other = await hall.acceptedCase('construction-approval-001', 24); // natural resources
    joint = await hall.acceptedCase('construction-approval-004', 25); // construction + 4 others
    const ap = await hall.signedIn('ap-construction');
    expect(ap.state.screen.value).toBe('inbox');
    expect(ap.state.filter.value.departmentId).toBe('construction');
    const numbers = () => ap.state.cases.value.map((c) => c.number);
    expect(numbers()).toEqual(expect.arrayContaining([single, joint]));
    expect(numbers()).not.toContain(other);
    const progress = (n: string) => ap.state.cases.value.find((c) => c.number === n)?.progress;
    expect(progress(joint)).toEqual({ approved: 0, denied: 0, total: 5 });
    expect(progress(single)).toEqual({ approved: 0, denied: 0, total: 1 });
    // Each row carries its progress: refreshing the inbox is one request, however many joint cases it lists.
    hall.requests.length = 0;
    await ap.actions.refresh();
    expect(hall.requests).toEqual(['GET /api/cases']);

    const fire = await hall.signedIn('ap-fire-rescue');
    expect(fire.state.cases.value.map((c) => c.number)).toEqual([joint]);

    const sup = await hall.signedIn('supervisor');
    expect(sup.state.cases.value.map((c) => c.number)).toEqual(expect.arrayContaining([single, other, joint]));
    await sup.actions.setFilter({ departmentId: 'natural-resources' });
    expect(sup.state.cases.value.map((c) => c.number).sort()).toEqual([other, joint].sort());

    await ap.actions.setFilter({ status: 'in-review' });
    expect(numbers()).toEqual([]);
    await ap.actions.setFilter({ status: 'received' });
    expect(numbers()).toEqual(expect.arrayContaining([single, joint]));
  });

  it('acts on a case along its path, each step on the server, and only with the buttons its status allows', async () => {
    const ap = await hall.signedIn('ap-construction');
    await ap.actions.openCase(single);
    expect(ap.state.screen.value).toBe('case');
    expect(ap.state.current.value?.status).toBe('received');
    expect(await ap.actions.review('开始审查')).toBeNull();
    expect((await onServer(single)).status).toBe('in-review');
    expect(await ap.actions.decide('approved', '材料齐全，同意')).toBeNull();
    const approved = await onServer(single);
    expect(approved.status).toBe('approved');
    expect(approved.steps[0]).toMatchObject({ departmentId: 'construction', decision: 'approved', opinion: '材料齐全，同意' });
    expect(await ap.actions.resultReady()).toBeNull();
    expect((await onServer(single)).status).toBe('result-ready');
    expect(ap.state.current.value?.status).toBe('result-ready');
    await ap.actions.backToInbox();
    expect(ap.state.screen.value).toBe('inbox');
  });

  it('a joint case: a supervisor decides for the department chosen, the others stay pending', async () => {
    const sup = await hall.signedIn('supervisor');
    await sup.actions.openCase(joint);
    expect(await sup.actions.decide('approved', '消防同意', 'fire-rescue')).toBeNull();
    const steps = (await onServer(joint)).steps;
    expect(steps.filter((s) => s.decision === 'approved').map((s) => s.departmentId)).toEqual(['fire-rescue']);
    const ap = await hall.signedIn('ap-construction');
    expect(ap.state.cases.value.find((c) => c.number === joint)?.progress).toEqual({ approved: 1, denied: 0, total: 5 });
  });

  it('an illegal action is refused with the server\'s message, and a case moved on elsewhere is reloaded', async () => {
    const ap = await hall.signedIn('ap-construction');
    await ap.actions.openCase(joint);
    expect(ap.state.current.value?.status).toBe('in-review');
    const refused = await ap.actions.resultReady();
    expect(refused).toContain('办件状态已变化');
    expect(refused).toContain('in-review');
    expect(ap.state.feedback.value?.tone).toBe('error');
    expect((await onServer(joint)).status).toBe('in-review');

    const fresh = await hall.acceptedCase('construction-approval-003', 23);
    await ap.actions.openCase(fresh);
    expect(ap.state.current.value?.status).toBe('received');
    const sup = await hall.signedIn('supervisor', new Jar());
    await sup.actions.openCase(fresh);
    expect(await sup.actions.review()).toBeNull();
    expect(await ap.actions.review()).toContain('办件状态已变化');
    expect(ap.state.current.value?.status).toBe('in-review'); // reloaded after the 409
  });

  it('a reset password must be changed before the inbox opens', async () => {
    const admin = await hall.server.login('admin');
    const users = (await hall.server.app.inject({ url: '/api/users', headers: { cookie: admin } })).json<{ id: number; username: string }[]>();
    const id = users.find((u) => u.username === 'ap-archives')?.id;
    const reset = await hall.server.app.inject({ method: 'POST', url: `/api/users/${id}/password`, payload: {}, headers: { cookie: admin } });
    const temporary = reset.json<{ temporaryPassword: string }>().temporaryPassword;
    const store = hall.open();
    await store.actions.restore();
    expect(await store.actions.signIn('ap-archives', temporary)).toBeNull();
    expect(store.state.screen.value).toBe('change-password');
    expect(store.state.cases.value).toEqual([]);
    expect(await store.actions.changePassword(temporary, 'archives-2026-new')).toBeNull();
    expect(store.state.screen.value).toBe('inbox');
    expect(store.state.cases.value.map((c) => c.number)).toContain(joint);
  });

  it('window staff are turned away from the back office', async () => {
    const store = hall.open();
    await store.actions.restore();
    expect(await store.actions.signIn('clerk23', 'demo')).toBeNull();
    expect(store.state.screen.value).toBe('signed-out');
    expect(store.state.signInNotice.value?.text).toContain('/clerk');
  });

  it('filters due soon and overdue by working days', async () => {
    const late = await hall.acceptedCase('construction-approval-003', 23); // due Fri 12-04
    clock.advance(DAY); // Wed 12-02: 2 working days left
    let ap = await hall.signedIn('ap-construction');
    await ap.actions.setFilter({ due: 'soon' });
    expect(ap.state.cases.value.map((c) => c.number)).toContain(late);
    expect(ap.state.cases.value.map((c) => c.number)).not.toContain(joint); // 5 working days from Tue
    expect(ap.state.cases.value.find((c) => c.number === late)?.urgency).toBe('due-soon');
    clock.advance(5 * DAY); // Mon 12-07
    ap = await hall.signedIn('ap-construction');
    await ap.actions.setFilter({ due: 'overdue' });
    expect(ap.state.cases.value.map((c) => c.number)).toContain(late);
    expect(ap.state.cases.value.every((c) => c.urgency === 'overdue')).toBe(true);
  });
});
