import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page loads in Chromium without script or CSP errors', () => {
  for (const path of ['/kiosk', '/display', '/display/window/5', '/clerk', '/admin', '/backoffice', '/rate/5', '/book']) {
    it(path, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      const response = await page.goto(server.url + path);
      expect(response?.status()).toBe(200);
      await page.locator('#app > *').first().waitFor();
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
