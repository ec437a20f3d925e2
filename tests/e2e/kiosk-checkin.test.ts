/**
 * 预约签到 at the kiosk in Chromium (issue 15): real bookings made through the city platform's API,
 * then the visitor types the code on the screen's keys or the scanner types it from the QR code;
 * the kiosk issues (and prints) an appointment ticket marked 预约, or says plainly why not. Then
 * the clerk's console shows the booking's slot and how early the visitor came.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { decodeEscPos, lineWith } from '../support/escpos-decoder.js';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { platformBooker, type BookingDto, type PlatformBooker } from '../support/platform-booking.js';
import { startServer, type TestServer } from '../support/server.js';
import { openConsole, pad, shownTicket, signInAt } from './clerk-helpers.js';
import { LANDSCAPE, layoutProblems, openKiosk, openPairedKiosk, setPrinter, shownTicketMatchesServer } from './kiosk-helpers.js';

const MIN = 60_000;
const NINE = Date.UTC(2026, 10, 30, 1, 0, 0); // Monday 2026-11-30 09:00 Shanghai
const DAY = '2026-11-30';
const clock = movableClock(NINE);
let server: TestServer;
let browser: Browser;
let printer: FakePrinter;
let booker: PlatformBooker;

beforeAll(async () => {
  [server, browser, printer] = await Promise.all([startServer({ clock }), launchBrowser(), startFakePrinter()]);
  setPrinter(server, 'K01', printer.url);
  booker = await platformBooker(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await printer?.close();
});

/** The server's clock at HH:MM today. */
const at = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  clock.set(NINE + ((h - 9) * 60 + m) * MIN);
};

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await layoutProblems(page), name).toEqual([]);
}

async function openCheckIn(page: Page): Promise<void> {
  await page.getByTestId('appointment-checkin').tap();
  await page.getByTestId('checkin-code').waitFor();
}

/** Tap the code on the screen's keys (the visitor reads it off the SMS), then 签到取号. */
async function typeOnKeys(page: Page, code: string): Promise<void> {
  for (const c of code) await page.locator(`.code-keys [data-key="${c}"]`).tap();
  expect(await page.getByTestId('checkin-code').getAttribute('data-code')).toBe(code);
  await page.getByTestId('checkin-confirm').tap();
}

/**
 * A scanner's burst: every key and Enter dispatched in one go in the page. Typing them one by one
 * from here would leave gaps that depend on the machine's load, and the page tells a scan from a
 * person by those gaps.
 */
