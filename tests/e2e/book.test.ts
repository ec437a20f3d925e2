/**
 * The visitor's booking page (/book) in Chromium on a phone-sized screen: find a matter, book a
 * slot with the one-time code from the recording notifier, keep and open the manage link, cancel;
 * a ticket from the phone landing on its tracking page. Screenshots of every screen, zh and en.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Static } from '@sinclair/typebox';
import type { Booking } from '../../contract/routes-bookings.js';
import { codeSentTo } from '../../book/book-test-support.js';
import { launchBrowser, openPhone, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

type BookingDto = Static<typeof Booking>;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  // Monday 2026-11-30 09:00 in Shanghai: the demo roster is open, so today has slots.
  [server, browser] = await Promise.all([startServer({ clock: movableClock(Date.UTC(2026, 10, 30, 1, 0, 0)) }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(path: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPhone(browser, server.url + path, { consoleErrors: true });
  await opened.page.locator('.bk').waitFor();
  return opened;
}

/** The full page, so the screenshot shows what the visitor scrolls through. */
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
let SHOTS = '';

async function bookingOf(token: string): Promise<BookingDto> {
  const r = await server.app.inject({ url: `/api/bookings/${token}` });
  expect(r.statusCode).toBe(200);
  return r.json<BookingDto>();
}

async function verifyPhone(page: Page, number: string): Promise<void> {
  await page.getByTestId('phone').fill(number);
  await page.getByTestId('send-code').click();
  await page.getByTestId('code-sent').waitFor();
  await page.getByTestId('code').fill(await codeSentTo(server, number));
}

