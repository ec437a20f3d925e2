/**
 * 排班 in Chromium: an admin edits the week template in place and overrides a day; the page and the
 * API agree; a clerk's console shows its window's plan for today and follows a change live; a
 * supervisor reads without editing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RosterDayDto, RosterWeekDto } from '../../contract/routes-roster.js';
import { screenshot } from '../support/browser.js';
import { adminE2E } from './admin-helpers.js';
import { movableClock } from '../support/clock.js';
import { openConsole, signInAt } from './clerk-helpers.js';

// Wednesday 2026-12-02, 09:00 in Xiamen: "today" for the e2e.server, the page and the console.
const clock = movableClock(Date.UTC(2026, 11, 2, 1, 0));
const e2e = adminE2E({ clock });
const { problems } = e2e;

async function rosterAs(username: string): Promise<Page> {
  const page = await e2e.manageAs(username, 'roster', { width: 1400, height: 1000 });
  await page.getByTestId('roster-week').waitFor();
  await page.getByTestId('roster-day-kind').waitFor();
  return page;
}

const read = async <T>(url: string): Promise<T> => (await e2e.server.app.inject({ url, headers: { cookie: await e2e.server.login('supervisor') } })).json<T>();
const NEW_WEDNESDAY = [['09:20', '12:00'], ['13:30', '17:30']];

describe('admin page, 管理 → 排班', () => {
  it('an admin edits window 5\'s Wednesday and closes window 6 for the day; a clerk at window 5 sees the plan', async () => {
    const page = await rosterAs('admin');
    const cell = page.getByTestId('roster-cell-5-3');
    expect(await cell.textContent()).toBe('08:30–12:00 · 13:30–17:30');
    expect(await page.getByTestId('roster-cell-5-6').textContent()).toContain('休');

    // A span typed backwards is refused on the page; nothing is sent.
    await cell.click();
    await page.getByTestId('roster-cell-input').fill('12:00-09:20');
    await page.getByTestId('roster-cell-input').press('Enter');
    expect(await page.getByTestId('roster-cell-problem').textContent()).toContain('开始应早于结束');
    await page.getByTestId('roster-cell-input').fill('09:20-12:00, 13:30-17:30');
    await page.getByTestId('roster-cell-input').press('Enter');
    await expect.poll(() => cell.textContent()).toBe('09:20–12:00 · 13:30–17:30');
    const week = await read<RosterWeekDto>('/api/roster/week');
    expect(week.windows.find((w) => w.number === 5)?.week[2]).toEqual(NEW_WEDNESDAY);
    expect(week.windows.find((w) => w.number === 5)?.week[1]).toEqual([['08:30', '12:00'], ['13:30', '17:30']]);
    await page.getByTestId('roster-cell-8-3').click();
    await screenshot(page, 'admin-roster-week');
    await page.keyboard.press('Escape');

    // The day view opens on the server's today (Wednesday): window 5 from the new template; window 6 closed by an override.
    expect(await page.getByTestId('roster-day-input').inputValue()).toBe('2026-12-02');
    expect(await page.getByTestId('roster-day-cell-5').textContent()).toBe('09:20–12:00 · 13:30–17:30');
    await page.getByTestId('roster-day-cell-6').click();
    await page.getByTestId('roster-cell-input').fill('休');
    await page.getByTestId('roster-day-save').click();
    const row6 = page.locator('[data-testid="roster-day"] tr[data-window="6"]');
    await expect.poll(() => row6.getAttribute('data-source')).toBe('override');
    expect(await page.getByTestId('roster-day-cell-6').textContent()).toContain('休');
    const today = await read<RosterDayDto>('/api/roster?day=2026-12-02');
    expect(today.windows.find((w) => w.number === 6)).toMatchObject({ spans: [], source: 'override' });
    expect(today.windows.find((w) => w.number === 5)).toMatchObject({ spans: NEW_WEDNESDAY, source: 'template' });
    await page.getByTestId('roster-day').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-roster-day');

    // The clerk at window 5 sees today's plan, and a change the admin makes while signed in.
    const clerk = await openConsole(e2e.browser, e2e.server);
    e2e.adopt(clerk.context);
    await signInAt(clerk.page, 'clerk05');
    const plan = clerk.page.getByTestId('roster-plan');
    await expect.poll(() => plan.textContent()).toBe('今日排班 09:20–12:00 · 13:30–17:30');
    await page.getByTestId('roster-day-cell-5').click();
    await page.getByTestId('roster-cell-input').fill('休');
    await page.getByTestId('roster-cell-input').press('Enter');
    await expect.poll(() => plan.textContent()).toBe('今日未排班 not rostered');
    await screenshot(clerk.page, 'clerk-roster-none');
    // 恢复模板: back to Wednesday's template, on the page and at the console.
    await page.getByTestId('roster-back-5').click();
    await expect.poll(() => plan.textContent()).toBe('今日排班 09:20–12:00 · 13:30–17:30');
    await expect.poll(() => page.locator('[data-testid="roster-day"] tr[data-window="5"]').getAttribute('data-source')).toBe('template');
    await screenshot(clerk.page, 'clerk-roster-plan');
    expect(clerk.problems).toEqual([]);
  });

  it('a supervisor reads the roster but cannot edit it', async () => {
    const page = await rosterAs('supervisor');
    expect(await page.getByTestId('roster-cell-5-3').textContent()).toBe('09:20–12:00 · 13:30–17:30');
    await page.getByTestId('roster-cell-5-3').click();
    expect(await page.getByTestId('roster-cell-input').count()).toBe(0);
    expect(await page.getByTestId('roster-back-6').count()).toBe(0);
    expect(await page.locator('[data-testid="roster-day"] tr[data-window="6"]').getAttribute('data-source')).toBe('override');
    // The live board: every window's plan today, and the windows planned open but still closed at 09:00.
    await page.getByTestId('tab-live').click();
    const plan5 = page.locator('[data-testid="live-windows"] tr[data-window="5"] [data-testid="window-plan"]');
    await expect.poll(() => plan5.textContent()).toBe('09:20–12:00 · 13:30–17:30');
    expect(await plan5.getAttribute('data-open-now')).toBe('false');
    expect(await page.locator('[data-testid="live-windows"] tr[data-window="6"] [data-testid="window-plan"]').textContent()).toContain('未排班');
    expect(await page.locator('[data-testid="live-windows"] tr[data-window="1"] [data-testid="window-plan"]').getAttribute('data-open-now')).toBe('true');
    expect(await page.locator('[data-testid="live-alerts"] [data-kind="window-not-open-as-planned"]').textContent()).toContain('按排班应开放但未开放');
    await page.getByTestId('live-windows').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-live-roster');
    expect(problems).toEqual([]);
  });
});
