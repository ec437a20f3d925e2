/**
 * A clerk's working day in Chromium: sign in, call, the lobby shows it, recall, finish with
 * every outcome, transfer, no-show — and after each step the server says what the screen says.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { HallSnapshot, TicketDto } from '../../contract/dto.js';
import { launchBrowser } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { issue, openConsole, pad, shownTicket, signIn, storedOutcome, ticket, waitOnline, windowNow, type Console } from './clerk-helpers.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

let server: TestServer;
let browser: Browser;
let clerk: Console;
let page: Page;
let lobby: Page;
const clock = movableClock();
const tickets: TicketDto[] = [];

beforeAll(async () => {
  server = await startServer({ clock });
  browser = await launchBrowser();
  // Window 5 serves housing; every ticket is for a matter with a checklist.
  for (let i = 0; i < 7; i++) {
    tickets.push(await issue(server, { matterId: 'housing-001' }));
    clock.advance(1000);
  }
  clerk = await openConsole(browser, server);
  page = clerk.page;
  lobby = await clerk.context.newPage();
  await lobby.goto(`${server.url}/display`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function callNext(expected: TicketDto): Promise<void> {
  await pad(page, 'call-next').click();
  expect((await shownTicket(page)).number).toBe(expected.number);
  expect(await ticket(server, expected.id)).toMatchObject({ status: 'called', windowNumber: 5 });
}

async function start(t: TicketDto): Promise<void> {
  await pad(page, 'start').click();
  await expect.poll(() => page.getByTestId('ticket-status').textContent()).toContain('办理中');
  expect((await ticket(server, t.id)).status).toBe('serving');
}

async function chooseOutcome(key: string): Promise<void> {
  await pad(page, 'finish').click();
  await page.getByTestId('finish-dialog').waitFor();
  await page.locator(`input[name=outcome][value="${key}"]`).check({ force: true });
}

async function submitFinish(t: TicketDto): Promise<void> {
  await page.getByTestId('finish-submit').click();
  await page.getByTestId('ticket-idle').waitFor();
  expect(await page.getByTestId('finish-dialog').count()).toBe(0);
  expect((await ticket(server, t.id)).status).toBe('done');
  expect((await windowNow(server, 5)).current).toBeNull();
}

// One story in one test: each step works on what the one before left (the same console, the
// next ticket in line, counts that add up over the day).
it('a clerk at window 5 works through a day', async () => {
  await step('signs in, confirms the default window and sees the line', async () => {
    await signIn(page, 'clerk05');
    await expect.poll(() => page.getByTestId('window-select').inputValue()).toBe('5');
    await page.getByTestId('open-window').click();
    await waitOnline(page);
    expect(await page.getByTestId('window-name').textContent()).toContain('5号窗');
    await expect.poll(() => page.getByTestId('waiting-total').textContent()).toContain('7');
    expect(await page.getByTestId('next-why').textContent()).toContain(tickets[0]?.number);
    const w = await windowNow(server, 5);
    expect(w.state).toBe('open');
    expect(w.clerk?.staffNo).toBeTruthy();
  });

  await step('calls the next ticket, and the server holds it at window 5', async () => {
    const first = tickets[0]!;
    await callNext(first);
    expect(await page.getByTestId('recall-count').textContent()).toContain('1/3');
    expect(await page.getByTestId('checklist').textContent()).toContain('申请');
    const snapshot = (await server.app.inject('/api/snapshot')).json<HallSnapshot>();
    expect(snapshot.recentCalls[0]).toMatchObject({ number: first.number, windowNumber: 5 });
    await expect.poll(() => page.getByTestId('waiting-total').textContent()).toContain('6');
  });

  await step('the lobby screen in another tab shows the call', async () => {
    await lobby.waitForFunction((n) => document.body.innerText.includes(n), tickets[0]!.number, { timeout: 5000 });
  });

  await step('recalls, counting the calls against the limit; too soon is refused and said', async () => {
    const first = tickets[0]!;
    await pad(page, 'recall').click();
    await expect.poll(() => page.getByTestId('feedback').textContent()).toContain('太短');
    expect((await ticket(server, first.id)).callCount).toBe(1);
    clock.advance(21_000);
    await pad(page, 'recall').click();
    await expect.poll(() => page.getByTestId('recall-count').textContent()).toContain('2/3');
    expect((await ticket(server, first.id)).callCount).toBe(2);
  });

  await step('finishes as accepted (受理)', async () => {
    const t = tickets[0]!;
    await start(t);
    await chooseOutcome('accepted');
    await page.locator('input[name=applicant-name]').fill('王小明');
    await page.locator('input[name=applicant-phone]').fill('13812345678');
    await submitFinish(t);
    expect(storedOutcome(server, t.id)).toMatchObject({ kind: 'accepted', applicant: { name: '王小明', phone: '13812345678' } });
    await expect.poll(() => page.getByTestId('stat-served').textContent()).toBe('1');
  });

  await step('finishes with a one-time notice listing the materials ticked as missing (一次性告知)', async () => {
    const t = tickets[1]!;
    await callNext(t);
    await start(t);
    // Checking papers: the first two are handed in, so the other required ones are pre-ticked as missing.
    const rows = page.getByTestId('checklist').locator('tbody input[type=checkbox]');
    await rows.nth(0).check();
    await rows.nth(1).check();
    await chooseOutcome('one-time-notice');
    const box = page.getByTestId('missing-materials');
    const tickedNames = () => box.locator('li').evaluateAll((lis) => lis
      .filter((li) => li.querySelector('input')?.checked)
      .map((li) => li.querySelector('span')?.firstChild?.textContent ?? ''));
    const preTicked = await tickedNames();
    expect(preTicked.length).toBeGreaterThan(1);
    // The clerk unticks one the visitor then found in their bag.
    await box.locator('li input:checked').first().uncheck();
    const keep = await tickedNames();
    expect(keep).toEqual(preTicked.slice(1));
    await box.locator('input[type=text]').fill('户口簿复印件');
    await submitFinish(t);
    expect(storedOutcome(server, t.id)).toEqual({ kind: 'one-time-notice', missingMaterials: [...keep, '户口簿复印件'] });
  });

  await step('refuses to finish a not-accepted without a reason, then finishes with one (不予受理)', async () => {
    const t = tickets[2]!;
    await callNext(t);
    await start(t);
    await chooseOutcome('not-accepted');
    await page.getByTestId('finish-submit').click();
    expect(await page.locator('.form-problem').textContent()).toContain('理由');
    expect((await ticket(server, t.id)).status).toBe('serving');
    await page.getByTestId('reason').fill('申请人户籍不在本市');
    await submitFinish(t);
    expect(storedOutcome(server, t.id)).toEqual({ kind: 'not-accepted', reason: '申请人户籍不在本市' });
  });

  await step('finishes on the spot (即办) and as consultation only (仅咨询)', async () => {
    for (const [t, kind] of [[tickets[3]!, 'on-the-spot'], [tickets[4]!, 'consultation']] as const) {
      await callNext(t);
      await start(t);
      await chooseOutcome(kind);
      await submitFinish(t);
      expect(storedOutcome(server, t.id)).toEqual({ kind });
    }
    await expect.poll(() => page.getByTestId('stat-served').textContent()).toBe('5');
  });

  await step('transfers a ticket to the results window, keeping its number', async () => {
    const t = tickets[5]!;
    await callNext(t);
    await pad(page, 'transfer').click();
    await page.getByTestId('transfer-dialog').waitFor();
    await page.getByTestId('transfer-dialog').locator('label', { hasText: '综合出件窗口' }).click();
    await page.getByTestId('transfer-submit').click();
    await page.getByTestId('ticket-idle').waitFor();
    expect(await ticket(server, t.id)).toMatchObject({ status: 'waiting', queueId: 'results', number: t.number });
    await expect.poll(() => page.getByTestId('stat-transferred').textContent()).toBe('1');
  });

  await step('marks a no-show after confirming, and the ticket slips back in line', async () => {
    const t = tickets[6]!;
    await callNext(t);
    await pad(page, 'no-show').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.getByTestId('confirm').click();
    await page.getByTestId('ticket-idle').waitFor();
    expect(await ticket(server, t.id)).toMatchObject({ status: 'waiting', windowId: null });
    await expect.poll(() => page.getByTestId('stat-no-shows').textContent()).toBe('1');
    // Back in this window's line, so the console lists it again.
    await expect.poll(() => page.getByTestId('waiting').textContent()).toContain(t.number);
    expect((await windowNow(server, 5)).current).toBeNull();
  });

  await step('pauses for a chosen reason (其他, with a note) and resumes the window', async () => {
    await pad(page, 'pause-resume').click();
    await page.getByTestId('pause-dialog').waitFor();
    await page.locator('[data-reason=other]').click();
    await page.getByTestId('pause-note').fill('接待来访领导');
    await page.getByTestId('pause-submit').click();
    await expect.poll(async () => (await windowNow(server, 5)).state).toBe('paused');
    expect(server.app.hall.database.sqlite.prepare("SELECT reason FROM window_log WHERE window_id = 5 AND type = 'pause'").all()).toEqual([{ reason: 'other: 接待来访领导' }]);
    await expect.poll(() => page.getByTestId('window-state').textContent()).toContain('已暂停 · 其他');
    expect(await pad(page, 'call-next').isDisabled()).toBe(true);
    await pad(page, 'pause-resume').click();
    await expect.poll(async () => (await windowNow(server, 5)).state).toBe('open');
    expect(clerk.problems).toEqual([]);
  });
}, STORY_TIMEOUT_MS);
