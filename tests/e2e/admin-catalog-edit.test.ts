/**
 * Issue 12, "edit a checklist at /admin, see it on the kiosk without a reload": an admin adds a
 * material with its check standard to 食品经营许可 on 管理 → 事项 while a kiosk shows that matter;
 * the open kiosk picks up the new catalogue version. Forms are uploaded through the page's file
 * input (a text file named .png is refused), a supervisor sees the editor read-only, and a queue's
 * stop-issuing margin saved on 管理 → 队列 is in the catalogue export. One server, one Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FORM_TYPE_REFUSED } from '../../admin/matters-messages.js';
import type { CatalogDto } from '../../contract/dto.js';
import { screenshot } from '../support/browser.js';
import { adminE2E } from './admin-helpers.js';
import { openKiosk, openMatter, searchByKeys } from './kiosk-helpers.js';

const e2e = adminE2E();
const { problems } = e2e;

/** A fresh browser profile signed in as `username`, on 管理 → `part`. */
async function manageAs(username: string, part: 'matters' | 'queues'): Promise<Page> {
  const page = await e2e.manageAs(username, part, { width: 1400, height: 1600 });
  await page.getByTestId(part === 'matters' ? 'matter-list' : 'queues-table').waitFor();
  return page;
}

async function openFood(page: Page): Promise<void> {
  await page.locator('input[name="matter-query"]').fill('食品经营');
  await page.getByTestId('matter-pick-market-005').click();
  await page.getByTestId('matter-editor').waitFor();
}

const asSupervisor = async (url: string) => e2e.server.app.inject({ url, headers: { cookie: await e2e.server.login('supervisor') } });
const LINE = '消防安全承诺书';
const STANDARD = '使用现行版本，加盖公章，法定代表人签字';

/** A PNG as a hall would scan a sample form: drawn by Chromium itself. */
async function samplePng(): Promise<Buffer> {
  const page = await e2e.browser.newPage({ viewport: { width: 400, height: 300 } });
  await page.setContent('<body style="font:20px sans-serif;padding:24px;background:#fff"><h3>消防安全承诺书（样表）</h3><p style="color:#c00">红字为填写示例</p></body>');
  const png = await page.screenshot({ type: 'png' });
  await page.close();
  return png;
}

