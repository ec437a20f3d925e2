/** The 整改 section of the back-office store against a real hall server: lists per role, the item page, steps and refusals. */
import { describe, expect, it } from 'vitest';
import type { FollowUpDetail, FollowUpRow } from './follow-up-types.js';
import { post, serveAndFinish } from '../tests/cases/case-helpers.js';
import { movableClock } from '../tests/support/clock.js';
import { clientIn, signInAs } from '../ui/browser-harness.js';
import type { ApiClient } from '../ui/http.js';
import { hallForBackOffice, Jar } from './store-harness.js';
import { createBackOffice } from './store.js';

const DAY = 86_400_000;
const clock = movableClock(Date.UTC(2026, 11, 1, 1, 0, 0)); // Tue 2026-12-01 09:00 in Xiamen
const hall = hallForBackOffice({ clock, loginRateLimit: { max: 1000, timeWindow: 60_000 } });

/** A service at window 2 (market supervision) rated 不满意 from the phone: its item's id (numbers restart each day). */
async function badRating(): Promise<number> {
  const clerk = await hall.server.login('clerk02');
  expect((await post(hall.server, '/api/windows/2/open', { takeover: true }, clerk)).statusCode).toBe(200);
  const { ticket } = await serveAndFinish(hall.server, clerk, 2, 'market-005', { kind: 'consultation' });
  const rated = await post(hall.server, `/api/tickets/${ticket.id}/rating`, { level: 2, reasons: ['long-wait'] });
  expect(rated.statusCode, rated.body).toBe(200);
  const all = await hall.server.app.inject({ url: '/api/rectifications', headers: { cookie: await hall.server.login('supervisor') } });
  return Math.max(...all.json<FollowUpRow[]>().filter((r) => r.number === ticket.number).map((r) => r.id));
}

