/** The back office page in Chromium: sign in as an approver, the inbox, a case approved through the page, a joint case. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CaseDetailDto, CurrentTicketDto, TicketDto } from '../../contract/dto.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const APPLICANT = { name: '王小明', phone: '13812345678', idType: 'resident-id', idNumber: '11010519491231002X' } as const;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ loginRateLimit: { max: 1000, timeWindow: 60_000 } }), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text()); });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const clerks = new Map<number, string>();
async function acceptedCase(matterId: string, windowId: number): Promise<string> {
  const clerk = clerks.get(windowId) ?? await server.clerkAt(windowId);
  clerks.set(windowId, clerk);
  const post = (url: string, payload: object) => server.app.inject({ method: 'POST', url, payload, headers: { cookie: clerk } });
  const ticket = (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { matterId } })).json<TicketDto>();
  expect((await post(`/api/windows/${windowId}/call-next`, {})).statusCode).toBe(200);
  expect((await post(`/api/windows/${windowId}/start`, { ticketId: ticket.id })).statusCode).toBe(200);
  const done = await post(`/api/windows/${windowId}/finish`, { ticketId: ticket.id, outcome: { kind: 'accepted', applicant: APPLICANT, delivery: { method: 'pickup' } } });
  expect(done.statusCode, done.body).toBe(200);
  return done.json<CurrentTicketDto>().case?.number ?? '';
}

async function onServer(number: string): Promise<CaseDetailDto> {
  const r = await server.app.inject({ url: `/api/cases/${number}`, headers: { cookie: await server.login('supervisor') } });
  return r.json<CaseDetailDto>();
}

const caseStatus = (status: string) => page.locator(`[data-testid="case-page"][data-status="${status}"]`).waitFor();

describe('back office page (后台审批)', () => {
  it('an approver signs in, reads the inbox, approves a case step by step, and sees a joint case wait for the other departments', async () => {
    const single = await acceptedCase('construction-approval-003', 23);
    const joint = await acceptedCase('construction-approval-004', 24);
    const notOurs = await acceptedCase('construction-approval-001', 25);
    const stopped = await acceptedCase('construction-approval-003', 23);
    const asked = await server.app.inject({
      method: 'POST', url: `/api/cases/${stopped}/supplement-request`, payload: { materials: ['施工图审查合格书'] }, headers: { cookie: await server.login('ap-construction') },
    });
    expect(asked.statusCode, asked.body).toBe(200);

    await page.goto(`${server.url}/backoffice`);
    const form = page.getByTestId('sign-in');
    await form.locator('input[name="username"]').fill('ap-construction');
    await form.locator('input[name="password"]').fill('demo');
    await form.locator('button[type="submit"]').click();

    const row = (n: string) => page.locator(`table.cases tr[data-case="${n}"]`);
    await row(joint).waitFor();
    expect(await row(notOurs).count()).toBe(0);
    expect(await row(single).textContent()).toContain('王**');
    expect(await row(single).textContent()).not.toContain('王小明');
    expect(await row(joint).getByTestId('progress').textContent()).toContain('0/5 部门已同意');
    expect(await row(stopped).getAttribute('data-urgency')).toBe('stopped');
    expect(await row(stopped).locator('.badge').textContent()).toContain('补正中');
    expect(await page.getByTestId('signed-in-as').textContent()).toContain('审批人员');
    await screenshot(page, 'backoffice-inbox');

    await row(single).click();
    await caseStatus('received');
    expect(await page.getByTestId('case-number').textContent()).toBe(single);
    expect(await page.getByTestId('deadline').textContent()).toMatch(/承诺 \d{4}-\d\d-\d\d 前办结，剩余 \d+ 个工作日/);
    expect(await page.getByTestId('applicant').textContent()).toContain('138****5678');
    expect(await page.getByTestId('applicant').textContent()).not.toContain('13812345678');
    const doc = page.getByTestId('documents').locator('a').first();
    expect(await doc.getAttribute('href')).toMatch(/^\/d\//);
    expect(await doc.getAttribute('target')).toBe('_blank');
    expect(await page.locator('[data-action="result-ready"]').count()).toBe(0);

    await page.locator('[data-action="review"]').click();
    await caseStatus('in-review');
    expect((await onServer(single)).status).toBe('in-review');
    expect(await page.locator('[data-action="review"]').count()).toBe(0);

    await page.locator('[data-action="decide"]').click();
    await page.getByTestId('decide-form').locator('textarea[name="opinion"]').fill('材料齐全，同意');
    await page.locator('[data-action="approve"]').click();
    await caseStatus('approved');
    const approved = await onServer(single);
    expect(approved.status).toBe('approved');
    expect(approved.steps[0]?.opinion).toBe('材料齐全，同意');

    await page.locator('[data-action="result-ready"]').click();
    await caseStatus('result-ready');
    expect((await onServer(single)).status).toBe('result-ready');
    expect(await page.getByTestId('timeline').locator('li').count()).toBe(4);
    expect(await page.getByTestId('no-actions').count()).toBe(1); // a pickup: handed out at the results window, not here
    await page.setViewportSize({ width: 1440, height: 1500 });
    await screenshot(page, 'backoffice-case');

    await page.getByTestId('back-to-inbox').click();
    await row(joint).click();
    await caseStatus('received');
    await page.locator('[data-action="decide"]').click();
    await page.getByTestId('decide-form').locator('textarea[name="opinion"]').fill('建设部门同意');
    await page.locator('[data-action="approve"]').click();
    await page.locator('.step[data-department="construction"][data-decision="approved"]').waitFor();
    await caseStatus('in-review');
    expect(await page.locator('.step[data-decision="pending"]').count()).toBe(4);
    expect(await page.locator('[data-action="decide"]').count()).toBe(0);
    expect(await page.getByTestId('feedback').textContent()).toContain('尚有 4 个部门待审批');
    const steps = (await onServer(joint)).steps;
    expect(steps.filter((s) => s.decision === 'pending').map((s) => s.departmentId)).toEqual(['natural-resources', 'fire-rescue', 'civil-air-defense', 'archives']);
    await screenshot(page, 'backoffice-joint-case');

    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.getByTestId('back-to-inbox').click();
    await page.locator(`table.cases tr[data-case="${joint}"] [data-testid="progress"]`).filter({ hasText: '1/5 部门已同意' }).waitFor();
    await row(stopped).click();
    await caseStatus('supplement-requested');
    expect(await page.getByTestId('deadline').textContent()).toMatch(/^补正中，时限暂停，剩余 \d+ 个工作日/);
    expect(await page.locator('[data-action="decide"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
