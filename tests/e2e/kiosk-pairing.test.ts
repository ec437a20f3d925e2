/**
 * A kiosk is trusted once the hall pairs it: then its tickets print on its own printer and it
 * offers the green channel. Unpaired, it still issues plain tickets and shows a badge that only a
 * long press opens. Real server, real printers on 127.0.0.1, Chromium.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceDto } from '../../contract/dto.js';
import { devices } from '../../server/db/schema.js';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { decodeEscPos, lineWith } from '../support/escpos-decoder.js';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { startServer, type TestServer } from '../support/server.js';
import {
  LANDSCAPE, layoutProblems, openKiosk, openPairedKiosk, pairingCode, PORTRAIT, setPrinter, shownTicketMatchesServer, waitingIn, type KioskPage,
} from './kiosk-helpers.js';
import { device, holdBadge, HOLD_MS, recordTicketRequests, storedKey, typeCode, unpair } from './kiosk-pairing-helpers.js';

let server: TestServer;
let browser: Browser;
let printerK01: FakePrinter;
let printerK02: FakePrinter;
let kiosk: KioskPage | null = null;
let admin = '';

beforeAll(async () => {
  [server, browser, printerK01, printerK02] = await Promise.all([startServer(), launchBrowser(), startFakePrinter(), startFakePrinter()]);
  setPrinter(server, 'K01', printerK01.url);
  setPrinter(server, 'K02', printerK02.url);
});
// Every test starts from a hall where no kiosk is paired and no printer has been tried, whatever
// the tests before it paired, printed or unpaired.
// One admin session for it: sign-ins are rate limited per address.
beforeEach(async () => {
  admin ||= await server.login('admin');
  const all = (await server.app.inject({ url: '/api/devices', headers: { cookie: admin } })).json<DeviceDto[]>();
  for (const d of all.filter((x) => x.paired)) {
    const r = await server.app.inject({ method: 'POST', url: `/api/devices/${d.id}/unpair`, headers: { cookie: admin } });
    expect(r.statusCode).toBe(200);
  }
  server.app.hall.database.db.update(devices).set({ printerStatus: 'unknown' }).run();
});
afterEach(async () => {
  expect(kiosk?.problems ?? []).toEqual([]);
  await kiosk?.page.close();
  kiosk = null;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await printerK01?.close();
  await printerK02?.close();
});

async function takeGuidanceTicket(page: Page) {
  await page.getByTestId('consult-first').tap();
  return shownTicketMatchesServer(page, server);
}

describe('a kiosk paired by the hall', () => {
  it('pairs from the link on the admin page, takes the code off the address bar, prints and offers the green channel', async () => {
    const code = await pairingCode(server, 'K01');
    kiosk = await openKiosk(browser, server, `device=K01&pair=${code}`);
    const { page } = kiosk;
    const sent = recordTicketRequests(page);
    await page.locator('.kiosk[data-pairing="paired"]').waitFor();
    expect(page.url()).toBe(`${server.url}/kiosk?device=K01`);
    const key = await storedKey(page, 'K01');
    expect(key).toMatch(/^K01:.{20,}$/);
    expect(await page.getByTestId('pairing-badge').count()).toBe(0);
    expect(await page.getByTestId('paired-notice').textContent()).toContain('已配对');
    expect((await device(server, 'K01'))?.paired).toBe(true);

    await page.getByTestId('green-channel').tap();
    await page.locator('[data-reason="elderly"]').tap();
    await page.locator('[data-queue="medical-insurance"]').tap();
    await page.locator('.matter-row[data-matter="medical-insurance-002"]').tap();
    await page.getByTestId('take-ticket').tap();
    const ticket = await shownTicketMatchesServer(page, server);
    expect(ticket.priority).toBe('elderly');
    expect(await page.getByTestId('print-status').getAttribute('data-printed')).toBe('true');
    const receipt = decodeEscPos(await printerK01.waitForReceipt(2000));
    expect(lineWith(receipt.lines, ticket.number).text).toContain(ticket.number);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.deviceKey).toBe(key);
    expect(sent[0]?.body).toMatchObject({ priority: 'elderly', deviceId: 'K01' });
    // The code was replaced in the history, not pushed over: "back" does not bring it back.
    await page.goBack();
    expect(page.url()).not.toContain('pair=');
  });

  it('unpaired: a quiet badge, no green channel, and a plain ticket that prints nothing', async () => {
    kiosk = await openKiosk(browser, server, 'device=K02');
    const { page } = kiosk;
    const sent = recordTicketRequests(page);
    const receiptsBefore = printerK02.receipts().length;
    const badge = page.getByTestId('pairing-badge');
    await badge.waitFor();
    expect(await page.locator('.kiosk').getAttribute('data-pairing')).toBe('unpaired');
    expect(await badge.textContent()).toContain('未配对 · 不打印');
    expect(await badge.textContent()).toContain('Not paired');
    expect(await page.getByTestId('green-channel').count()).toBe(0);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'kiosk-unpaired-badge-zh-portrait');

    const ticket = await takeGuidanceTicket(page);
    expect(ticket.priority).toBeNull();
    expect(await page.getByTestId('print-status').getAttribute('data-printed')).toBe('false');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.deviceKey).toBeUndefined();
    // The server did not even try K02's printer.
    expect((await device(server, 'K02'))?.printerStatus).toBe('unknown');
    expect(printerK02.receipts()).toHaveLength(receiptsBefore);
  });

  it('pairs through the badge: taps do nothing, a 2 s hold opens the keypad, a wrong code is refused, the right one pairs', async () => {
    kiosk = await openKiosk(browser, server, 'device=K02');
    const { page } = kiosk;
    const badge = page.getByTestId('pairing-badge');
    await badge.waitFor();
    // A curious visitor taps it a few times, or rests a finger on it for a second: nothing opens,
    // even after the hold time.
    for (let i = 0; i < 5; i++) await badge.tap();
    await holdBadge(page, HOLD_MS / 2);
    await page.waitForTimeout(HOLD_MS);
    expect(await page.getByTestId('pairing-dialog').count()).toBe(0);

    await holdBadge(page);
    expect(await layoutProblems(page)).toEqual([]);
    await typeCode(page, 'ABCD-EFGH');
    expect(await page.getByTestId('pairing-code').getAttribute('data-code')).toBe('ABCDEFGH');
    await screenshot(page, 'kiosk-pairing-keypad-zh-portrait');
    await page.getByTestId('pairing-submit').tap();
    const problem = page.getByTestId('pairing-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('invalid');
    expect(await problem.textContent()).toContain('配对码错误或已过期');
    expect(await page.getByTestId('pairing-code').getAttribute('data-code')).toBe('');
    await screenshot(page, 'kiosk-pairing-keypad-wrong-code-zh-portrait');

    const code = await pairingCode(server, 'K02');
    await typeCode(page, code);
    await page.getByTestId('pairing-submit').tap();
    await page.locator('.kiosk[data-pairing="paired"]').waitFor();
    expect(await page.getByTestId('pairing-dialog').count()).toBe(0);
    expect(await badge.count()).toBe(0);
    expect(await page.getByTestId('green-channel').count()).toBe(1);
    expect(await storedKey(page, 'K02')).toMatch(/^K02:/);
    const ticket = await takeGuidanceTicket(page);
    expect(await page.getByTestId('print-status').getAttribute('data-printed')).toBe('true');
    expect(lineWith(decodeEscPos(await printerK02.waitForReceipt(2000)).lines, ticket.number).text).toContain(ticket.number);
  });

  it('the keypad fits with 48 px+ keys in landscape and in elderly mode', async () => {
    kiosk = await openKiosk(browser, server, 'device=K02', LANDSCAPE);
    const { page } = kiosk;
    await page.getByTestId('elderly').tap();
    await page.getByTestId('pairing-badge').waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'kiosk-unpaired-badge-zh-elderly-landscape');
    await holdBadge(page);
    await typeCode(page, 'ABC');
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'kiosk-pairing-keypad-elderly-landscape');
    await page.getByTestId('pairing-cancel').tap();
    expect(await page.getByTestId('pairing-dialog').count()).toBe(0);
  });
});

describe('when the hall unpairs a kiosk', () => {
  it('the next ticket is still issued (plain, unprinted, one ticket for one key) and the badge returns', async () => {
    kiosk = await openPairedKiosk(browser, server, 'K01');
    const { page } = kiosk;
    const sent = recordTicketRequests(page);
    const receiptsBefore = printerK01.receipts().length;
    const before = await waitingIn(server, 'medical-insurance');
    await page.getByTestId('green-channel').tap();
    await page.locator('[data-reason="pregnant"]').tap();
    await page.locator('[data-queue="medical-insurance"]').tap();
    await page.locator('.matter-row[data-matter="medical-insurance-002"]').tap();
    await unpair(server, 'K01');

    await page.getByTestId('take-ticket').tap();
    const ticket = await shownTicketMatchesServer(page, server);
    expect(ticket.priority).toBeNull();
    expect(await page.getByTestId('green-not-recorded').textContent()).toContain('本机暂不能登记绿色通道');
    expect(await page.getByTestId('print-status').getAttribute('data-printed')).toBe('false');
    expect(await waitingIn(server, 'medical-insurance')).toBe(before + 1);
    // Refused with the revoked credential, then once more without it under the same key.
    expect(sent).toHaveLength(2);
    expect(sent[0]?.deviceKey).toMatch(/^K01:/);
    expect(sent[1]?.deviceKey).toBeUndefined();
    expect(sent[1]?.idempotencyKey).toBe(sent[0]?.idempotencyKey);
    expect(sent[1]?.body).not.toHaveProperty('priority');
    expect(await page.getByTestId('pairing-badge').isVisible()).toBe(true);
    expect(await storedKey(page, 'K01')).toBeNull();

    await page.getByTestId('ticket-done').tap();
    await page.locator('.search-box').waitFor();
    expect(await page.getByTestId('green-channel').count()).toBe(0);
    expect(printerK01.receipts()).toHaveLength(receiptsBefore);
  });

  it('a kiosk restarted after it was unpaired checks its credential, forgets it and shows the badge', async () => {
    kiosk = await openPairedKiosk(browser, server, 'K01');
    const { page } = kiosk;
    const checks: (string | undefined)[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/devices/me')) checks.push(r.headers()['x-device-key']); });
    // Still paired: a reload keeps the credential and the green channel.
    await page.reload();
    await page.locator('.kiosk[data-pairing="paired"]').waitFor();
    await page.getByTestId('green-channel').waitFor();
    const key = await storedKey(page, 'K01');
    expect(checks).toEqual([key]);

    await unpair(server, 'K01');
    await page.reload();
    await page.locator('.kiosk[data-pairing="unpaired"]').waitFor();
    expect(checks).toEqual([key, key]);
    expect(await storedKey(page, 'K01')).toBeNull();
    expect(await page.getByTestId('pairing-badge').isVisible()).toBe(true);
    expect(await page.getByTestId('green-channel').count()).toBe(0);
  });

  it('a running kiosk notices at the next visitor, before anyone chooses the green channel', async () => {
    kiosk = await openPairedKiosk(browser, server, 'K02', 'idle=5');
    const { page } = kiosk;
    await unpair(server, 'K02');
    await page.getByTestId('lang').tap();
    // The idle reset ends the visit; the kiosk then asks the server again.
    await page.locator('.kiosk[data-pairing="unpaired"]').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('green-channel').count()).toBe(0);
    expect(await page.getByTestId('pairing-badge').isVisible()).toBe(true);
  });
});

describe('a phone or a browser (no ?device=)', () => {
  it('shows nothing of pairing and no green channel, and never asks about a credential', async () => {
    const asked: string[] = [];
    const page = await browser.newPage({ viewport: PORTRAIT, hasTouch: true });
    kiosk = { page, problems: [] };
    page.on('request', (r) => { if (r.url().includes('/api/devices')) asked.push(r.url()); });
    await page.goto(`${server.url}/kiosk`);
    await page.locator('.tile').first().waitFor();
    expect(await page.locator('.kiosk').getAttribute('data-pairing')).toBe('none');
    expect(await page.getByTestId('pairing-badge').count()).toBe(0);
    expect(await page.getByTestId('green-channel').count()).toBe(0);
    expect(await page.getByTestId('consult-first').count()).toBe(1);
    expect(asked).toEqual([]);
  });
});