async function onServer(id: number): Promise<FollowUpDetail> {
  const r = await hall.server.app.inject({ url: `/api/rectifications/${id}`, headers: { cookie: await hall.server.login('supervisor') } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<FollowUpDetail>();
}

const ids = (rows: readonly FollowUpRow[]) => rows.map((r) => r.id);
const row = (rows: readonly FollowUpRow[], id: number) => rows.find((r) => r.id === id);

let late = 0;
let fresh = 0;

describe('整改 in the back-office store', () => {
  it('a supervisor sees every item, overdue first, then by due date', async () => {
    late = await badRating();
    clock.advance(30 * DAY); // past the 15 working days of `late`
    fresh = await badRating();
    const sup = await hall.signedIn('supervisor');
    await sup.actions.showFollowUps();
    expect(sup.state.screen.value).toBe('follow-ups');
    const rows = sup.state.followUps.value;
    expect(ids(rows)).toEqual(expect.arrayContaining([late, fresh]));
    expect(ids(rows).indexOf(late)).toBeLessThan(ids(rows).indexOf(fresh));
    expect(row(rows, late)?.overdue).toBe(true);
    expect(row(rows, fresh)?.overdue).toBe(false);
    // Overdue first, then by due date.
    const firstOnTime = rows.findIndex((r) => !r.overdue);
    expect(rows.slice(firstOnTime).every((r) => !r.overdue)).toBe(true);
    expect(sup.state.followUpsOpenOnly.value).toBe(true);
  });

  it('an approver sees only their departments\' items, through the department route', async () => {
    const market = await hall.signedIn('ap-market-supervision');
    hall.requests.length = 0;
    await market.actions.showFollowUps();
    expect(hall.requests).toEqual(['GET /api/department/rectifications']);
    expect(ids(market.state.followUps.value)).toEqual(expect.arrayContaining([late, fresh]));
    expect(market.state.followUps.value.every((r) => r.departmentId === 'market-supervision')).toBe(true);
    const housing = await hall.signedIn('ap-housing');
    await housing.actions.showFollowUps();
    expect(ids(housing.state.followUps.value)).not.toContain(late);
    expect(ids(housing.state.followUps.value)).not.toContain(fresh);
  });

  it('a step posts exactly its form\'s fields, and the item page shows the item as the server now has it', async () => {
    const jar = new Jar();
    const sent: unknown[] = [];
    const inJar = clientIn(jar);
    const api: ApiClient = (route, input, opts) => {
      if (route === 'POST /api/rectifications/:id/steps') sent.push(input && 'body' in input ? input.body : null);
      return inJar(route, input, opts);
    };
    const dept = await signInAs(createBackOffice({ api, storage: jar.storage }), 'ap-market-supervision');
    await dept.actions.showFollowUps();
    const id = fresh;
    expect(ids(dept.state.followUps.value)).toContain(id);
    await dept.actions.openFollowUp(id);
    expect(dept.state.screen.value).toBe('follow-up');
    expect(dept.state.followUp.value?.allowed).toEqual(expect.arrayContaining(['verify', 'appeal']));
    expect(dept.state.followUp.value?.rating).toMatchObject({ level: 2, reasons: ['long-wait'] });

    expect(await dept.actions.takeStep({ action: 'verify', note: '  ', finding: 'founded' })).toContain('请填写说明');
    expect(await dept.actions.takeStep({ action: 'verify', note: '调阅录像' })).toContain('核实结论');
    expect(sent).toEqual([]); // nothing sent for a form that is not complete

    expect(await dept.actions.takeStep({ action: 'verify', note: ' 调阅录像，属实 ', finding: 'founded', consent: true, result: 'x' })).toBeNull();
    expect(await dept.actions.takeStep({ action: 'contact', note: '电话致歉', consent: true, result: ' 群众表示理解 ', finding: 'unfounded' })).toBeNull();
    expect(sent).toEqual([
      { action: 'verify', note: '调阅录像，属实', finding: 'founded' },
      { action: 'contact', note: '电话致歉', consent: true, result: '群众表示理解' },
    ]);
    const now = await onServer(id);
    expect(now).toMatchObject({ status: 'contacted', finding: 'founded' });
    expect(now.steps.at(-1)).toMatchObject({ action: 'contact', consent: true, result: '群众表示理解' });
    expect(dept.state.followUp.value?.status).toBe('contacted');
    expect(dept.state.followUp.value?.allowed).toEqual(expect.arrayContaining(['rectify', 'explain']));
    expect(dept.state.feedback.value?.tone).toBe('ok');
  });

  it('an illegal step is refused with the server\'s message; an item moved on elsewhere is reloaded', async () => {
    const dept = await hall.signedIn('ap-market-supervision');
    await dept.actions.showFollowUps();
    const id = late;
    await dept.actions.openFollowUp(id);
    expect(dept.state.followUp.value?.status).toBe('open');

    const closing = await dept.actions.takeStep({ action: 'close', note: '办结' });
    expect(closing).toContain('当前状态不能进行此步骤');
    expect(closing).toContain('open'); // the server's message names the status
    expect(dept.state.feedback.value?.tone).toBe('error');
    expect((await onServer(id)).status).toBe('open');

    const sup = await hall.signedIn('supervisor', new Jar());
    await sup.actions.showFollowUps();
    await sup.actions.openFollowUp(id);
    expect(await sup.actions.takeStep({ action: 'verify', note: '主任核实', finding: 'unfounded' })).toBeNull();
    const stale = await dept.actions.takeStep({ action: 'verify', note: '部门核实', finding: 'founded' });
    expect(stale).toContain('当前状态不能进行此步骤');
    expect(dept.state.followUp.value?.status).toBe('verified'); // reloaded after the 409
    expect((await onServer(id)).finding).toBe('unfounded');

    await dept.actions.backToFollowUps();
    expect(dept.state.screen.value).toBe('follow-ups');
    expect(dept.state.followUp.value).toBeNull();
  });

  it('only a supervisor closes; the open-only list drops a closed item and shows it again when unticked', async () => {
    const dept = await hall.signedIn('ap-market-supervision');
    await dept.actions.showFollowUps();
    await dept.actions.openFollowUp(fresh);
    expect(await dept.actions.takeStep({ action: 'rectify', note: '调整窗口排班' })).toBeNull();
    expect(dept.state.followUp.value?.allowed).not.toContain('close');
    expect(await dept.actions.takeStep({ action: 'close', note: '办结' })).toContain('值班主任');
    expect((await onServer(fresh)).status).toBe('rectified');

    const sup = await hall.signedIn('supervisor');
    await sup.actions.showFollowUps();
    await sup.actions.openFollowUp(fresh);
    expect(sup.state.followUp.value?.allowed).toContain('close');
    expect(await sup.actions.takeStep({ action: 'close', note: '整改到位' })).toBeNull();
    expect((await onServer(fresh)).status).toBe('closed');
    await sup.actions.backToFollowUps();
    expect(ids(sup.state.followUps.value)).not.toContain(fresh);
    await sup.actions.setFollowUpsOpenOnly(false);
    expect(row(sup.state.followUps.value, fresh)?.status).toBe('closed');
  });
});