async function scan(page: Page, text: string): Promise<void> {
  await page.evaluate((keys) => {
    for (const key of keys) (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, [...text, 'Enter']);
}

async function answerLine(page: Page, kind: string): Promise<string> {
  const answer = page.getByTestId('checkin-answer');
  await answer.waitFor();
  expect(await answer.getAttribute('data-kind')).toBe(kind);
  return (await page.getByTestId('checkin-answer-line').textContent()) ?? '';
}

describe('预约签到 at the kiosk', () => {
  let typed: BookingDto;
  let scanned: BookingDto;

  it('typed code → a printed ticket marked 预约; scanned code → another; too early → when to come back; unknown → check the code', async () => {
    at('09:00');
    typed = await booker.book({ matterId: 'market-002', day: DAY, start: '10:00' });
    scanned = await booker.book({ matterId: 'market-003', day: DAY, start: '10:00' });
    const later = await booker.book({ matterId: 'market-004', day: DAY, start: '11:00' });
    const { page, problems } = await openPairedKiosk(browser, server, 'K01', 'idle=600&back=600');
    await shoot(page, 'kiosk-checkin-home-zh-portrait');

    await openCheckIn(page);
    await shoot(page, 'kiosk-checkin-entry-zh-portrait');
    await typeOnKeys(page, later.code);
    expect(await answerLine(page, 'too-early')).toBe('请于 10:30 后再来签到');
    await shoot(page, 'kiosk-checkin-too-early-zh-portrait');
    await page.getByTestId('checkin-again').tap();
    await typeOnKeys(page, 'ZZZZ9999');
    expect(await answerLine(page, 'not-found')).toBe('没有找到预约码 ZZZZ9999，请核对后重新输入，或到咨询台咨询');
    await page.getByTestId('home').tap();

    at('09:48');
    const receiptsBefore = printer.receipts().length;
    await openCheckIn(page);
    await typeOnKeys(page, typed.code);
    const ticket = await shownTicketMatchesServer(page, server);
    expect(ticket).toMatchObject({ source: 'appointment', queueId: 'market', matterId: 'market-002' });
    expect(await page.getByTestId('ticket-appointment').textContent()).toBe('预约');
    expect(await page.getByTestId('print-status').getAttribute('data-printed')).toBe('true');
    await expect.poll(() => printer.receipts().length, { timeout: 2000 }).toBe(receiptsBefore + 1);
    // The paper says it too, with the slot booked.
    const paper = decodeEscPos(printer.receipts().at(-1) ?? Buffer.alloc(0));
    expect(lineWith(paper.lines, ticket.number).text).toBe(ticket.number);
    expect(lineWith(paper.lines, '预约').text).toBe('预约 10:00 Appointment');
    await shoot(page, 'kiosk-checkin-ticket-zh-portrait');
    await page.getByTestId('ticket-done').tap();

    // The scanner types the QR code's text (the code, here in small letters) in a burst and ends with Enter.
    await openCheckIn(page);
    await scan(page, scanned.code.toLowerCase());
    const second = await shownTicketMatchesServer(page, server);
    expect(second).toMatchObject({ source: 'appointment', matterId: 'market-003' });
    expect(await page.getByTestId('ticket-appointment').isVisible()).toBe(true);
    await page.getByTestId('ticket-done').tap();

    // A plain ticket is not marked.
    await page.locator('.tile[data-queue="market"]').tap();
    await page.locator('.matter-row[data-matter="market-005"]').tap();
    await page.getByTestId('take-ticket').tap();
    await shownTicketMatchesServer(page, server);
    expect(await page.getByTestId('ticket-appointment').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in English and in elderly mode: too late offers a normal ticket; landscape fits', async () => {
    at('09:00');
    const late = await booker.book({ matterId: 'market-006', day: DAY, start: '10:30' });
    at('10:50');
    const { page, problems } = await openKiosk(browser, server, 'device=K02&idle=600&back=600');
    await page.getByTestId('lang').tap();
    await openCheckIn(page);
    for (const c of late.code.slice(0, 5)) await page.locator(`.code-keys [data-key="${c}"]`).tap();
    await shoot(page, 'kiosk-checkin-entry-en-portrait');
    for (const c of late.code.slice(5)) await page.locator(`.code-keys [data-key="${c}"]`).tap();
    await page.getByTestId('checkin-confirm').tap();
    expect(await answerLine(page, 'too-late')).toBe('The check-in time of your booking has passed. You can take a normal ticket instead.');
    await shoot(page, 'kiosk-checkin-too-late-en-portrait');
    await page.getByTestId('checkin-normal').tap();
    await page.locator('.tile').first().waitFor();

    await page.getByTestId('lang').tap();
    await page.getByTestId('elderly').tap();
    await shoot(page, 'kiosk-checkin-home-elderly-portrait');
    await openCheckIn(page);
    for (const c of late.code.slice(0, 3)) await page.locator(`.code-keys [data-key="${c}"]`).tap();
    await shoot(page, 'kiosk-checkin-entry-elderly-portrait');
    expect(problems).toEqual([]);
    await page.close();

    const wide = await openKiosk(browser, server, 'device=K03&idle=600&back=600', LANDSCAPE);
    await wide.page.getByTestId('elderly').tap();
    await shoot(wide.page, 'kiosk-checkin-home-elderly-landscape');
    await openCheckIn(wide.page);
    await shoot(wide.page, 'kiosk-checkin-entry-elderly-landscape');
    await typeOnKeys(wide.page, late.code);
    await answerLine(wide.page, 'too-late');
    await shoot(wide.page, 'kiosk-checkin-too-late-elderly-landscape');
    expect(wide.problems).toEqual([]);
    await wide.page.close();
  });

  it('the console shows the booking of the ticket it calls and of those waiting', async () => {
    at('10:52');
    const { context, page, problems } = await openConsole(browser, server);
    await signInAt(page, 'clerk01', 1);
    const waiting = page.locator(`.waiting-list li[data-booking="10:00"]`);
    await expect.poll(() => waiting.count()).toBe(2);
    expect(await page.locator('.waiting-list .mark').allTextContents()).toContain('预约 10:00 · 早到 12 分钟');
    await pad(page, 'call-next').click();
    const called = await shownTicket(page);
    expect(called.number).toBeTruthy();
    // The first appointment checked in at 09:48 for 10:00.
    expect(await page.getByTestId('ticket-booking').textContent()).toBe('预约 10:00 · 早到 12 分钟 booked 10:00 · 12 min early');
    await screenshot(page, 'clerk-appointment-1366x768');
    expect(problems).toEqual([]);
    await context.close();
  });
});
