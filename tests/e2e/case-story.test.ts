/**
 * A case's whole path in Chromium, each step through the page its user has and checked against
 * the server: the clerk accepts at the console and opens the notice with one key (printed as A4);
 * the back office reviews, approves and marks the result ready; the SMS is recorded; the phone
 * page shows it; the kiosk issues a results ticket by case number; the results window hands it
 * out. And the one-time notice lists exactly the required materials the clerk did not tick.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CaseDetailDto, CatalogDto, TicketDto } from '../../contract/dto.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';
import { issue, openConsole, pad, shownTicket, signInAt, ticket, type Console } from './clerk-helpers.js';
import { openKiosk, shownTicketMatchesServer } from './kiosk-helpers.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const caseNow = async (number: string): Promise<CaseDetailDto> =>
  (await server.app.inject({ url: `/api/cases/${number}`, headers: { cookie: await server.login('supervisor') } })).json<CaseDetailDto>();
const smsTo = async (phone: string): Promise<{ type: string; text: string }[]> => {
  const rows = (await server.app.inject({ url: '/api/outbox?channel=sms', headers: { cookie: await server.login('admin') } })).json<{ type: string; sms?: { to: string; text: string } }[]>();
  return rows.filter((r) => r.sms?.to === phone).map((r) => ({ type: r.type, text: r.sms?.text ?? '' }));
};

async function finishDialog(page: Page, key: string): Promise<ReturnType<Page['getByTestId']>> {
  await pad(page, 'finish').click();
  const dialog = page.getByTestId('finish-dialog');
  await dialog.waitFor();
  await page.keyboard.press(key);
  return dialog;
}

/** P opens the document the console just issued; the new tab is returned once it has drawn it. */
async function openIssuedDocument(c: Console): Promise<Page> {
  const opened = c.context.waitForEvent('page');
  await c.page.keyboard.press('p');
  const doc = await opened;
  await doc.getByTestId('document').waitFor();
  return doc;
}

