/**
 * Issue 15's story in Chromium, on one hall: a visitor books on the phone page with the SMS code,
 * checks in at the kiosk by typing the booking code, is called before the walk-ins who came
 * earlier, and the console shows the booking; another visitor takes a ticket from the phone and
 * is told once that their turn is near, and once where to go.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse } from '../../contract/dto.js';
import { launchBrowser, openPhone, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { codeSentTo, smsTo } from '../support/sms.js';
import { startServer, type TestServer } from '../support/server.js';
import { openConsole, pad, shownTicket, signInAt } from './clerk-helpers.js';
import { openPairedKiosk } from './kiosk-helpers.js';

// Monday 2026-11-30, 09:00 in Xiamen: the demo roster is open; the 09:30 slot is just bookable and checks in from now.
const clock = movableClock(Date.UTC(2026, 10, 30, 1, 0, 0));
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ clock }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phonePage(path: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPhone(browser, server.url + path);
  await opened.page.locator('.bk').waitFor();
  return opened;
}

async function provePhone(page: Page, phone: string): Promise<void> {
  await page.getByTestId('phone').fill(phone);
  await page.getByTestId('send-code').click();
  await page.getByTestId('code-sent').waitFor();
  await page.getByTestId('code').fill(await codeSentTo(server, phone));
}

const walkIn = async (matterId: string) =>
  (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { matterId } })).json<IssueTicketResponse>();

describe('an appointment, from the phone to the window', () => {
  it('is booked on /book, checked in at the kiosk by its code and called before earlier walk-ins; the console shows the booking', async () => {
    // Two walk-ins for company registration are already waiting.
    const early = [await walkIn('market-005'), await walkIn('market-005')];

    const { page: phone, problems } = await phonePage('/book');
    await phone.getByTestId('search').fill('gsbg');
    await phone.locator('[data-testid="matter-row"][data-matter="market-003"]').click();
    await phone.getByTestId('choose-book').click();
    await phone.locator('[data-testid="slot"][data-start="09:30"]').click();
    await phone.getByTestId('name').fill('林晓明');
    await provePhone(phone, '13812345678');
    await phone.getByTestId('confirm').click();
    await phone.getByTestId('booked').waitFor();
    const code = (await phone.getByTestId('booking-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await screenshot(phone, 'story-booked-phone');
    expect(problems).toEqual([]);

    // At the hall's kiosk: 预约签到, the code typed on the screen's keys.
    const kiosk = await openPairedKiosk(browser, server, 'K01', 'idle=600&back=600');
    await kiosk.page.getByTestId('appointment-checkin').tap();
    await kiosk.page.getByTestId('checkin-code').waitFor();
    for (const c of code) await kiosk.page.locator(`.code-keys [data-key="${c}"]`).tap();
    await kiosk.page.getByTestId('checkin-confirm').tap();
    await kiosk.page.getByTestId('ticket-number').waitFor();
    const number = (await kiosk.page.getByTestId('ticket-number').textContent()) ?? '';
    await screenshot(kiosk.page, 'story-checked-in-kiosk');
    expect(kiosk.problems).toEqual([]);

    // The clerk at window 1 calls next: the appointment, not the walk-ins who came first.
    const clerk = await openConsole(browser, server);
    await signInAt(clerk.page, 'clerk01', 1);
    await pad(clerk.page, 'call-next').click();
    const called = await shownTicket(clerk.page);
    expect(called.number).toBe(number);
    expect(early.map((t) => t.number)).not.toContain(number);
    expect(await clerk.page.getByTestId('ticket-booking').textContent()).toContain('预约 09:30 · 早到 30 分钟');
    await screenshot(clerk.page, 'story-called-console');
    expect(clerk.problems).toEqual([]);
    // The booking's phone hears where to go.
    expect((await smsTo(server, '13812345678')).filter((t) => t.includes('1 号窗口'))).toHaveLength(1);
    await Promise.all([phone.close(), kiosk.page.close(), clerk.context.close()]);
  });

  it('a ticket from the phone hears "your turn is near" once, and "called" once', async () => {
    const clerk = await server.clerkAt(19);
    const serveNext = async () => {
      for (const step of ['call-next', 'start']) await server.app.inject({ method: 'POST', url: `/api/windows/19/${step}`, headers: { cookie: clerk }, payload: {} });
      await server.app.inject({ method: 'POST', url: '/api/windows/19/finish', headers: { cookie: clerk }, payload: { outcome: { kind: 'consultation' } } });
    };
    for (let i = 0; i < 5; i++) await walkIn('legal-001');

    const { page, problems } = await phonePage('/book');
    await page.getByTestId('search').fill('flyz');
    await page.locator('[data-testid="matter-row"][data-matter="legal-001"]').click();
    await page.getByTestId('choose-remote').click();
    await provePhone(page, '13712345678');
    await page.getByTestId('take-remote').click();
    await page.waitForURL(/\/t\/[A-Za-z0-9_-]+$/);
    await page.getByTestId('track-number').waitFor();
    const mine = (await page.getByTestId('track-number').textContent()) ?? '';
    const near = async () => (await smsTo(server, '13712345678')).filter((t) => t.includes(mine) && t.includes('前面还有'));

    await serveNext();
    expect(await near()).toEqual([]);
    await serveNext();
    expect(await near()).toHaveLength(1);
    expect((await near())[0]).toContain('前面还有 3 人');
    // The phone's page follows the line live and says the same.
    await expect.poll(() => page.getByTestId('track-wait').textContent(), { timeout: 15_000 }).toContain('前面还有 3 人');
    await screenshot(page, 'story-remote-track');
    for (let i = 0; i < 3; i++) await serveNext();
    expect(await near()).toHaveLength(1);
    await server.app.inject({ method: 'POST', url: '/api/windows/19/call-next', headers: { cookie: clerk }, payload: {} });
    await page.getByTestId('track-status').and(page.locator('[data-status="called"]')).waitFor();
    expect((await smsTo(server, '13712345678')).filter((t) => t.includes('19 号窗口'))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
