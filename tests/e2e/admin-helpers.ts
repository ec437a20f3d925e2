/**
 * One server and one Chromium for an /admin test file, and pages signed in on it: each page is a
 * fresh browser profile (its own cookies), and page errors are collected for the file to check.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startServer, type TestServer, type TestServerOptions } from '../support/server.js';

export interface AdminE2E {
  readonly server: TestServer;
  readonly browser: Browser;
  /** Uncaught errors of every page opened here. */
  readonly problems: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Closes a browser profile opened elsewhere (a console, a kiosk) with the others. */
  adopt(context: BrowserContext): void;
  signIn(page: Page, username: string, password?: string): Promise<void>;
  /** Signed in on /admin as `username`, on the 管理 tab (and its `part`, when given). */
  manageAs(username: string, part?: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/** Call at the top of a test file: starts the server and the browser before its tests and closes them after. */
export function adminE2E(options: TestServerOptions = {}): AdminE2E {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });
  const started = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`${what} is not started yet (use it inside a test)`);
    return x;
  };
  const harness: AdminE2E = {
    get server() { return started(server, 'the server'); },
    get browser() { return started(browser, 'the browser'); },
    problems,
    adopt: (context) => { contexts.push(context); },
    async newPage(viewport = { width: 1280, height: 1200 }) {
      const context = await harness.browser.newContext({ viewport, acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      return page;
    },
    async signIn(page, username, password = 'demo') {
      const form = page.getByTestId('sign-in');
      await form.locator('input[name="username"]').fill(username);
      await form.locator('input[name="password"]').fill(password);
      await form.locator('button[type="submit"]').click();
    },
    async manageAs(username, part, viewport) {
      const page = await harness.newPage(viewport);
      await page.goto(`${harness.server.url}/admin`);
      await harness.signIn(page, username);
      await page.getByTestId('tab-manage').click();
      if (part !== undefined) await page.getByTestId(`manage-tab-${part}`).click();
      return page;
    },
  };
  return harness;
}
