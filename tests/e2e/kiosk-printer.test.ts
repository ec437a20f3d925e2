import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { closedPrinterUrl, startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { startServer, type TestServer } from '../support/server.js';
import { openMatter, openPairedKiosk, searchByKeys, setPrinter, shownTicketMatchesServer } from './kiosk-helpers.js';

let server: TestServer;
let browser: Browser;
let stalled: FakePrinter;

beforeAll(async () => {
  // Default print bound: what a hall runs with.
  [server, browser, stalled] = await Promise.all([startServer(), launchBrowser(), startFakePrinter({ mode: 'stall' })]);
  setPrinter(server, 'K01', await closedPrinterUrl());
  setPrinter(server, 'K02', stalled.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await stalled?.close();
});

describe('the printer fails, the visitor still leaves with a number', () => {
  for (const [device, fault] of [['K01', 'switched off'], ['K02', 'stalled']] as const) {
    it(`${fault}: the ticket, the QR code and "photograph this screen" within 3 s`, async () => {
      // Paired: only a paired kiosk's ticket goes to its printer at all.
      const { page, problems } = await openPairedKiosk(browser, server, device, 'back=60&idle=120');
      await searchByKeys(page, 'sfzhl');
      await openMatter(page, 'public-security-001');
      await page.getByTestId('take-ticket').tap();
      // The promise to the visitor, not a performance budget.
      await page.getByTestId('ticket-number').waitFor({ timeout: 3000 });
      const ticket = await shownTicketMatchesServer(page, server);
      const status = page.getByTestId('print-status');
      expect(await status.getAttribute('data-printed')).toBe('false');
      expect(await status.textContent()).toContain('凭条未能打印');
      expect(await status.textContent()).toContain('请用手机拍下本页的号码和二维码');
      expect(await page.locator('svg.qr').getAttribute('data-qr')).toBe(`${server.url}/t/${ticket.id}`);
      // More time to take the photo than after a printed ticket.
      expect(await page.locator('.countdown').textContent()).toMatch(/(8[0-5]|7\d) 秒后自动返回首页/);
      await screenshot(page, `kiosk-ticket-unprinted-${device === 'K01' ? 'offline' : 'stalled'}-zh-portrait`);

      const admin = await server.login('admin');
      const devices = (await server.app.inject({ url: '/api/devices', headers: { cookie: admin } })).json<{ id: string; printerStatus: string }[]>();
      expect(devices.find((d) => d.id === device)?.printerStatus).toBe(device === 'K01' ? 'offline' : 'error');
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
