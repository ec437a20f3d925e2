/**
 * Two consoles at once: two windows calling at the same moment get different tickets, and two
 * consoles never share one window — the second is refused, and takes over only when asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';
import { issue, openConsole, pad, shownTicket, signIn, signInAt, ticket, waitOnline, windowNow } from './clerk-helpers.js';

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

describe('two consoles', () => {
  it('two clerks at two windows of one queue calling at the same moment get different tickets', async () => {
    const issued = [await issue(server, { queueId: 'market' }), await issue(server, { queueId: 'market' })];
    const a = await openConsole(browser, server);
    const b = await openConsole(browser, server);
    await signInAt(a.page, 'clerk01');
    await signInAt(b.page, 'clerk02');
    await Promise.all([a.page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-action=call-next]')?.disabled),
      b.page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-action=call-next]')?.disabled)]);
    await Promise.all([pad(a.page, 'call-next').click(), pad(b.page, 'call-next').click()]);
    const [ta, tb] = await Promise.all([shownTicket(a.page), shownTicket(b.page)]);
    expect(ta.id).not.toBe(tb.id);
    expect([ta.number, tb.number].sort()).toEqual(issued.map((t) => t.number).sort());
    expect((await ticket(server, ta.id)).windowNumber).toBe(1);
    expect((await ticket(server, tb.id)).windowNumber).toBe(2);
    expect([...a.problems, ...b.problems]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  it('a second console on a held window is refused with an explanation, and takes over only when confirmed', async () => {
    await issue(server, { queueId: 'market' });
    const first = await openConsole(browser, server);
    await signInAt(first.page, 'clerk03');
    await pad(first.page, 'call-next').click();
    const held = await shownTicket(first.page);

    const second = await openConsole(browser, server);
    await signIn(second.page, 'clerk04');
    await second.page.getByTestId('window-select').selectOption('3');
    await second.page.getByTestId('open-window').click();
    const refusal = second.page.getByTestId('refusal');
    await refusal.waitFor();
    await screenshot(second.page, 'clerk-window-refused-1366x768');
    const holder = (await windowNow(server, 3)).clerk?.name ?? '';
    expect(await refusal.textContent()).toContain(holder);
    expect(await refusal.textContent()).toContain('不能两台工作台同时使用');
    // Nothing changed hands by being refused.
    expect((await windowNow(server, 3)).clerk?.name).toBe(holder);

    // Taking over asks first; cancelling leaves the window where it was.
    await second.page.getByTestId('takeover').click();
    await second.page.getByTestId('confirm-dialog').waitFor();
    await second.page.keyboard.press('Escape');
    expect((await windowNow(server, 3)).clerk?.name).toBe(holder);

    // A colleague may not take a visitor away from the clerk serving them.
    await second.page.getByTestId('takeover').click();
    await second.page.getByTestId('confirm').click();
    await expect.poll(() => second.page.locator('.window-choice .notice').textContent()).toContain('需值班主任接管');
    expect((await windowNow(server, 3)).clerk?.name).toBe(holder);
    await second.context.close();

    // The supervisor may, after confirming.
    const third = await openConsole(browser, server);
    await signIn(third.page, 'supervisor');
    await third.page.getByTestId('window-select').selectOption('3');
    await third.page.getByTestId('open-window').click();
    await third.page.getByTestId('refusal').waitFor();
    await third.page.getByTestId('takeover').click();
    // From the takeover on, the first console must not send a single command, refused or not.
    const sentAfterTakeover: string[] = [];
    first.page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/api/windows/')) sentAfterTakeover.push(r.url()); });
    await third.page.getByTestId('confirm').click();
    await waitOnline(third.page);
    // The window keeps its ticket: the new console shows it.
    expect((await shownTicket(third.page)).id).toBe(held.id);
    expect((await windowNow(server, 3)).clerk?.name).toBe('值班主任');

    // The first console says so plainly and acts no more.
    const notice = first.page.getByTestId('taken-over');
    await notice.waitFor();
    await screenshot(first.page, 'clerk-taken-over-1366x768');
    expect(await notice.textContent()).toContain('已被接管');
    expect(await pad(first.page, 'start').isDisabled()).toBe(true);
    await first.page.keyboard.press('F3');
    // A request started by the key is reported before this round trip returns.
    await first.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    expect(sentAfterTakeover).toEqual([]);
    expect((await ticket(server, held.id)).status).toBe('called');

    // The console that holds the window works on.
    await third.page.keyboard.press('F3');
    await expect.poll(async () => (await ticket(server, held.id)).status).toBe('serving');
    expect([...first.problems, ...third.problems]).toEqual([]);
    await first.context.close();
    await third.context.close();
  });

  it('a second tab of the same browser (same session) stops the first one too', async () => {
    const first = await openConsole(browser, server);
    await signInAt(first.page, 'clerk05');
    const tab = await first.context.newPage();
    await tab.goto(`${server.url}/clerk`);
    // Same session: the reloaded console goes straight to the window it holds.
    await waitOnline(tab);
    const notice = first.page.getByTestId('taken-over');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('另一个标签页');
    expect(await pad(first.page, 'call-next').isDisabled()).toBe(true);
    expect(await pad(tab, 'pause-resume').isEnabled()).toBe(true);
    await first.context.close();
  });
});
