/**
 * 管理 → 人员, 窗口, 审计 and the assessment weights in Chromium: an admin creates clerk99 (the one-time
 * password signs in at /clerk, to be changed), disables it (sign-in refused), renames window 3 with a second
 * queue (the public window list shows it), reads those changes in the audit log; a supervisor reads only.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WindowDto } from '../../contract/dto.js';
import { screenshot } from '../support/browser.js';
import { adminE2E } from './admin-helpers.js';

const e2e = adminE2E();
const { problems } = e2e;
const { newPage, signIn } = e2e;
const partAs = (username: string, part: string): Promise<Page> => e2e.manageAs(username, part);

async function clerkSignIn(username: string, password: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${e2e.server.url}/clerk`);
  await signIn(page, username, password);
  return page;
}

const publicWindows = async () => (await e2e.server.app.inject('/api/windows')).json<WindowDto[]>();

describe('admin page: staff accounts, windows, audit', () => {
  let admin: Page;
  let password = '';

  it('creates clerk99; the one-time password shown once signs in at /clerk and must be changed', async () => {
    admin = await partAs('admin', 'staff');
    await admin.getByTestId('account-new').click();
    const form = admin.getByTestId('account-form');
    await form.locator('input[name="username"]').fill('clerk99');
    await form.locator('input[name="name"]').fill('郑小雨');
    await form.locator('input[name="staffNo"]').fill('XM099');
    await form.locator('select[name="defaultWindow"]').selectOption('3');
    await screenshot(admin, 'admin-account-new');
    await admin.getByTestId('account-save').click();
    const box = admin.getByTestId('one-time-password');
    await box.waitFor();
    password = await admin.getByTestId('one-time-value').inputValue();
    expect(password.length).toBeGreaterThanOrEqual(8);
    expect(await box.textContent()).toContain('只显示这一次');
    await screenshot(admin, 'admin-staff-one-time-password');

    const clerk = await clerkSignIn('clerk99', password);
    await clerk.getByTestId('change-password').waitFor();

    await admin.getByTestId('one-time-done').click();
    expect(await admin.getByTestId('one-time-password').count()).toBe(0);
    expect(await admin.content()).not.toContain(password);
    const row = admin.locator('tr[data-user="clerk99"]');
    expect(await row.getByTestId('account-state').textContent()).toContain('需改密');
  });

  it('disables clerk99 after a confirmation; its sign-in is then refused', async () => {
    const row = admin.locator('tr[data-user="clerk99"]');
    await row.getByTestId('account-disable').click();
    const confirm = admin.getByTestId('account-confirm');
    expect(await confirm.textContent()).toContain('停用 郑小雨 的账号');
    await admin.getByTestId('account-confirm-yes').click();
    await expect.poll(() => row.getByTestId('account-state').textContent()).toContain('已停用');
    expect(await row.getByTestId('account-enable').count()).toBe(1);
    await screenshot(admin, 'admin-staff-list');

    const refused = await e2e.server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'clerk99', password } });
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('account-disabled');
    const clerk = await clerkSignIn('clerk99', password);
    await clerk.getByTestId('sign-in').getByRole('alert').waitFor();
    expect(await clerk.getByTestId('change-password').count()).toBe(0);
  });

  it('renames window 3 and gives it a second queue; the public window list shows it', async () => {
    await admin.getByTestId('manage-tab-windows').click();
    const row = admin.locator('tr[data-window="3"]');
    await row.getByTestId('window-edit').click();
    const form = admin.getByTestId('window-form');
    await form.locator('input[name="name"]').fill('3号综合受理');
    const own = form.getByTestId('window-own-queues');
    const before = (await publicWindows()).find((w) => w.number === 3);
    const extra = own.locator('input[type="checkbox"]:not(:checked)').first();
    const extraId = await extra.getAttribute('value');
    await extra.check();
    await form.scrollIntoViewIfNeeded();
    await screenshot(admin, 'admin-window-edit');
    await admin.getByTestId('window-save').click();
    await expect.poll(async () => (await publicWindows()).find((w) => w.number === 3)?.name).toBe('3号综合受理');
    const after = (await publicWindows()).find((w) => w.number === 3);
    expect(after?.queueIds).toEqual(expect.arrayContaining([...(before?.queueIds ?? []), extraId]));
    expect(after?.queueIds).toHaveLength((before?.queueIds.length ?? 0) + 1);
    await expect.poll(() => row.locator('.chip').count()).toBeGreaterThanOrEqual(2);
    await row.scrollIntoViewIfNeeded();
    await screenshot(admin, 'admin-windows');
  });

  it('the audit log lists those changes with before → after', async () => {
    await admin.getByTestId('manage-tab-audit').click();
    const table = admin.getByTestId('audit-table');
    await table.waitFor();
    const windowRow = table.locator('tr[data-action="window-changed"]').first();
    expect(await windowRow.textContent()).toMatch(/名称\/姓名 name: .+ → 3号综合受理/);
    const userRow = table.locator('tr[data-action="user-changed"]').first();
    expect(await userRow.textContent()).toContain('停用 disabled: 否 no → 是 yes');
    expect(await table.locator('tr[data-action="user-created"]').first().textContent()).toContain('clerk99');
    await screenshot(admin, 'admin-audit');
    await admin.locator('select[name="action"]').selectOption('window-changed');
    await expect.poll(() => table.locator('tbody tr:not([data-action="window-changed"])').count()).toBe(0);
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('audit-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv$/);
  });

  it('saves a changed assessment weight, showing the sum and each share', async () => {
    await admin.getByTestId('manage-tab-hall').click();
    const weights = admin.getByTestId('weights');
    await weights.waitFor();
    await weights.locator('input[name="weight-public"]').fill('40');
    expect(await admin.getByTestId('settings-save').textContent()).toContain('1 项');
    await admin.getByTestId('settings-save').click();
    await admin.getByTestId('settings-saved').waitFor();
    const saved = (await e2e.server.app.inject({ url: '/api/settings', headers: { cookie: await e2e.server.login('supervisor') } })).json<{ assessmentWeights: Record<string, number> }>();
    expect(saved.assessmentWeights.public).toBe(40);
    const sum = Object.values(saved.assessmentWeights).reduce((a, b) => a + b, 0);
    expect(await admin.getByTestId('weight-sum').textContent()).toContain(`合计 ${sum}`);
    expect(await admin.getByTestId('weight-share-public').textContent()).toBe(`${Math.round((40 / sum) * 100)}%`);
    await weights.scrollIntoViewIfNeeded();
    await screenshot(admin, 'admin-weights');
  });

  it('a supervisor sees windows, staff and audit read-only', async () => {
    const page = await partAs('supervisor', 'staff');
    await page.locator('tr[data-user="clerk99"]').waitFor();
    for (const id of ['account-new', 'account-edit', 'account-disable', 'account-reset']) expect(await page.getByTestId(id).count()).toBe(0);
    await page.getByTestId('manage-tab-windows').click();
    await page.locator('tr[data-window="3"]').waitFor();
    expect(await page.getByTestId('window-edit').count()).toBe(0);
    expect(await page.getByTestId('window-new').count()).toBe(0);
    await page.getByTestId('manage-tab-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('manage-tab-hall').click();
    expect(await page.locator('input[name="weight-public"]').getAttribute('readonly')).not.toBeNull();
    expect(problems).toEqual([]);
  });
});
