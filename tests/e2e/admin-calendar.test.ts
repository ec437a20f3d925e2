/** The admin page's working-day calendar in Chromium: read by anyone, a day and a whole year edited by the administrator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { workCalendarOf } from '../../server/app/calendar.js';
import { isWorkingDay } from '../../server/domain/working-days.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cell = (page: Page, day: string) => page.locator(`.cal-day[data-day="${day}"]`);

/** The page opens on the browser's current year; step to the wanted one whatever the clock says. */
async function showYear(page: Page, year: number): Promise<void> {
  const label = page.getByTestId('calendar-year');
  for (;;) {
    const shown = Number((await label.textContent())?.replace(/\D/g, ''));
    if (shown === year) break;
    await page.getByRole('button', { name: shown > year ? '上一年 Previous year' : '下一年 Next year' }).click();
    await expect.poll(async () => (await label.textContent()) !== `${shown} 年`).toBe(true);
  }
  await cell(page, `${year}-01-01`).waitFor();
}

describe('admin page, working-day calendar', () => {
  it('shows the seeded year to anyone; the administrator sets and clears a day and loads a year from JSON', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 2200 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/admin`);
    await page.getByTestId('calendar').waitFor();
    await showYear(page, 2026);

    // Signed out: read-only, with the official arrangement.
    expect(await cell(page, '2026-10-01').getAttribute('data-kind')).toBe('holiday');
    expect(await cell(page, '2026-10-10').getAttribute('data-kind')).toBe('workday');
    expect(await cell(page, '2026-10-10').textContent()).toContain('班');
    expect(await cell(page, '2026-10-11').getAttribute('data-kind')).toBe('weekend');
    expect(await page.getByTestId('calendar-working-days').textContent()).toBe('248');
    expect(await cell(page, '2026-11-20').isDisabled()).toBe(true);

    const form = page.getByTestId('sign-in');
    await form.locator('input[name="username"]').fill('admin');
    await form.locator('input[name="password"]').fill('demo');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('tab-manage').click();
    await page.getByTestId('calendar-load').waitFor({ state: 'attached' });

    // One day: a weekday becomes a holiday with its name, and back.
    await cell(page, '2026-11-20').click();
    await page.locator('input[name="day-name"]').fill('厦门经济特区纪念日');
    await page.getByTestId('calendar-set').click();
    await expect.poll(() => cell(page, '2026-11-20').getAttribute('data-kind')).toBe('holiday');
    expect(await page.getByTestId('calendar-working-days').textContent()).toBe('247');
    expect(isWorkingDay(workCalendarOf(server.app.hall), '2026-11-20')).toBe(false);
    await cell(page, '2026-11-20').click();
    await page.getByTestId('calendar-clear').click();
    await expect.poll(() => cell(page, '2026-11-20').getAttribute('data-kind')).toBe('normal');
    expect(isWorkingDay(workCalendarOf(server.app.hall), '2026-11-20')).toBe(true);

    // A Saturday can only become a make-up working day.
    await cell(page, '2026-12-26').click();
    expect(await page.getByTestId('calendar-set').textContent()).toContain('设为调休上班');
    await page.getByTestId('calendar-set').click();
    await expect.poll(() => cell(page, '2026-12-26').getAttribute('data-kind')).toBe('workday');
    await screenshot(page, 'admin-calendar-2026');

    // A whole year from JSON: a mistake is refused with the day named, then the corrected list is taken.
    await showYear(page, 2027);
    await page.locator('.cal-load summary').click();
    const json = page.getByTestId('calendar-json');
    await json.fill(JSON.stringify({ days: [{ day: '2027-02-06', kind: 'holiday', name: '春节' }] }));
    await page.getByTestId('calendar-load').click();
    expect(await page.getByTestId('calendar-problem').textContent()).toContain('2027-02-06');
    await json.fill(JSON.stringify({ days: [{ day: '2027-02-05', kind: 'holiday', name: '春节' }, { day: '2027-02-20', kind: 'workday', name: '春节调休上班' }] }));
    await page.getByTestId('calendar-load').click();
    await expect.poll(() => cell(page, '2027-02-20').getAttribute('data-kind')).toBe('workday');
    expect(await cell(page, '2027-10-01').getAttribute('data-kind')).toBe('normal');
    expect(await page.getByTestId('calendar-problem').count()).toBe(0);
    expect(isWorkingDay(workCalendarOf(server.app.hall), '2027-02-20')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
