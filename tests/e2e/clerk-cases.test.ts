/**
 * Cases at the clerk console in Chromium: accept with the applicant and mail delivery through
 * the finish dialog, print the acceptance notice with one key, and hand a ready result out at
 * the results window — after each step the server says what the screen says.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CaseDetailDto, TicketDto } from '../../contract/dto.js';
import { APPLICANT, serveAndFinish } from '../cases/case-helpers.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';
import { issue, openConsole, pad, shownTicket, signInAt, ticket, type Console } from './clerk-helpers.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

let server: TestServer;
let browser: Browser;
const consoles: Console[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const post = async (url: string, payload: object, cookie: string) => {
  const r = await server.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  expect(r.statusCode, r.body).toBe(200);
  return r;
};
const caseNow = async (number: string): Promise<CaseDetailDto> =>
  (await server.app.inject({ url: `/api/cases/${number}`, headers: { cookie: await server.login('supervisor') } })).json<CaseDetailDto>();

it('accept with the applicant and mail, print the notice with P, hand a result out at window 33', async () => {
  let accepted: TicketDto = await issue(server, { matterId: 'market-005' });
  const front = await openConsole(browser, server);
  consoles.push(front);
  const page = front.page;

  await step('fills in the finish dialog as accepted: applicant, mail with address, copies from the checklist ticks', async () => {
    await signInAt(page, 'clerk02', 2);
    await pad(page, 'call-next').click();
    expect((await shownTicket(page)).number).toBe(accepted.number);
    await pad(page, 'start').click();
    await page.locator('.status-serving').waitFor();
    const rows = page.getByTestId('checklist').locator('tbody input[type=checkbox]');
    await rows.nth(0).check();
    await rows.nth(1).check();
    await pad(page, 'finish').click();
    const dialog = page.getByTestId('finish-dialog');
    await dialog.waitFor();
    await page.keyboard.press('1');
    await dialog.locator('input[name=applicant-name]').fill('王小明');
    await dialog.locator('input[name=applicant-phone]').fill('138 1234 5678');
    // A wrong check character is refused in the dialog before anything is sent.
    await dialog.locator('input[name=applicant-id-number]').fill('110105194912310021');
    await page.getByTestId('finish-submit').click();
    await expect.poll(() => dialog.locator('.form-problem').textContent()).toContain('身份证号码有误');
    expect((await ticket(server, accepted.id)).status).toBe('serving');
    await dialog.locator('input[name=applicant-id-number]').fill('11010519491231002X');
    await dialog.locator('input[name=delivery][value=mail]').check({ force: true });
    await dialog.locator('input[name=address]').fill('厦门市思明区湖滨北路 1 号 王小明 13812345678');
    await dialog.getByRole('button', { name: /多一份/ }).nth(1).click();
    expect(await dialog.getByTestId('copies-1').textContent()).toBe('2');
    await screenshot(page, 'clerk-finish-accepted-mail');
    await page.getByTestId('finish-submit').click();
    await page.getByTestId('ticket-idle').waitFor();
    accepted = await ticket(server, accepted.id);
    expect(accepted.status).toBe('done');
    const c = await caseNow(accepted.case?.number ?? '');
    expect(c.delivery).toEqual({ method: 'mail', address: '厦门市思明区湖滨北路 1 号 王小明 13812345678' });
    expect(c.applicant).toMatchObject({ phone: '138****5678', idNumber: '1101**********002X' });
    expect(c.materials.map((m) => m.copies)).toEqual([1, 2]);
  });

  await step('shows the notice issued and opens it with P in a new tab', async () => {
    const issued = page.getByTestId('issued');
    await expect.poll(() => issued.textContent()).toContain('受理通知书');
    expect(await issued.textContent()).toContain(accepted.document?.number);
    expect(await issued.textContent()).toContain(accepted.case?.number);
    expect(await page.getByTestId('print-document').textContent()).toContain('P');
    const opened = front.context.waitForEvent('page');
    await page.keyboard.press('p');
    const doc = await opened;
    await doc.waitForLoadState();
    expect(new URL(doc.url()).pathname).toBe(accepted.document?.url);
    await doc.close();
  });

  await step('hands the ready result out at window 33 after the identity check', async () => {
    // The mailed case is never collected at a window: a second one, for pickup, accepted at window 1.
    const { answer } = await serveAndFinish(server, await server.clerkAt(1), 1, 'market-005', { kind: 'accepted', applicant: APPLICANT, delivery: { method: 'pickup' } });
    const number = answer.case?.number ?? '';
    const approver = await server.login('ap-market-supervision');
    await post(`/api/cases/${number}/decision`, { decision: 'approved', opinion: '同意' }, approver);
    await post(`/api/cases/${number}/result-ready`, {}, approver);
    const pickup = await issue(server, { caseRef: number });
    const desk = await openConsole(browser, server);
    consoles.push(desk);
    await signInAt(desk.page, 'clerk33', 33);
    await pad(desk.page, 'call-next').click();
    expect((await shownTicket(desk.page)).number).toBe(pickup.number);
    const panel = desk.page.getByTestId('results-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-case-number')).toBe(number);
    expect(await desk.page.getByTestId('id-check').textContent()).toContain('尾号 …002X');
    await screenshot(desk.page, 'clerk-results-panel');
    await desk.page.getByTestId('deliver').click();
    await expect.poll(() => panel.locator('.form-problem').textContent()).toContain('核验身份');
    expect((await caseNow(number)).status).toBe('result-ready');
    await desk.page.getByTestId('identity-checked').check();
    await desk.page.getByTestId('deliver').click();
    await desk.page.getByTestId('ticket-idle').waitFor();
    expect((await caseNow(number)).status).toBe('delivered');
    expect((await ticket(server, pickup.id)).status).toBe('done');
    expect(await desk.page.getByTestId('feedback').textContent()).toContain('已发放');
  });

  for (const c of consoles) expect(c.problems).toEqual([]);
}, STORY_TIMEOUT_MS);