it('from acceptance at the console to the result handed out at the results window', async () => {
  const visitor = await issue(server, { matterId: 'construction-approval-003' });
  const front = await openConsole(browser, server);
  let caseNumber = '';
  let trackUrl = '';

  await step('the clerk accepts with the applicant; the case exists on the server', async () => {
    await signInAt(front.page, 'clerk23', 23);
    await pad(front.page, 'call-next').click();
    expect((await shownTicket(front.page)).number).toBe(visitor.number);
    await pad(front.page, 'start').click();
    await front.page.locator('.status-serving').waitFor();
    const dialog = await finishDialog(front.page, '1');
    await dialog.locator('input[name=applicant-name]').fill('陈美玲');
    await dialog.locator('input[name=applicant-phone]').fill('13900001111');
    await dialog.locator('input[name=applicant-id-number]').fill('11010519491231002X');
    await front.page.getByTestId('finish-submit').click();
    await front.page.getByTestId('ticket-idle').waitFor();
    const done = await ticket(server, visitor.id);
    expect(done).toMatchObject({ status: 'done', case: { status: 'received' }, document: { kind: 'acceptance-notice' } });
    caseNumber = done.case?.number ?? '';
    trackUrl = done.case?.trackUrl ?? '';
    expect(caseNumber).toMatch(/^XMSZ-\d{8}-\d{3,}$/);
  });

  await step('P opens the acceptance notice; printed as A4 it carries the case, the masked ID and the clerk', async () => {
    const doc = await openIssuedDocument(front);
    expect(await doc.getByTestId('doc-case-number').textContent()).toBe(caseNumber);
    const particulars = await doc.getByTestId('doc-particulars').textContent() ?? '';
    expect(particulars).toContain('1101**********002X');
    expect(particulars).not.toContain('11010519491231002X');
    await doc.emulateMedia({ media: 'print' });
    await doc.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await screenshot(doc, 'case-story-acceptance-notice-a4');
    await doc.close();
  });

  await step('the back office reviews, approves and marks the result ready, the server following each click', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/backoffice`);
    const form = page.getByTestId('sign-in');
    await form.locator('input[name="username"]').fill('ap-construction');
    await form.locator('input[name="password"]').fill('demo');
    await form.locator('button[type="submit"]').click();
    await page.locator(`table.cases tr[data-case="${caseNumber}"]`).click();
    await page.getByTestId('case-page').waitFor();
    await page.locator('[data-action="review"]').click();
    await expect.poll(async () => (await caseNow(caseNumber)).status).toBe('in-review');
    await page.locator('[data-action="decide"]').click();
    await page.getByTestId('decide-form').locator('textarea[name="opinion"]').fill('材料齐全，同意');
    await page.locator('[data-action="approve"]').click();
    await expect.poll(async () => (await caseNow(caseNumber)).status).toBe('approved');
    await page.locator('[data-action="result-ready"]').click();
    await expect.poll(async () => (await caseNow(caseNumber)).status).toBe('result-ready');
    await page.close();
  });

  await step('the visitor\'s SMS is recorded and the phone page says the result is ready and what to bring', async () => {
    await expect.poll(async () => (await smsTo('13900001111')).map((m) => m.type)).toContain('case.result-ready');
    const ready = (await smsTo('13900001111')).find((m) => m.type === 'case.result-ready');
    expect(ready?.text).toContain(caseNumber);
    expect(ready?.text).toContain('身份证');
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await phone.goto(`${server.url}${trackUrl}`);
    await phone.getByTestId('case-status').waitFor();
    expect(await phone.getByTestId('case-status').getAttribute('data-status')).toBe('result-ready');
    expect(await phone.getByTestId('case-delivery').textContent()).toContain('身份证');
    await screenshot(phone, 'case-story-phone-ready');
    await phone.close();
  });

  let pickup: TicketDto | undefined;
  await step('the kiosk takes the case number and issues a results ticket linked to the case', async () => {
    const { page, problems } = await openKiosk(browser, server);
    await page.getByTestId('results-pickup').tap();
    await page.getByTestId('pickup-number').waitFor();
    for (const d of caseNumber.split('-').slice(1).join('')) await page.locator(`.keypad [data-key="${d}"]`).tap();
    await page.getByTestId('pickup-confirm').tap();
    pickup = await shownTicketMatchesServer(page, server);
    expect(pickup).toMatchObject({ queueId: 'results', case: { number: caseNumber } });
    expect(problems).toEqual([]);
    await page.close();
  });

  await step('the results window checks the identity and hands the result out', async () => {
    const desk = await openConsole(browser, server);
    await signInAt(desk.page, 'clerk33', 33);
    await pad(desk.page, 'call-next').click();
    expect((await shownTicket(desk.page)).number).toBe(pickup?.number);
    await desk.page.getByTestId('results-panel').waitFor();
    await desk.page.getByTestId('identity-checked').check();
    await desk.page.getByTestId('deliver').click();
    await desk.page.getByTestId('ticket-idle').waitFor();
    expect((await caseNow(caseNumber)).status).toBe('delivered');
    expect((await ticket(server, pickup?.id ?? '')).status).toBe('done');
    expect(desk.problems).toEqual([]);
    await desk.context.close();
  });
  expect(front.problems).toEqual([]);
  await front.context.close();
}, STORY_TIMEOUT_MS);

it('a one-time notice lists exactly the required materials the clerk did not tick', async () => {
  const catalog = (await server.app.inject('/api/catalog')).json<CatalogDto>();
  const matter = catalog.matters.find((m) => m.id === 'market-005');
  if (!matter) throw new Error('market-005 is missing from the demo catalogue');
  const visitor = await issue(server, { matterId: matter.id });
  const c = await openConsole(browser, server);
  await signInAt(c.page, 'clerk02', 2);
  await pad(c.page, 'call-next').click();
  expect((await shownTicket(c.page)).number).toBe(visitor.number);
  await pad(c.page, 'start').click();
  await c.page.locator('.status-serving').waitFor();
  // Tick the first required material only: every other required one is missing — except what the
  // platform shares electronically (电子证照共享), which the visitor never brings.
  const requiredIdx = matter.materials.flatMap((m, i) => (m.required && !m.shared ? [i] : []));
  expect(matter.materials.some((m) => m.required && m.shared)).toBe(true);
  expect(requiredIdx.length).toBeGreaterThan(1);
  await c.page.getByTestId('checklist').locator('tbody input[type=checkbox]').nth(requiredIdx[0] ?? 0).check();
  await finishDialog(c.page, '2');
  await c.page.getByTestId('finish-submit').click();
  await c.page.getByTestId('ticket-idle').waitFor();
  const doc = await openIssuedDocument(c);
  const listed = await doc.getByTestId('doc-lines').locator('tbody tr td:nth-child(2)').allTextContents();
  const unticked = requiredIdx.slice(1).map((i) => matter.materials[i]?.name ?? '');
  expect(listed.map((t) => t.trim())).toEqual(unticked);
  expect((await ticket(server, visitor.id)).document?.kind).toBe('one-time-notice');
  await screenshot(doc, 'case-story-one-time-notice');
  expect(c.problems).toEqual([]);
  await c.context.close();
}, STORY_TIMEOUT_MS);
