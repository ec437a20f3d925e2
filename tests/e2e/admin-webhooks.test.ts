/** The admin page's webhook section in Chromium: register (secret shown once), see deliveries, retry, deactivate. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { IssueTicketResponse } from '../../contract/dto.js';
import { startReceiver, until, type Receiver } from '../outbox/receiver.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;
let receiver: Receiver;

beforeAll(async () => {
  [server, browser, receiver] = await Promise.all([
    startServer({ outbox: { backoff: { baseMs: 20, maxMs: 100, maxAttempts: 2 } } }), launchBrowser(), startReceiver(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
});

describe('admin page, webhooks', () => {
  it('registers an endpoint, shows its secret once, counts failures, retries and deactivates', async () => {
    // Issued before the endpoint exists, so cancelling it below is exactly one event.
    const t = (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<IssueTicketResponse>();
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/admin`);
    const form = page.getByTestId('sign-in');
    await form.locator('input[name="username"]').fill('admin');
    await form.locator('input[name="password"]').fill('demo');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('tab-manage').click();
    await page.getByTestId('webhooks-empty').waitFor();

    await page.getByTestId('webhook-url').fill(receiver.url);
    await page.getByTestId('webhook-register').click();
    receiver.secret = (await page.getByTestId('webhook-secret').textContent()) ?? '';
    expect(receiver.secret.length).toBeGreaterThanOrEqual(32);
    await screenshot(page, 'admin-webhooks-secret');

    // Two attempts, both refused: the message fails for good and the page shows it.
    receiver.failNext = 2;
    await server.app.inject({ method: 'POST', url: `/api/tickets/${t.id}/cancel`, payload: {} });
    await until(() => receiver.attempts.length === 2);
    await page.reload();
    const row = page.locator('[data-testid="webhooks"] tr[data-active="true"]');
    await row.getByText('HTTP 500').waitFor();
    await screenshot(page, 'admin-webhooks');
    expect(await page.getByTestId('webhook-secret').count(), 'the secret is not shown again').toBe(0);

    await row.getByTestId('webhook-retry').click();
    await until(() => receiver.acceptedIds().size === 1);
    await page.reload();
    await page.locator('[data-testid="webhook-counts"]', { hasText: /Delivered\s*1/ }).waitFor();

    await row.getByTestId('webhook-deactivate').click();
    await page.locator('[data-testid="webhooks"] tr[data-active="false"]').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
