/** The admin page's 管理 tab in Chromium: hall settings, catalogue export and a refused import, a kiosk bound to a window as its rating pad. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CatalogDto, DeviceDto } from '../../contract/dto.js';
import { screenshot } from '../support/browser.js';
import { adminE2E } from './admin-helpers.js';

const e2e = adminE2E();
const { problems } = e2e;

/** A fresh browser profile (its own cookies) signed in as `username`, on the 管理 tab. */
async function manageAs(username: string): Promise<Page> {
  const page = await e2e.manageAs(username, undefined, { width: 1280, height: 1400 });
  await page.getByTestId('settings-form').waitFor();
  return page;
}

const asSupervisor = async (url: string) => e2e.server.app.inject({ url, headers: { cookie: await e2e.server.login('supervisor') } });
const NOTICE = '今天下午 3 点后社保窗口暂停受理 · Social insurance stops at 3 pm today';

describe('admin page, 管理 tab', () => {
  it('an admin saves the lobby notice, which a supervisor then reads (read-only)', async () => {
    const page = await manageAs('admin');
    const notice = page.locator('input[name="notice"]');
    await notice.fill(NOTICE);
    expect(await page.getByTestId('settings-save').textContent()).toContain('1 项');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-saved').waitFor();
    expect((await asSupervisor('/api/settings')).json()).toMatchObject({ notice: NOTICE });
    await screenshot(page, 'admin-manage-settings');

    // A wrong time zone: the server's words, nothing saved.
    await page.locator('input[name="timeZone"]').fill('Mars/Olympus');
    await page.getByTestId('settings-save').click();
    expect(await page.getByTestId('settings-problem').textContent()).toContain('Mars/Olympus is not a time zone');
    expect((await asSupervisor('/api/settings')).json()).toMatchObject({ timeZone: 'Asia/Shanghai' });

    const supervisor = await manageAs('supervisor');
    expect(await supervisor.locator('input[name="notice"]').inputValue()).toBe(NOTICE);
    expect(await supervisor.locator('input[name="notice"]').getAttribute('readonly')).not.toBeNull();
    expect(await supervisor.getByTestId('settings-save').count()).toBe(0);
    expect(await supervisor.getByTestId('catalog-import').count()).toBe(0);
    // Supervisors export too: a download named by today's date.
    const [download] = await Promise.all([supervisor.waitForEvent('download'), supervisor.getByTestId('catalog-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^hall-catalog-\d{4}-\d\d-\d\d\.json$/);
  });

  it('importing a broken file lists every problem and leaves the catalogue as it was', async () => {
    const page = await manageAs('admin');
    const before = (await e2e.server.app.inject('/api/catalog')).json<CatalogDto>();
    const hallFile = (await asSupervisor('/api/catalog/export')).json<{ queues: object[]; matters: object[] }>();
    const [m0, m1, ...rest] = hallFile.matters;
    const broken = {
      ...hallFile,
      queues: [...hallFile.queues, { ...hallFile.queues[0], id: 'copy-of-market' }],
      matters: [{ ...m0, departmentId: 'no-such-department' }, { ...m1, queueId: 'no-such-queue' }, ...rest],
    };
    // Chosen as a file (read by FileReader into the text box), then checked.
    await page.getByTestId('catalog-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(async () => (await page.getByTestId('catalog-text').inputValue()).length).toBeGreaterThan(100);
    await page.getByTestId('catalog-import-go').click();
    const list = page.getByTestId('catalog-problems');
    await list.waitFor();
    const items = await list.locator('li').allTextContents();
    expect(items).toHaveLength(3);
    for (const p of ['queue prefixes repeat', 'no department no-such-department', 'no queue no-such-queue']) {
      expect(items.filter((x) => x.includes(p))).toHaveLength(1);
    }
    expect((await e2e.server.app.inject('/api/catalog')).json<CatalogDto>()).toEqual(before);
    await list.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-manage-import-errors');
  });

  it('binds K01 to window 3 as its rating pad, shown in the list and on the server', async () => {
    const page = await manageAs('admin');
    const row = page.locator('.devices tr[data-device="K01"]');
    await row.waitFor();
    expect(await row.getByTestId('pad-binding').textContent()).toContain('取号机');
    await row.getByTestId('pad-window').fill('3');
    await row.getByTestId('pad-save').click();
    await expect.poll(() => row.getByTestId('pad-binding').textContent()).toContain('3 号窗口评价器');
    const devices = (await e2e.server.app.inject({ url: '/api/devices', headers: { cookie: await e2e.server.login('admin') } })).json<DeviceDto[]>();
    expect(devices.find((d) => d.id === 'K01')?.windowNumber).toBe(3);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-manage-pads');
    expect(problems).toEqual([]);
  });
});