describe('管理 → 事项 and 队列 in Chromium', () => {
  it('a checklist line saved at /admin appears on the kiosk already showing that matter, without a reload', async () => {
    const kiosk = await openKiosk(e2e.browser, e2e.server, 'device=K01&idle=600');
    // Set on the page's window: a reload or a navigation would lose it.
    await kiosk.page.evaluate(() => { document.documentElement.dataset.sameDocument = 'yes'; });
    await searchByKeys(kiosk.page, 'spjy');
    await kiosk.page.locator('.matter-row[data-matter="market-005"]').waitFor();
    await openMatter(kiosk.page, 'market-005');
    expect(await kiosk.page.locator('.material-name').allTextContents()).not.toContain(LINE);

    const admin = await manageAs('admin', 'matters');
    await openFood(admin);
    // The facts, joint departments (联办) among them: every other department, none ticked for this matter.
    const joint = admin.getByTestId('joint-departments');
    expect(await joint.locator('input[type="checkbox"]').count()).toBeGreaterThan(5);
    expect(await joint.locator('input:checked').count()).toBe(0);
    await screenshot(admin, 'admin-catalog-facts');
    const before = await admin.getByTestId('matter-checklist').locator('.material-line').count();
    await admin.getByTestId('material-add').click();
    const line = admin.getByTestId(`material-${before}`);
    await line.locator('input[name="material-name"]').fill(LINE);
    await line.locator('input[name="material-name-en"]').fill('Fire safety pledge');
    await line.locator('textarea[name="material-check"]').fill(STANDARD);
    expect(await admin.getByTestId('matter-save').textContent()).toContain('1 项');
    await line.scrollIntoViewIfNeeded();
    await screenshot(admin, 'admin-catalog-checklist');
    await admin.getByTestId('matter-save').click();
    await admin.getByTestId('matter-saved').waitFor();
    const saved = (await e2e.server.app.inject('/api/catalog')).json<CatalogDto>().matters.find((m) => m.id === 'market-005');
    expect(saved?.materials.at(-1)).toMatchObject({ name: LINE, checkStandard: STANDARD });

    // The kiosk checks the catalogue version with its snapshot and reloads the catalogue when it moved.
    await kiosk.page.locator('.material-name', { hasText: LINE }).waitFor({ timeout: 30_000 });
    expect(await kiosk.page.locator('.check-standard').last().textContent()).toContain(STANDARD);
    expect(await kiosk.page.evaluate(() => document.documentElement.dataset.sameDocument)).toBe('yes');
    await screenshot(kiosk.page, 'admin-catalog-kiosk-sees-line');
    expect(kiosk.problems).toEqual([]);
    await kiosk.page.close();
  }, 60_000);

  it('uploads a PNG sample form through the file input, and refuses a text file named .png in Chinese', async () => {
    const admin = await manageAs('admin', 'matters');
    await openFood(admin);
    const upload = admin.getByTestId('form-upload');
    await admin.getByTestId('form-file').setInputFiles({ name: 'pledge.png', mimeType: 'image/png', buffer: await samplePng() });
    await upload.locator('input[name="form-title"]').fill('消防安全承诺书样表');
    const seq = (await e2e.server.app.inject('/api/catalog')).json<CatalogDto>().matters.find((m) => m.id === 'market-005')?.materials.findIndex((m) => m.name === LINE) ?? -1;
    await upload.locator('select[name="form-material"]').selectOption({ value: String(seq) });
    await admin.getByTestId('form-upload-go').click();
    const row = admin.locator('[data-testid^="form-row-"]', { hasText: '消防安全承诺书样表' });
    await row.waitFor();
    expect(await row.textContent()).toContain(LINE);
    const href = await row.locator('a').getAttribute('href');
    const served = await e2e.server.app.inject(href ?? '/none');
    expect([served.statusCode, served.headers['content-type']]).toEqual([200, 'image/png']);

    await admin.getByTestId('form-file').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('这不是图片 · not a picture') });
    await upload.locator('input[name="form-title"]').fill('假图片');
    await admin.getByTestId('form-upload-go').click();
    expect(await admin.getByTestId('form-problem').textContent()).toBe(FORM_TYPE_REFUSED);
    expect(await admin.locator('[data-testid^="form-row-"]').count()).toBe(1);
    await admin.getByTestId('matter-forms').scrollIntoViewIfNeeded();
    await screenshot(admin, 'admin-catalog-forms');
    await admin.evaluate(() => window.scrollTo(0, 0));
    await screenshot(admin, 'admin-catalog-matter-editor');
  });

  it('a supervisor sees the matter editor read-only', async () => {
    const page = await manageAs('supervisor', 'matters');
    await openFood(page);
    await page.getByTestId('matter-read-only').waitFor();
    expect(await page.locator('input[name="name"]').isDisabled()).toBe(true);
    expect(await page.locator('textarea[name="material-check"]').last().isDisabled()).toBe(true);
    for (const id of ['matter-save', 'matter-new', 'material-add', 'form-upload', 'faq-add']) expect(await page.getByTestId(id).count(), id).toBe(0);
    expect(await page.locator('[data-testid^="form-delete-"]').count()).toBe(0);
    await screenshot(page, 'admin-catalog-supervisor-read-only');
  });

  it('a queue\'s stop-issuing margin saved on 队列 is in the catalogue export; supervisors read the table only', async () => {
    const page = await manageAs('admin', 'queues');
    const row = page.getByTestId('queue-row-market');
    await row.locator('input[name="stopIssuingMin"]').fill('30');
    await page.getByTestId('queue-save-market').click();
    await page.getByTestId('queue-saved-market').waitFor();
    const exported = (await asSupervisor('/api/catalog/export')).json<{ queues: { id: string; stopIssuingMin: number }[] }>();
    expect(exported.queues.find((q) => q.id === 'market')?.stopIssuingMin).toBe(30);
    await screenshot(page, 'admin-catalog-queues');

    const supervisor = await manageAs('supervisor', 'queues');
    expect(await supervisor.getByTestId('queue-row-market').locator('input[name="stopIssuingMin"]').inputValue()).toBe('30');
    expect(await supervisor.getByTestId('queue-row-market').locator('input[name="stopIssuingMin"]').isDisabled()).toBe(true);
    expect(await supervisor.locator('[data-testid^="queue-save-"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
