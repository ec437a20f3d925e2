/**
 * 管理 → 预约 in Chromium: an admin changes the appointment rules (a value out of bounds refused on the
 * page, the cap explained in one sentence with the values typed), issues the city platform a key (shown
 * once, copied, then listed by prefix only), the key books nothing once revoked; the visitors' page opens
 * from a link; a supervisor reads the rules and never sees the keys.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppointmentRulesDto } from '../../admin/appointments-store.js';
import { screenshot } from '../support/browser.js';
import { platformBooker } from '../support/platform-booking.js';
import { adminE2E } from './admin-helpers.js';

const e2e = adminE2E();
const { problems } = e2e;
const VIEW = { width: 1400, height: 1300 };

async function partAs(username: string): Promise<Page> {
  const page = await e2e.manageAs(username, 'appointments', VIEW);
  await page.getByTestId('rules-form').waitFor();
  return page;
}

const serverRules = async (): Promise<AppointmentRulesDto> =>
  (await e2e.server.app.inject({ url: '/api/settings', headers: { cookie: await e2e.server.login('admin') } })).json<{ appointments: AppointmentRulesDto }>().appointments;
const platformCall = (key: string) => e2e.server.app.inject({ url: '/api/platform/bookings/ZZZZ9999', headers: { authorization: `Bearer ${key}` } });
const input = (page: Page, name: string) => page.getByTestId('rules-form').locator(`input[name="${name}"]`);

describe('admin page, 管理 → 预约', () => {
  it('an admin changes the rules; a value out of bounds is refused on the page and nothing is saved', async () => {
    const page = await partAs('admin');
    const before = await serverRules();
    expect(await input(page, 'share').inputValue()).toBe(String(Math.round(before.share * 1000) / 10));
    expect(await page.getByTestId('cap-sentence').textContent()).toContain(`等候超过 ${before.walkInWaitMin} 分钟时，每个窗口每 ${before.capEvery} 次叫号最多优先 1 个预约`);

    await input(page, 'daysAhead').fill('90');
    expect(await page.getByTestId('rule-problem-daysAhead').textContent()).toContain('0–60');
    await page.getByTestId('rules-save').click();
    expect(await page.getByTestId('rules-problem').textContent()).toContain('1 项超出范围');
    await screenshot(page, 'admin-appointments-invalid');
    expect(await serverRules()).toEqual(before);

    await input(page, 'daysAhead').fill('14');
    await input(page, 'share').fill('25');
    await input(page, 'walkInWaitMin').fill('15');
    await input(page, 'capEvery').fill('4');
    expect(await page.getByTestId('cap-sentence').textContent()).toContain('等候超过 15 分钟时，每个窗口每 4 次叫号最多优先 1 个预约');
    await page.getByTestId('rules-form').locator('input[name="remoteTickets"]').uncheck();
    expect(await page.getByTestId('rules-save').textContent()).toContain('5 项');
    await page.getByTestId('rules-save').click();
    await page.getByTestId('rules-saved').waitFor();
    expect(await page.getByTestId('rules-saved').textContent()).toBe('已保存 · Saved');
    expect(await serverRules()).toEqual({ ...before, daysAhead: 14, share: 0.25, walkInWaitMin: 15, capEvery: 4, remoteTickets: false });
    await screenshot(page, 'admin-appointments-rules');

    // The visitors' page, in a tab of its own.
    const link = page.getByTestId('book-link');
    expect(await link.getAttribute('target')).toBe('_blank');
    const [visitor] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await visitor.waitForLoadState();
    expect(new URL(visitor.url()).pathname).toBe('/book');
  });

  it('an admin issues a key (shown once, copied), sees it listed by prefix, and revokes it after confirming', async () => {
    const page = await partAs('admin');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('api-clients-empty').waitFor();
    expect(await page.getByTestId('api-howto').textContent()).toContain('authorization: Bearer');
    await page.getByTestId('api-key-form').locator('input[name="client-name"]').fill('i厦门');
    await page.getByTestId('api-key-issue').click();
    const key = (await page.getByTestId('api-key').textContent()) ?? '';
    expect(key).toMatch(/^hqk_/);
    await page.getByTestId('api-key-copy').click();
    await page.getByTestId('api-key-copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await page.getByTestId('api-keys-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-api-key-issued');
    expect((await platformCall(key)).json().error.code).toBe('booking-not-found');

    await page.getByTestId('api-key-dismiss').click();
    expect(await page.getByTestId('api-key').count()).toBe(0);
    const row = page.getByTestId('api-clients').locator('tbody tr').first();
    const prefix = (await row.getByTestId('api-key-prefix').textContent())?.replace('…', '') ?? '';
    expect(key.startsWith(prefix) && prefix.length >= 6).toBe(true);
    expect(await page.getByTestId('api-keys-section').textContent()).not.toContain(key);

    await row.getByTestId('api-key-revoke').click();
    expect((await platformCall(key)).statusCode).toBe(404);
    await screenshot(page, 'admin-api-key-confirm');
    await page.getByTestId('api-key-confirm-yes').click();
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    expect(await row.getByTestId('api-client-state').textContent()).toContain('已吊销');
    expect((await platformCall(key)).json().error.code).toBe('api-key-invalid');
    await screenshot(page, 'admin-api-key-revoked');
  });

  it('a supervisor reads the rules but cannot change them, and sees no keys', async () => {
    const page = await partAs('supervisor');
    expect(await input(page, 'walkInWaitMin').inputValue()).toBe('15');
    expect(await input(page, 'walkInWaitMin').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('rules-form').locator('input[name="enabled"]').isDisabled()).toBe(true);
    expect(await page.getByTestId('rules-save').count()).toBe(0);
    expect(await page.getByTestId('api-keys-admin-only').textContent()).toContain('仅管理员');
    expect(await page.getByTestId('api-clients').count()).toBe(0);
    expect(await page.getByTestId('api-key-form').count()).toBe(0);
    await screenshot(page, 'admin-appointments-supervisor');
    expect(problems).toEqual([]);
  });

  it('a supervisor reads a day\'s bookings: slot order, counts, names and phones masked', async () => {
    const slots = (await e2e.server.app.inject({ url: '/api/booking/slots?matterId=market-005' })).json<{ days: { day: string; slots: { start: string }[] }[] }>();
    const day = slots.days.at(-1);
    if (!day || day.slots.length < 2) throw new Error('no bookable day');
    const booker = await platformBooker(e2e.server);
    const late = await booker.book({ matterId: 'market-005', day: day.day, start: day.slots[1]?.start ?? '', name: '欧阳娜娜' });
    await booker.book({ matterId: 'market-005', day: day.day, start: day.slots[0]?.start ?? '', name: '林晓明' });
    await booker.cancel(late.code);
    const page = await partAs('supervisor');
    await page.getByTestId('bookings-day').fill(day.day);
    await page.getByTestId('bookings-day').dispatchEvent('change');
    await page.locator('.bookings-table tbody tr').nth(1).waitFor();
    const rows = await page.locator('.bookings-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-status'), tr.textContent ?? '']));
    expect(rows.map(([status, text]) => [status, text?.includes('林**'), text?.includes('欧***')])).toEqual([['booked', true, false], ['cancelled', false, true]]);
    expect(await page.getByTestId('booking-counts').textContent()).toMatch(/待签到 1.*已取消 1/);
    expect(await page.content()).not.toContain(late.code);
    await screenshot(page, 'admin-appointments-bookings');
    expect(problems).toEqual([]);
  });
});
