import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { RATING_LEVEL_LABELS } from '../../common/rating-labels.js';
import { RATING_LEVELS } from '../../contract/constants.js';
import { serveAndFinish } from '../cases/case-helpers.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

// The rating pad of window 2 on a portrait tablet: a clerk finishes over HTTP, a visitor taps.
let server: TestServer;
let browser: Browser;
const clock = movableClock(Date.UTC(2026, 11, 4, 1, 0, 0)); // Fri 2026-12-04 09:00 Xiamen
const problems: string[] = [];

declare global {
  interface Window {
    /** Set by the test's init script when a service to rate ever appeared on the page. */
    padOffered?: boolean;
  }
}

async function openPad(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 }, hasTouch: true, isMobile: true, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${path}: ${m.text()}`); });
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('.pad-service')) window.padOffered = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url + path);
  return page;
}

beforeAll(async () => {
  server = await startServer({ clock });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => {
  expect(problems).toEqual([]);
});

describe('the rating pad /rate/<n>', () => {
  it('offers window 2\'s finished service, takes a bad rating with reasons, and opens a follow-up', { timeout: STORY_TIMEOUT_MS }, async () => {
    const clerk2 = await server.clerkAt(2);
    const pad2 = await openPad('/rate/2');
    const pad3 = await openPad('/rate/3');
    let number = '';

    await step('idle: the window, its clerk and a closed neighbour', async () => {
      await pad2.locator('.pad-clerk__name').waitFor();
      expect(await pad2.locator('.pad-clerk__no').innerText()).toContain('工号');
      expect(await pad2.locator('.pad-window').innerText()).toContain('2号窗');
      await pad2.locator('.pad-welcome').waitFor();
      expect(await pad2.locator('.pad-service').count()).toBe(0);
      await pad3.locator('.pad-closed').waitFor();
      expect(await pad3.locator('.pad-closed').innerText()).toContain('暂停服务');
      await screenshot(pad2, 'rate-pad-idle');
      await screenshot(pad3, 'rate-pad-closed');
    });

    await step('offered: the ticket and five big buttons carrying the level labels, 5 → 1', async () => {
      const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
      number = ticket.number;
      await pad2.locator('.pad-service__number', { hasText: number }).waitFor();
      expect(await pad2.locator('.pad-service__ask').innerText()).toContain('请对本次服务进行评价');
      // The buttons' own text is exactly the label (pinned); their accessible names follow.
      const labels = (await pad2.locator('.pad-level').allTextContents()).map((t) => t.trim());
      expect(labels).toEqual(RATING_LEVELS.map((l) => RATING_LEVEL_LABELS[l].zh));
      for (const box of await Promise.all((await pad2.locator('.pad-level').all()).map((b) => b.boundingBox()))) {
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(96);
      }
      await screenshot(pad2, 'rate-pad-offered');
    });

    await step('不满意 asks for reasons; the visitor picks two and submits', async () => {
      await pad2.getByRole('button', { name: '不满意', exact: true }).tap();
      await pad2.locator('.pad-chips').waitFor();
      await pad2.locator('.pad-chip[data-reason="long-wait"]').tap();
      await pad2.locator('.pad-chip[data-reason="attitude"]').tap();
      expect(await pad2.locator('.pad-chip[aria-pressed="true"]').count()).toBe(2);
      for (const box of await Promise.all((await pad2.locator('.pad-chip, .pad-submit').all()).map((b) => b.boundingBox()))) {
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
      }
      // 提交 is on the screen without scrolling a tablet the visitor cannot be expected to scroll.
      const submit = await pad2.locator('.pad-submit').boundingBox();
      expect((submit?.y ?? Infinity) + (submit?.height ?? 0)).toBeLessThanOrEqual(1280);
      await screenshot(pad2, 'rate-pad-reasons');
      await pad2.locator('.pad-submit').tap();
      await pad2.locator('.pad-thanks').waitFor();
      expect(await pad2.locator('.pad-thanks').innerText()).toContain('谢谢您的评价');
      await screenshot(pad2, 'rate-pad-thanks');
    });

    await step('the supervisor\'s list has the ticket, open, due in 15 working days; the pad idles again', async () => {
      const list = (await server.app.inject({ url: '/api/rectifications', headers: { cookie: await server.login('supervisor') } })).json();
      expect(list.find((i: { number: string }) => i.number === number)).toMatchObject({
        status: 'open', dueDate: '2026-12-25', level: 2, reasons: ['long-wait', 'attitude'], windowNumber: 2,
      });
      await pad2.locator('.pad-welcome').waitFor();
      expect(await pad3.evaluate(() => window.padOffered === true)).toBe(false);
      expect(await pad3.locator('.pad-level').count()).toBe(0);
    });
  });
});
