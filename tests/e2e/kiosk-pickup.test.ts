/**
 * 领取结果 at the kiosk in Chromium: cases driven to result-ready over HTTP, then the visitor types
 * the number on the keypad or the scanner types the notice's tracking link; the kiosk issues (and
 * prints) a results ticket linked to the case, or says why not.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TicketDto } from '../../contract/dto.js';
import { APPLICANT, post, serveAndFinish } from '../cases/case-helpers.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { decodeEscPos, lineWith } from '../support/escpos-decoder.js';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { startServer, type TestServer } from '../support/server.js';
import { LANDSCAPE, layoutProblems, openKiosk, openPairedKiosk, setPrinter, shownTicketMatchesServer } from './kiosk-helpers.js';

let server: TestServer;
let browser: Browser;
let printer: FakePrinter;
let clerk23: string;
const clock = movableClock(Date.UTC(2026, 11, 1, 1, 0, 0)); // Tue 2026-12-01 09:00 Xiamen

beforeAll(async () => {
  [server, browser, printer] = await Promise.all([startServer({ clock }), launchBrowser(), startFakePrinter()]);
  setPrinter(server, 'K01', printer.url);
  clerk23 = await server.clerkAt(23);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await printer?.close();
});

/** Accepted at window 23; with `ready`, approved by ap-construction and marked result-ready. */
async function caseAtWindow23(ready: boolean): Promise<{ number: string; trackUrl: string }> {
  const { answer } = await serveAndFinish(server, clerk23, 23, 'construction-approval-003', { kind: 'accepted', applicant: APPLICANT });
  const number = answer.case?.number ?? '';
  if (ready) {
    const approver = await server.login('ap-construction');
    expect((await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: '同意' }, approver)).statusCode).toBe(200);
    expect((await post(server, `/api/cases/${number}/result-ready`, {}, approver)).statusCode).toBe(200);
  }
  return { number, trackUrl: new URL(answer.case?.trackUrl ?? '', server.url).href };
}

async function openPickup(page: Page): Promise<void> {
  await page.getByTestId('results-pickup').tap();
  await page.getByTestId('pickup-number').waitFor();
}

async function typeDigits(page: Page, number: string): Promise<void> {
  for (const d of number.split('-').slice(1).join('')) await page.locator(`.keypad [data-key="${d}"]`).tap();
  expect(await page.getByTestId('pickup-number').textContent()).toBe(number);
}

async function typeOnKeypad(page: Page, number: string): Promise<void> {
  await typeDigits(page, number);
  await page.getByTestId('pickup-confirm').tap();
}

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await layoutProblems(page), name).toEqual([]);
}

describe('领取结果 at the kiosk', () => {
  it('typed number → a printed results ticket linked to the case; a scanned notice → another; a case not ready → its status and due day', async () => {
    const [typed, scanned, early] = [await caseAtWindow23(true), await caseAtWindow23(true), await caseAtWindow23(false)];
    const { page, problems } = await openPairedKiosk(browser, server, 'K01', 'idle=600&back=600');

    await openPickup(page);
    expect(await page.getByTestId('pickup-number').textContent()).toBe('XMSZ');
    await shoot(page, 'kiosk-pickup-entry-zh-portrait');
    const receiptsBefore = printer.receipts().length;
    await typeOnKeypad(page, typed.number);
    const ticket = await shownTicketMatchesServer(page, server);
    expect(ticket.number).toMatch(/^R\d{3}$/);
    expect(ticket.case?.number).toBe(typed.number);
    expect(await page.getByTestId('ticket-case').textContent()).toBe(`领取办件 ${typed.number} 的结果`);
    expect(await page.getByTestId('print-status').getAttribute('data-printed')).toBe('true');
    await expect.poll(() => printer.receipts().length, { timeout: 2000 }).toBe(receiptsBefore + 1);
    expect(lineWith(decodeEscPos(printer.receipts().at(-1) ?? Buffer.alloc(0)).lines, ticket.number).text).toContain(ticket.number);
    await page.getByTestId('ticket-done').tap();

    // The scanner types the notice's tracking link in a burst and ends with Enter.
    await openPickup(page);
    await page.keyboard.type(scanned.trackUrl);
    await page.keyboard.press('Enter');
    const second = await shownTicketMatchesServer(page, server);
    expect(second.case?.number).toBe(scanned.number);
    const onServer = (await server.app.inject(`/api/tickets/${second.id}`)).json<TicketDto>();
    expect(onServer).toMatchObject({ queueId: 'results', case: { number: scanned.number } });
    await page.getByTestId('ticket-done').tap();

    // Off the pickup screen the scanner is not listened to.
    const lookups: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/cases/lookup/')) lookups.push(r.url()); });
    await page.getByTestId('open-search').waitFor();
    await page.keyboard.type(early.trackUrl);
    await page.keyboard.press('Enter');
    await page.getByTestId('open-search').tap();
    await page.getByTestId('search-input').waitFor();
    expect(lookups).toEqual([]);
    await page.getByTestId('home').tap();

    // The same notice again: already in line.
    await openPickup(page);
    await typeOnKeypad(page, typed.number);
    const taken = page.getByTestId('pickup-answer');
    expect(await taken.getAttribute('data-kind')).toBe('taken');
    expect(await taken.textContent()).toContain(`该办件已取号 ${ticket.number}，请留意叫号`);
    await page.getByTestId('home').tap();

    await openPickup(page);
    await typeOnKeypad(page, early.number);
    const answer = page.getByTestId('pickup-answer');
    expect(await answer.getAttribute('data-kind')).toBe('not-ready');
    expect(await answer.textContent()).toContain('办理状态：已受理');
    expect(await answer.textContent()).toContain('预计 12月4日 前办结，届时将短信通知您');
    await shoot(page, 'kiosk-pickup-not-ready-zh-portrait');
    await page.getByTestId('home').tap();

    // Elderly mode reaches it too, larger.
    await page.getByTestId('elderly').tap();
    await shoot(page, 'kiosk-pickup-home-elderly-portrait');
    await openPickup(page);
    await typeDigits(page, early.number);
    await shoot(page, 'kiosk-pickup-entry-elderly-portrait');
    await page.getByTestId('pickup-confirm').tap();
    expect(await page.getByTestId('pickup-answer').getAttribute('data-kind')).toBe('not-ready');
    await shoot(page, 'kiosk-pickup-not-ready-elderly-portrait');

    const tickets = (await server.app.inject('/api/snapshot')).json<{ queues: { id: string; waiting: number }[] }>();
    expect(tickets.queues.find((q) => q.id === 'results')?.waiting).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a landscape kiosk, elderly mode and English included', async () => {
    const early = await caseAtWindow23(false);
    const { page, problems } = await openKiosk(browser, server, 'device=K02&idle=600&back=600', LANDSCAPE);
    await page.getByTestId('elderly').tap();
    await openPickup(page);
    await typeDigits(page, early.number);
    await shoot(page, 'kiosk-pickup-entry-elderly-landscape');
    await page.getByTestId('lang').tap();
    await page.getByTestId('pickup-confirm').tap();
    const answer = page.getByTestId('pickup-answer');
    expect(await answer.textContent()).toContain('Expected by 4 Dec; we will text you when it is ready');
    await shoot(page, 'kiosk-pickup-not-ready-elderly-en-landscape');
    expect(problems).toEqual([]);
    await page.close();
  });
});
