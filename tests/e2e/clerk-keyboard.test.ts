/** The caller-pad keys drive every action, and browser keys they replace (F5 reload) stay ours. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TicketDto } from '../../contract/dto.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { issue, openConsole, shownTicket, signInAt, storedOutcome, ticket, windowNow, type Console } from './clerk-helpers.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

let server: TestServer;
let browser: Browser;
let clerk: Console;
let page: Page;
const clock = movableClock();
const tickets: TicketDto[] = [];

beforeAll(async () => {
  server = await startServer({ clock });
  browser = await launchBrowser();
  for (let i = 0; i < 4; i++) {
    tickets.push(await issue(server, { queueId: 'medical-insurance' }));
    clock.advance(1000);
  }
  clerk = await openConsole(browser, server);
  page = clerk.page;
  await signInAt(page, 'clerk07');
  // A marker that a reload would wipe: F5 must never reload the console.
  await page.evaluate(() => { document.body.dataset.marker = 'kept'; });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const status = (t: TicketDto) => async () => (await ticket(server, t.id)).status;
const feedback = () => page.getByTestId('feedback').textContent();
/** Press a pad key once the console has digested the last answer and the action is on (a busy pad ignores keys). */
async function pressWhenReady(key: string, action: string): Promise<void> {
  await expect.poll(() => page.locator(`[data-action=${action}]`).isEnabled()).toBe(true);
  await page.keyboard.press(key);
}
const pauseLog = (windowId: number) => server.app.hall.database.sqlite
  .prepare<[number], { type: string; reason: string | null }>("SELECT type, reason FROM window_log WHERE window_id = ? AND type = 'pause' ORDER BY id").all(windowId);
const idle = () => expect.poll(() => page.locator('[aria-busy=true]').count()).toBe(0);

// One story in one test: one console session, never reloaded (the marker proves it), taking the
// line's tickets in turn and ending with the sign-off.
it('keyboard at window 7: one console session driven by keys alone', async () => {
  await step('shows every key on the pad', async () => {
    const keys = await page.locator('.pad-key').allTextContents();
    expect(keys).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8']);
  });

  await step('F1 calls, F2 recalls (when allowed), F3 starts, F4 + 1 + matter + applicant + Enter finishes as accepted', async () => {
    const t = tickets[0]!;
    await pressWhenReady('F1', 'call-next');
    expect((await shownTicket(page)).number).toBe(t.number);
    await expect.poll(status(t)).toBe('called');
    clock.advance(21_000);
    await pressWhenReady('F2', 'recall');
    await expect.poll(async () => (await ticket(server, t.id)).callCount).toBe(2);
    await pressWhenReady('F3', 'start');
    await expect.poll(status(t)).toBe('serving');
    await pressWhenReady('F4', 'finish');
    await page.getByTestId('finish-dialog').waitFor();
    await page.keyboard.press('1');
    // A queue ticket accepted names its matter (↓ picks the queue's first), then the applicant's name and phone.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('王小明');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13812345678');
    await page.keyboard.press('Enter');
    await expect.poll(status(t)).toBe('done');
    expect(storedOutcome(server, t.id)).toMatchObject({ kind: 'accepted', matterId: expect.any(String), applicant: { name: '王小明', phone: '13812345678' } });
  });

  await step('a key for an action that is off says why instead of acting', async () => {
    await idle();
    await page.keyboard.press('F3');
    await expect.poll(feedback).toContain('没有已呼叫的号');
  });

  await step('Numpad1 calls too; F6 picks a queue with the arrow keys and Enter transfers', async () => {
    const t = tickets[1]!;
    await pressWhenReady('Numpad1', 'call-next');
    expect((await shownTicket(page)).number).toBe(t.number);
    await pressWhenReady('F6', 'transfer');
    await page.getByTestId('transfer-dialog').waitFor();
    // Enter before choosing is refused and says so; nothing is sent.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.form-problem').textContent()).toContain('请选择');
    await page.keyboard.press('ArrowDown');
    const target = await page.locator('input[name=queue]:checked').getAttribute('value');
    expect(target).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await ticket(server, t.id)).queueId).toBe(target);
  });

  await step('F5 asks before marking a no-show: Esc keeps the ticket, Enter confirms — and never reloads', async () => {
    const t = tickets[2]!;
    await pressWhenReady('F1', 'call-next');
    expect((await shownTicket(page)).number).toBe(t.number);
    await pressWhenReady('F5', 'no-show');
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('confirm-dialog').count()).toBe(0);
    expect((await ticket(server, t.id)).status).toBe('called');
    await page.keyboard.press('F5');
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('ticket-idle').waitFor();
    expect(await ticket(server, t.id)).toMatchObject({ status: 'waiting', windowId: null });
    expect(await page.evaluate(() => document.body.dataset.marker)).toBe('kept');
  });

  await step('F7 asks why (Esc sends nothing; 3 + Enter pauses for a meeting), and resumes at once; a held key acts once', async () => {
    await idle();
    await page.keyboard.press('F7');
    await page.getByTestId('pause-dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('pause-dialog').count()).toBe(0);
    expect((await windowNow(server, 7)).state).toBe('open');
    await page.keyboard.down('F7');
    await page.keyboard.down('F7');
    await page.keyboard.up('F7');
    await page.getByTestId('pause-dialog').waitFor();
    await page.keyboard.press('3');
    await screenshot(page, 'clerk-pause-dialog');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await windowNow(server, 7)).state).toBe('paused');
    await expect.poll(() => page.getByTestId('window-state').textContent()).toContain('已暂停 · 会议培训');
    await screenshot(page, 'clerk-paused');
    expect(pauseLog(7)).toEqual([{ type: 'pause', reason: 'meeting' }]);
    await pressWhenReady('F7', 'pause-resume');
    await expect.poll(async () => (await windowNow(server, 7)).state).toBe('open');
    expect(await page.getByTestId('pause-dialog').count()).toBe(0);
  });

  await step('F8 signs off after confirming, closing the window on the server', async () => {
    await expect.poll(() => page.locator('[data-action=sign-off]').isEnabled()).toBe(true);
    await page.keyboard.press('F8');
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByTestId('sign-in').textContent()).toContain('已签退');
    expect((await windowNow(server, 7)).state).toBe('closed');
    expect(clerk.problems).toEqual([]);
  });
}, STORY_TIMEOUT_MS);
