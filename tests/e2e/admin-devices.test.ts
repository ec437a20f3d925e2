/** The admin page's kiosk section: sign in, make a pairing code, see it used, unpair. In Chromium. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import type { DeviceDto } from '../../contract/dto.js';
import { users } from '../../server/db/schema.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;
let opened: { page: Page; problems: string[]; refused: string[] } | null = null;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterEach(async () => {
  expect(opened?.problems ?? []).toEqual([]);
  await opened?.page.close();
  opened = null;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAdmin(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems: string[] = [];
  const refused: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // Refused requests are counted apart: a wrong password is supposed to be refused.
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) refused.push(`${r.status()} ${new URL(r.url()).pathname}`); });
  opened = { page, problems, refused };
  await page.goto(`${server.url}/admin`);
  await page.getByTestId('sign-in').waitFor();
  return page;
}

async function signIn(page: Page, username: string, password = 'demo'): Promise<void> {
  const form = page.getByTestId('sign-in');
  await form.locator('input[name="username"]').fill(username);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
}

async function deviceOnServer(id: string): Promise<DeviceDto | undefined> {
  const admin = await server.login('admin');
  return (await server.app.inject({ url: '/api/devices', headers: { cookie: admin } })).json<DeviceDto[]>().find((d) => d.id === id);
}

const row = (page: Page, id: string) => page.locator(`.devices tr[data-device="${id}"]`);

describe('admin page, kiosks', () => {
  it('signs in, makes a pairing code a kiosk can use, shows it used, and unpairs only after confirmation', async () => {
    const page = await openAdmin();
    // Signed out: the form, and the index of screens as before; no 401 in the console on a fresh visit.
    await page.getByTestId('sign-in').waitFor();
    expect(await page.locator('ul.screens li').count()).toBe(6);
    expect(await page.getByTestId('devices').count()).toBe(0);

    expect(opened?.refused).toEqual([]);
    await signIn(page, 'admin', 'wrong-password');
    expect(await page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    expect(opened?.refused).toEqual(['401 /api/auth/login']);
    await signIn(page, 'admin');
    await page.getByTestId('live-board').waitFor();
    await page.getByTestId('tab-manage').click();
    await page.getByTestId('devices').waitFor();
    expect(await row(page, 'K01').getAttribute('data-paired')).toBe('false');
    expect(await row(page, 'K01').getByTestId('device-pairing').textContent()).toContain('未配对');
    expect(await row(page, 'K02').textContent()).toContain('2号自助取号机');

    await row(page, 'K01').getByTestId('make-pairing-code').click();
    const card = page.locator('[data-testid="pairing-code-card"][data-device="K01"]');
    await card.waitFor();
    const code = (await card.getByTestId('pairing-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(await card.getByTestId('pairing-expiry').textContent()).toMatch(/有效至 \d\d:\d\d/);
    expect(await card.getByTestId('pairing-link').textContent()).toBe(`${server.url}/kiosk?device=K01&pair=${code}`);
    // Shown as text to copy, not a link: clicked on the admin's computer it would pair that browser.
    expect(await card.locator('a').count()).toBe(0);
    const fontSize = await card.getByTestId('pairing-code').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(48);
    await screenshot(page, 'admin-kiosks-pairing-code');

    // The kiosk trades the code for its credential; the page sees it on refresh.
    const paired = await server.app.inject({ method: 'POST', url: '/api/devices/pair', payload: { deviceId: 'K01', code } });
    expect(paired.statusCode).toBe(200);
    await page.getByRole('button', { name: '刷新 · Refresh' }).click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('used');
    expect(await row(page, 'K01').getAttribute('data-paired')).toBe('true');
    expect(await row(page, 'K01').getByTestId('device-pairing').textContent()).toContain('已配对');

    // Unpair asks first; "cancel" changes nothing.
    await row(page, 'K01').getByTestId('unpair').click();
    const confirm = page.getByTestId('confirm-unpair');
    expect(await confirm.textContent()).toContain('确定解除 K01 的配对');
    await screenshot(page, 'admin-kiosks-confirm-unpair');
    await page.getByTestId('confirm-unpair-no').click();
    expect(await confirm.count()).toBe(0);
    expect((await deviceOnServer('K01'))?.paired).toBe(true);

    await row(page, 'K01').getByTestId('unpair').click();
    await page.getByTestId('confirm-unpair-yes').click();
    await expect.poll(() => row(page, 'K01').getAttribute('data-paired')).toBe('false');
    expect((await deviceOnServer('K01'))?.paired).toBe(false);
    expect(await row(page, 'K01').getByTestId('unpair').count()).toBe(0);

    // 新增设备 with a bare host:port, then a wrong printer address is refused in its row, a right one saved.
    const add = page.getByTestId('add-device');
    await add.locator('input[name="id"]').fill('K07');
    await add.locator('input[name="name"]').fill('7号自助取号机');
    await add.locator('input[name="printer"]').fill('192.168.1.57:9100');
    await page.getByTestId('add-device-save').click();
    await row(page, 'K07').waitFor();
    expect((await deviceOnServer('K07'))?.printerUrl).toBe('tcp://192.168.1.57:9100');
    const printer = row(page, 'K07').getByTestId('printer-url');
    await printer.fill('http://printer');
    await row(page, 'K07').getByTestId('printer-save').click();
    await expect.poll(() => row(page, 'K07').getByRole('alert').textContent()).toContain('tcp://host:port');
    await printer.fill('tcp://192.168.1.58:9100');
    await row(page, 'K07').getByTestId('printer-save').click();
    await expect.poll(async () => (await deviceOnServer('K07'))?.printerUrl).toBe('tcp://192.168.1.58:9100');
    await screenshot(page, 'admin-kiosks-add-device');

    // A reload keeps the session: straight back to the list.
    await page.reload();
    await page.getByTestId('devices').waitFor();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
  });

  it('a clerk signed in here is told it is for supervisors and administrators, and sees no devices', async () => {
    const page = await openAdmin();
    await signIn(page, 'clerk03');
    await page.getByRole('status').filter({ hasText: '此页仅供值班主任和管理员使用' }).waitFor();
    expect(await page.getByTestId('devices').count()).toBe(0);
    expect(await page.getByTestId('make-pairing-code').count()).toBe(0);
    // It does not even ask for them (the server would refuse).
    expect(opened?.refused).toEqual([]);
  });

  it('an account that must change its password changes it here first', async () => {
    server.app.hall.database.db.update(users).set({ mustChangePassword: true }).where(eq(users.username, 'admin')).run();
    try {
      const page = await openAdmin();
      await signIn(page, 'admin');
      await page.getByTestId('change-password').waitFor();
      expect(await page.getByTestId('devices').count()).toBe(0);
      expect(await page.getByTestId('live-board').count()).toBe(0);
    } finally {
      server.app.hall.database.db.update(users).set({ mustChangePassword: false }).where(eq(users.username, 'admin')).run();
    }
  });
});
