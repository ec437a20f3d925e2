import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { NO_SERVICE_TODAY } from '../../common/labels.js';
import { LANDSCAPE, layoutProblems, openMatter, openPairedKiosk, PORTRAIT, searchByKeys, setPrinter, shownTicketMatchesServer } from './kiosk-helpers.js';

let server: TestServer;
let browser: Browser;
let printer: FakePrinter;

beforeAll(async () => {
  // Monday 17:20 in the hall: ten minutes of service left, so every ticket says no window reaches it
  // today — the longest text a ticket screen shows, and the same at whatever hour the tests run.
  [server, browser, printer] = await Promise.all([startServer({ clock: movableClock(Date.UTC(2026, 10, 30, 9, 20)) }), launchBrowser(), startFakePrinter()]);
  setPrinter(server, 'K01', printer.url);
  // Some people waiting, so the counts on screen are not all zero.
  for (const queueId of ['market', 'market', 'housing', 'real-estate', 'general-livelihood']) {
    await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId } });
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await printer?.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await layoutProblems(page), name).toEqual([]);
  // Chinese must render with a CJK font, not as empty boxes.
  const fonts = await page.evaluate(() => document.fonts.check('32px "WenQuanYi Micro Hei"', '号'));
  expect(fonts, name).toBe(true);
}

const orientations = [['portrait', PORTRAIT], ['landscape', LANDSCAPE]] as const;

describe('kiosk screens at 1080×1920 and 1920×1080, Chinese and English, normal and elderly', () => {
  for (const [orientation, viewport] of orientations) {
    it(orientation, async () => {
      // One kiosk per orientation, as in a hall: each combination is a new visitor on the same page.
      const { page, problems } = await openPairedKiosk(browser, server, 'K01', 'idle=600&back=600', viewport);
      for (const lang of ['zh', 'en'] as const) {
        for (const mode of ['normal', 'elderly'] as const) {
          const tag = `${lang}-${mode}-${orientation}`;
          if (lang === 'en') await page.getByTestId('lang').tap();
          if (mode === 'elderly') await page.getByTestId('elderly').tap();
          await shoot(page, `kiosk-home-${tag}`);

          await searchByKeys(page, lang === 'zh' ? 'yyzzysbl' : 'business');
          await page.locator('.matter-row[data-matter="market-008"]').waitFor();
          await shoot(page, `kiosk-search-${tag}`);
          await openMatter(page, 'market-008');
          await page.locator('.material').first().tap();
          await shoot(page, `kiosk-matter-${tag}`);

          await page.getByTestId('take-ticket').tap();
          await shownTicketMatchesServer(page, server);
          expect(await page.getByTestId('ticket-estimate').textContent()).toBe(NO_SERVICE_TODAY[lang]);
          await shoot(page, `kiosk-ticket-${tag}`);
          // "Done" is the end of a visit: back to a Chinese, standard home for the next one.
          await page.getByTestId('ticket-done').tap();
          await page.locator('.search-box').waitFor();
          expect(await page.locator('.kiosk').getAttribute('class')).not.toContain('elderly');
          expect(await page.locator('.kiosk').getAttribute('lang')).toBe('zh-CN');
        }
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  for (const [orientation, viewport] of orientations) {
    it(`browse, green channel and a long checklist (${orientation})`, async () => {
      const { page } = await openPairedKiosk(browser, server, 'K01', 'idle=600', viewport);
      await page.locator('[data-queue="general-livelihood"]').tap();
      await shoot(page, `kiosk-browse-departments-zh-normal-${orientation}`);
      await page.locator('[data-department="health"]').tap();
      await shoot(page, `kiosk-browse-matters-zh-normal-${orientation}`);
      await page.getByTestId('home').tap();
      await page.getByTestId('green-channel').tap();
      await shoot(page, `kiosk-green-zh-normal-${orientation}`);
      await page.getByTestId('home').tap();
      // The longest checklist in the demo hall, in elderly mode: it must scroll, not spill.
      await page.getByTestId('elderly').tap();
      await searchByKeys(page, 'gsbgdj');
      await openMatter(page, 'market-003');
      await shoot(page, `kiosk-matter-long-zh-elderly-${orientation}`);
      await page.close();
    });
  }
});
