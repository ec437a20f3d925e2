import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';
import { callNext, clerkSessions, eventually, issue, windowCommand } from './display-helpers.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

// The lobby and a window screen follow clerk commands made over the HTTP API, live.
let server: TestServer;
let browser: Browser;
let lobby: Page;
let window5: Page;
/** Real time plus a skew the test moves forward (recalls are allowed only 20 s apart). */
let skew = 0;
let signedIn: (windowNumber: number) => Promise<string>;
const problems: string[] = [];

async function open(path: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${path}: ${m.text()}`); });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.hallDisplay?.version !== null && window.hallDisplay?.connection === 'connected');
  return page;
}

beforeAll(async () => {
  server = await startServer({ clock: () => Date.now() + skew });
  signedIn = clerkSessions(server);
  browser = await launchBrowser();
  // Silent here: the voice has its own test file; this one is about what the screens show.
  lobby = await open('/display?silent=1', { width: 1920, height: 1080 });
  window5 = await open('/display/window/5', { width: 1280, height: 720 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Checked after every test, so a script error is blamed on the test that caused it.
afterEach(() => {
  expect(problems).toEqual([]);
});

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('lobby and window screen', () => {
  // One story in one test: window 5 through a clerk's commands; each step starts from what the
  // one before left on the screens (B001 called, then recalled, served, paused).
  it('follow window 5 from closed through a call, a recall, serving and a pause', async () => {
    await step('show a closed window, then the clerk and queues once the clerk signs in', async () => {
      await eventually(() => text(window5, '.window-screen__status')).toBe('未开放');
      await screenshot(window5, 'display-window-closed');
      await signedIn(5);
      await eventually(() => text(window5, '.window-screen__status')).toBe('空闲');
      const head = await text(window5, '.window-screen__head');
      expect(head).toContain('5');
      expect(head).toContain('住房保障');
      expect(head).toContain('Housing Security');
      const clerkLine = await text(window5, '.window-screen__clerk');
      expect(clerkLine).toContain('张丽娟');
      expect(clerkLine).toContain('XM0005');
      await screenshot(window5, 'display-window-idle');
    });

    await step('show a call on both screens as soon as the clerk calls', async () => {
      const cookie = await signedIn(5);
      await issue(server.url, 'housing');
      await issue(server.url, 'housing');
      await eventually(() => lobby.locator('[data-queue="housing"] .waiting__count').getAttribute('data-waiting')).toBe('2');

      const called = await callNext(server.url, cookie, 5);
      expect(called.ticket.number).toBe('B001');
      await eventually(() => lobby.locator('.now__ticket').getAttribute('data-ticket')).toBe('B001');
      expect(await lobby.locator('.now__window b').getAttribute('data-window')).toBe('5');
      expect(await lobby.locator('.now').getAttribute('class')).toContain('now--new');
      await eventually(() => lobby.locator('[data-queue="housing"] .waiting__count').getAttribute('data-waiting')).toBe('1');

      await eventually(() => window5.locator('.window-screen__ticket').getAttribute('data-ticket')).toBe('B001');
      expect(await window5.locator('.window-screen').getAttribute('data-state')).toBe('calling');
      expect(await text(window5, '.window-screen__hint')).toBe('请 B001 号到本窗口办理');
      await screenshot(window5, 'display-window-calling');
    });

    await step('highlight a recall again on the lobby', async () => {
      const cookie = await signedIn(5);
      // Let the first highlight run out, so only the recall can bring it back.
      await expect.poll(() => lobby.evaluate(() => window.hallDisplay?.highlight ?? null), { timeout: 12_000 }).toBeNull();
      expect(await lobby.locator('.now').getAttribute('class')).not.toContain('now--new');
      skew += 25_000;
      await windowCommand(server.url, cookie, 5, 'recall');
      await eventually(() => lobby.locator('.now').getAttribute('data-call')).toMatch(/^B001#2@/);
      expect(await lobby.locator('.now').getAttribute('class')).toContain('now--new');
      expect(await text(lobby, '.now .badge')).toContain('第 2 次呼叫');
    });

    await step('show serving, then paused, on the window screen', async () => {
      const cookie = await signedIn(5);
      await windowCommand(server.url, cookie, 5, 'start');
      await eventually(() => window5.locator('.window-screen').getAttribute('data-state')).toBe('serving');
      expect(await text(window5, '.window-screen__label')).toContain('正在办理');
      expect(await window5.locator('.window-screen__ticket').getAttribute('data-ticket')).toBe('B001');
      await screenshot(window5, 'display-window-serving');

      await windowCommand(server.url, cookie, 5, 'pause');
      await eventually(() => text(window5, '.window-screen__status')).toBe('暂停服务');
      await screenshot(window5, 'display-window-paused');
      await windowCommand(server.url, cookie, 5, 'resume');
      await eventually(() => window5.locator('.window-screen').getAttribute('data-state')).toBe('serving');
    });
  }, STORY_TIMEOUT_MS);

  it('list the last calls of many windows on the lobby, newest first, one line per ticket', async () => {
    const plan: [number, string][] = [[1, 'market'], [2, 'market'], [13, 'public-security'], [26, 'general-livelihood'], [9, 'real-estate'],
      [33, 'results'], [16, 'hr-social'], [23, 'construction-approval'], [30, 'general-construction'], [7, 'medical-insurance']];
    for (const [, queueId] of plan) await issue(server.url, queueId);
    for (let i = 0; i < 12; i++) await issue(server.url, i % 2 ? 'market' : 'hr-social');
    const numbers: string[] = [];
    for (const [windowNumber] of plan) {
      const cookie = await signedIn(windowNumber);
      numbers.push((await callNext(server.url, cookie, windowNumber)).ticket.number);
    }
    const newest = numbers.at(-1);
    await eventually(() => lobby.locator('.now__ticket').getAttribute('data-ticket')).toBe(newest);
    const listed = await lobby.locator('.recent__item').evaluateAll((els) => els.map((e) => e.getAttribute('data-ticket')));
    expect(listed).toEqual(numbers.slice(0, -1).reverse().slice(0, 8));
    expect(new Set(listed).size).toBe(listed.length);
    await screenshot(lobby, 'display-lobby-calls');
  }, 60_000); // several pages or windows: generous on a loaded machine

  it('show numbers only on the lobby, never a name', async () => {
    // A call of its own (window 3, 黄雅婷), so the lobby has a clerk's call to leave the name out of.
    await issue(server.url, 'market');
    const called = (await callNext(server.url, await signedIn(3), 3)).ticket.number;
    await eventually(() => lobby.locator('.now__ticket').getAttribute('data-ticket')).toBe(called);
    const all = await lobby.locator('body').innerText();
    for (const name of ['黄雅婷', '张丽娟', '林晓燕', '陈思远']) expect(all).not.toContain(name);
  });

  it('keep every panel inside the screen and everything inside its panel (nothing cut off)', async () => {
    // A call of its own (window 4), so the lobby's panels have content to measure.
    await issue(server.url, 'market');
    const called = (await callNext(server.url, await signedIn(4), 4)).ticket.number;
    await eventually(() => lobby.locator('.now__ticket').getAttribute('data-ticket')).toBe(called);
    for (const [page, panels] of [[lobby, '.hall-header, .now, .recent, .waiting, .notice__label'], [window5, '.window-screen > *']] as const) {
      const outside = await page.evaluate((selector) => {
        const bad: string[] = [];
        const within = (a: DOMRect, b: { top: number; bottom: number; left: number; right: number }) =>
          a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.left >= b.left - 1 && a.right <= b.right + 1;
        const screenBox = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
        for (const panel of document.querySelectorAll<HTMLElement>(selector)) {
          const box = panel.getBoundingClientRect();
          if (!within(box, screenBox)) bad.push(`${panel.className} leaves the screen`);
          for (const el of panel.querySelectorAll<HTMLElement>('*')) {
            if (!within(el.getBoundingClientRect(), box)) bad.push(`${el.className || el.tagName} spills out of ${panel.className}`);
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === 'hidden') bad.push(`${el.className} cut: ${el.textContent}`);
          }
        }
        return bad;
      }, panels);
      expect(outside).toEqual([]);
    }
  });

});
