/**
 * What must not confuse a console: a press repeated while its request is in flight, a session
 * that expired, and a server that went away and came back with the window changed meanwhile.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { buildApp } from '../../server/app.js';
import { SESSION_TTL_MS } from '../../server/app/auth.js';
import { openDatabase, type Database_ } from '../../server/db/client.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { cookieOf, issue, openConsole, pad, shownTicket, signInAt, ticket, type Console } from './clerk-helpers.js';
import type { TestServer } from '../support/server.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

let browser: Browser;
let database: Database_;
let app: FastifyInstance;
let port = 0;
const clock = movableClock();

/** A hall server over a database that outlives it, so it can be stopped and started again on the same port. */
async function startHall(): Promise<TestServer> {
  app = await buildApp({ database, clock, seed: { password: 'demo' }, pagesDir: inject('pagesDir'), rateLimit: { max: 100_000, timeWindow: 60_000 } });
  const url = await app.listen({ port, host: '127.0.0.1' });
  port = Number(new URL(url).port);
  return { app, url, login: () => Promise.reject(new Error('unused')), clerkAt: () => Promise.reject(new Error('unused')), close: () => app.close() };
}

let server: TestServer;
beforeAll(async () => {
  database = openDatabase(':memory:');
  server = await startHall();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  database?.close();
});

// One story in one test: one console through a slow network, a server restart and an expired
// session; each step starts from the screen the one before left.
it('a console that cannot be confused', async () => {
  let clerk: Console;

  await step('sends the ticket it shows with each ticket command, once, however often the key is pressed', async () => {
    await issue(server, { queueId: 'finance' });
    clerk = await openConsole(browser, server);
    await signInAt(clerk.page, 'clerk12');
    await clerk.page.keyboard.press('F1');
    const shown = await shownTicket(clerk.page);
    const bodies: string[] = [];
    // Hold the request a moment, as a slow network would, while the clerk keeps pressing.
    await clerk.page.route('**/api/windows/12/start', async (route) => {
      bodies.push(route.request().postData() ?? '');
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await clerk.page.keyboard.press('F3');
    await clerk.page.keyboard.press('F3');
    await pad(clerk.page, 'start').click({ force: true }).catch(() => {});
    await clerk.page.keyboard.press('Numpad3');
    await expect.poll(async () => (await ticket(server, shown.id)).status).toBe('serving');
    await clerk.page.locator('.status-serving').waitFor();
    expect(bodies).toEqual([JSON.stringify({ ticketId: shown.id })]);
    await clerk.page.unroute('**/api/windows/12/start');
    // A reload mid-service comes straight back to the window and its ticket, no sign-in, no choosing.
    await clerk.page.reload();
    await clerk.page.getByTestId('conn').filter({ hasText: '在线' }).waitFor();
    expect((await shownTicket(clerk.page)).id).toBe(shown.id);
    expect(await clerk.page.getByTestId('ticket-status').textContent()).toContain('办理中');
  });

  await step('a lost connection is shown and stops the pad; after the server is back the screen is resynced', async () => {
    const page = clerk.page;
    const held = await shownTicket(page);
    const cookie = await cookieOf(clerk.context);
    await app.close();
    await page.getByTestId('offline').waitFor();
    await screenshot(page, 'clerk-offline-1366x768');
    expect(await pad(page, 'finish').isDisabled()).toBe(true);
    expect(await pad(page, 'transfer').isDisabled()).toBe(true);
    await page.keyboard.press('F6');
    expect(await page.getByTestId('transfer-dialog').count()).toBe(0);

    // While the console was away, its ticket was finished (e.g. the answer of its last request was lost).
    server = await startHall();
    const r = await app.inject({ method: 'POST', url: '/api/windows/12/finish', headers: { cookie }, payload: { outcome: { kind: 'on-the-spot' }, ticketId: held.id } });
    expect(r.statusCode).toBe(200);

    await page.getByTestId('conn').filter({ hasText: '在线' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('ticket-idle').waitFor();
    expect(await page.getByTestId('offline').count()).toBe(0);
    await expect.poll(() => page.getByTestId('stat-served').textContent()).toBe('1');
    expect((await ticket(server, held.id)).status).toBe('done');
  });

  await step('an expired session is said plainly and leads back to sign-in', async () => {
    const page = clerk.page;
    await issue(server, { queueId: 'finance' });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-action=call-next]')?.disabled);
    // The session runs out while the console sits there.
    clock.advance(SESSION_TTL_MS + 1000);
    await page.keyboard.press('F1');
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByTestId('sign-in').textContent()).toContain('登录已过期');
    // Refused reconnects while the server was down are expected; nothing else may have gone wrong.
    expect(clerk.problems.filter((p) => !p.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
  });
}, STORY_TIMEOUT_MS);
