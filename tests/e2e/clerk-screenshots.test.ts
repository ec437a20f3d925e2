/**
 * Screenshots of the console at the two screen sizes halls use, for people to look at:
 * signed out, working with a ticket and its checklist, and the finish dialog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CatalogDto } from '../../contract/dto.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { pairKiosk } from '../support/devices.js';
import { startServer, type TestServer } from '../support/server.js';
import { issue, LARGE, openConsole, pad, shownTicket, signInAt, SMALL } from './clerk-helpers.js';

let server: TestServer;
let browser: Browser;
const clock = movableClock();

beforeAll(async () => {
  server = await startServer({ clock });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Content that does not fit its box shows as cut-off text; a screen must have none. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.pad-btn, .ticket, .top-bar, .stats dd, .modal-actions .btn')]
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${el.className}: ${el.textContent?.slice(0, 30) ?? ''}`));
}

describe.each([['1366x768', SMALL, 'clerk16', 16], ['1920x1080', LARGE, 'clerk17', 17]] as const)('console at %s', (size, viewport, username, windowId) => {
  it('signed out, working with a ticket and its checklist, finishing', async () => {
    // Windows 16 and 17 serve HR & social security: a line with a green-channel mark (from a paired kiosk).
    const catalog = (await server.app.inject('/api/catalog')).json<CatalogDto>();
    const matterId = catalog.matters.find((m) => m.queueId === 'hr-social' && m.materials.length >= 4)?.id ?? '';
    for (let i = 0; i < 4; i++) {
      await issue(server, { matterId });
      clock.advance(60_000);
    }
    await issue(server, { matterId, priority: 'elderly' }, await pairKiosk(server.app, 'K01'));
    clock.advance(5 * 60_000);

    const { page, problems } = await openConsole(browser, server, viewport);
    await page.getByTestId('sign-in').waitFor();
    await screenshot(page, `clerk-signed-out-${size}`);

    await signInAt(page, username, windowId);
    await pad(page, 'call-next').click();
    await shownTicket(page);
    await pad(page, 'start').click();
    await page.locator('.status-serving').waitFor();
    const rows = page.getByTestId('checklist').locator('tbody input[type=checkbox]');
    await rows.nth(0).check();
    await rows.nth(1).check();
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, `clerk-working-${size}`);

    await pad(page, 'finish').click();
    await page.getByTestId('finish-dialog').waitFor();
    await page.keyboard.press('2');
    await page.getByTestId('missing-materials').waitFor();
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, `clerk-finish-dialog-${size}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
