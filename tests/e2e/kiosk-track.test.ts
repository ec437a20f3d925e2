import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { IssueTicketResponse, TicketDto } from '../../contract/dto.js';
import { launchBrowser, openPhone, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Over real HTTP, so the tracking URL names the listening server as the kiosk's QR code would. */
async function issue(queueId: string): Promise<IssueTicketResponse> {
  const r = await fetch(`${server.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queueId }) });
  return (await r.json()) as IssueTicketResponse;
}

/** The visitor's phone, opening the URL of the QR code. */
async function phone(url: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPhone(browser, url);
  await opened.page.getByTestId('track-number').waitFor();
  return opened;
}

describe('the phone tracking page (/t/<id>)', () => {
  it('shows number, status and place in line, and follows the hall live until the call', async () => {
    const first = await issue('legal');
    const mine = await issue('legal');
    const { page, problems } = await phone(mine.trackUrl);
    expect(await page.getByTestId('track-number').textContent()).toBe(mine.number);
    expect(await page.getByTestId('track-status').getAttribute('data-status')).toBe('waiting');
    expect(await page.getByTestId('track-wait').textContent()).toContain('前面还有 1 人');
    expect(await page.locator('.track-queue').textContent()).toContain('法律服务');
    await page.locator('.track-live.connected').waitFor();
    await screenshot(page, 'kiosk-track-waiting-phone');

    // Someone ahead gives up: the page moves up without a reload.
    await server.app.inject({ method: 'POST', url: `/api/tickets/${first.id}/cancel` });
    await expect.poll(() => page.getByTestId('track-wait').textContent(), { timeout: 5000 }).toContain('前面还有 0 人');

    // Window 19 (legal services) calls: the page says where to go.
    const clerk = await server.clerkAt(19);
    const call = await server.app.inject({ method: 'POST', url: '/api/windows/19/call-next', headers: { cookie: clerk } });
    expect(call.statusCode).toBe(200);
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status'), { timeout: 5000 }).toBe('called');
    expect(await page.getByTestId('track-status').textContent()).toContain('请到 19 号窗口办理');
    expect(await page.getByTestId('track-cancel').count()).toBe(0);
    await screenshot(page, 'kiosk-track-called-phone');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('cancels only after the visitor confirms', async () => {
    const mine = await issue('transport');
    const { page } = await phone(mine.trackUrl);
    await page.getByTestId('track-cancel').tap();
    await page.getByTestId('track-confirm').waitFor();
    await screenshot(page, 'kiosk-track-confirm-cancel-phone');
    // Not yet: the ticket is still waiting on the server.
    expect((await server.app.inject(`/api/tickets/${mine.id}`)).json<TicketDto>().status).toBe('waiting');
    await page.getByTestId('track-cancel-confirm').tap();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status')).toBe('cancelled');
    expect((await server.app.inject(`/api/tickets/${mine.id}`)).json<TicketDto>().status).toBe('cancelled');
    await page.close();
  });

  it('says so for a ticket that does not exist', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/t/no-such-ticket`);
    await page.locator('.track-missing').waitFor();
    expect(await page.locator('.track-missing').textContent()).toContain('找不到这张号票');
    await page.close();
  });
});