describe('booking on the phone (/book)', () => {
  beforeAll(async () => {
    const { page } = await phone('/book');
    SHOTS = (await screenshot(page, 'book-find-zh')).replace(/\/[^/]+$/, '');
    await page.close();
  });

  it('finds the matter by pinyin, books today 10:00 with the SMS code, shows code, QR and check-in window', async () => {
    const { page, problems } = await phone('/book');
    await page.getByTestId('search').fill('gsbg');
    await page.locator('[data-testid="matter-row"][data-matter="market-003"]').click();
    expect(await page.getByTestId('matter-title').textContent()).toBe('公司变更登记');
    await page.getByTestId('checklist').waitFor();
    await shot(page, 'book-matter-zh');

    await page.getByTestId('choose-book').click();
    await page.locator('[data-testid="day"][data-day="2026-11-30"][aria-selected="true"]').waitFor();
    expect(await page.locator('[data-testid="day"]').first().textContent()).toBe('11月30日 周一');
    await shot(page, 'book-slots-zh');
    await page.locator('[data-testid="slot"][data-start="10:00"]').click();
    await page.getByTestId('name').fill('林晓明');
    await verifyPhone(page, '13812345678');
    expect(await page.getByTestId('send-code').isDisabled()).toBe(true);
    expect(await page.getByTestId('send-code').textContent()).toMatch(/秒后可重发/);
    await shot(page, 'book-form-zh');
    await page.getByTestId('confirm').click();

    await page.getByTestId('booked').waitFor();
    const code = (await page.getByTestId('booking-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await page.locator('.bk-booking svg.qr').getAttribute('data-qr')).toBe(code);
    expect(await page.getByTestId('check-in-window').textContent()).toBe('请在 09:30–10:15 到大厅自助机签到');
    const href = (await page.getByTestId('manage-link').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/book\/b\/[A-Za-z0-9_-]{16,}$/);
    expect(new URL(page.url()).pathname).toBe(href);
    const token = href.replace('/book/b/', '');
    expect(await bookingOf(token)).toMatchObject({ code, day: '2026-11-30', start: '10:00', status: 'booked', name: '林晓明', phoneMasked: '138****5678' });
    await shot(page, 'book-done-zh');
    expect(problems).toEqual([]);
    await page.close();

    // The manage link, opened later: the booking, then cancelled after a confirmation.
    const manage = await phone(href);
    await manage.page.locator('[data-testid="booking-status"]').waitFor();
    expect(await manage.page.getByTestId('booking-status').textContent()).toBe('已预约');
    await shot(manage.page, 'book-manage-zh');
    await manage.page.getByTestId('cancel').click();
    await manage.page.getByTestId('cancel-confirm').waitFor();
    await shot(manage.page, 'book-manage-confirm-zh');
    await manage.page.getByTestId('cancel-yes').click();
    await manage.page.locator('[data-testid="booking"][data-status="cancelled"]').waitFor();
    expect(await manage.page.getByTestId('booking-status').textContent()).toBe('已取消');
    expect(await manage.page.locator('svg.qr').count()).toBe(0);
    expect((await bookingOf(token)).status).toBe('cancelled');
    await shot(manage.page, 'book-manage-cancelled-zh');
    expect(manage.problems).toEqual([]);
    await manage.page.close();
  });

  it('in English: browse by department, a wrong code is refused in words, then booked and managed', async () => {
    const { page, problems } = await phone('/book');
    await page.getByTestId('lang').click();
    expect(await page.locator('.bk-title').textContent()).toBe('Book a visit');
    await shot(page, 'book-find-en');
    await page.locator('[data-testid="department"][data-department="market-supervision"]').click();
    await page.locator('[data-testid="matter-row"][data-matter="market-002"]').click();
    await shot(page, 'book-matter-en');
    await page.getByTestId('choose-book').click();
    await page.locator('[data-testid="day"][data-day="2026-12-01"]').click();
    await page.locator('[data-testid="slot"][data-start="14:00"]').click();
    await page.getByTestId('name').fill('Li Wei');
    await verifyPhone(page, '13912345678');
    const right = (await page.getByTestId('code').inputValue());
    await page.getByTestId('code').fill(right === '000000' ? '111111' : '000000');
    await page.getByTestId('confirm').click();
    expect(await page.getByTestId('refusal').textContent()).toBe('The code is wrong or has expired: check it or ask for a new one.');
    await shot(page, 'book-refused-en');
    await page.getByTestId('code').fill(right);
    await page.getByTestId('confirm').click();
    await page.getByTestId('booked').waitFor();
    expect(await page.getByTestId('check-in-window').textContent()).toBe('Check in at a hall kiosk between 13:30 and 14:15');
    await shot(page, 'book-done-en');
    const href = (await page.getByTestId('manage-link').getAttribute('href')) ?? '';
    // The one refused request (the wrong code) is the only thing the console reports.
    expect(problems).toEqual(['Failed to load resource: the server responded with a status of 403 (Forbidden)']);
    await page.close();

    const manage = await phone(`${href}?lang=en`);
    await manage.page.getByTestId('booking-status').waitFor();
    expect(await manage.page.getByTestId('booking-status').textContent()).toBe('Booked');
    await shot(manage.page, 'book-manage-en');
    await manage.page.close();
  });

  it('a district matter says where to go and offers no booking; shared materials say 免提交', async () => {
    const { page } = await phone('/book');
    await page.getByTestId('search').fill('个体工商户设立');
    await page.locator('[data-testid="matter-row"][data-matter="market-001"]').click();
    await page.getByTestId('district').waitFor();
    expect(await page.getByTestId('choose-book').count()).toBe(0);
    await shot(page, 'book-district-zh');
    // A material the platform shares is listed but marked as not to be brought.
    await page.getByTestId('back').click();
    await page.getByTestId('search').fill('食品经营许可');
    await page.locator('[data-testid="matter-row"][data-matter="market-005"]').click();
    expect(await page.getByTestId('material-shared').first().textContent()).toContain('免提交 · 电子证照共享');
    await page.close();
  });

  it('the phone\'s back button steps back one screen at a time, as the page\'s own 返回 does', async () => {
    const { page, problems } = await phone('/book');
    await page.getByTestId('search').fill('gsbg');
    await page.locator('[data-testid="matter-row"][data-matter="market-003"]').click();
    await page.getByTestId('choose-book').click();
    await page.locator('[data-testid="slot"]').first().waitFor();
    await page.goBack();
    await page.getByTestId('matter-title').waitFor();
    expect(await page.getByTestId('matter-title').textContent()).toBe('公司变更登记');
    await page.goBack();
    await page.getByTestId('search').waitFor();
    expect(new URL(page.url()).pathname).toBe('/book');
    // The page's own 返回 goes through the same history: the phone's back then has no dead step.
    await page.locator('[data-testid="matter-row"][data-matter="market-003"]').click();
    await page.getByTestId('choose-book').click();
    await page.getByTestId('back').click();
    await page.getByTestId('matter-title').waitFor();
    await page.goBack();
    await page.getByTestId('search').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a ticket from the phone lands on its tracking page (/t/<id>)', async () => {
    const { page, problems } = await phone('/book');
    await page.getByTestId('search').fill('gsbg');
    await page.locator('[data-testid="matter-row"][data-matter="market-003"]').click();
    await page.getByTestId('choose-remote').click();
    await verifyPhone(page, '13712345678');
    await shot(page, 'book-remote-zh');
    await page.getByTestId('take-remote').click();
    await page.waitForURL(/\/t\/[A-Za-z0-9_-]+$/);
    await page.getByTestId('track-number').waitFor();
    const id = new URL(page.url()).pathname.replace('/t/', '');
    const ticket = await server.app.inject({ url: `/api/tickets/${id}` });
    expect(ticket.json<{ source: string; number: string }>()).toMatchObject({ source: 'phone', number: await page.getByTestId('track-number').textContent() });
    await shot(page, 'book-remote-track-zh');
    expect(problems).toEqual([]);
    await page.close();
  });
});
