import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { queues } from '../../server/db/schema.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { decodeEscPos, lineWith } from '../support/escpos-decoder.js';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import { startServer, type TestServer } from '../support/server.js';
import { openKiosk, openMatter, openPairedKiosk, searchByKeys, setPrinter, shownTicketMatchesServer, waitingIn, type KioskPage } from './kiosk-helpers.js';

let server: TestServer;
let browser: Browser;
let printer: FakePrinter;
let kiosk: KioskPage | null = null;

beforeAll(async () => {
  [server, browser, printer] = await Promise.all([startServer(), launchBrowser(), startFakePrinter()]);
  setPrinter(server, 'K01', printer.url);
});
afterEach(async () => {
  await kiosk?.page.close();
  kiosk = null;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await printer?.close();
});

const open = async (query?: string): Promise<Page> => {
  kiosk = await openKiosk(browser, server, query);
  return kiosk.page;
};
/** Printing and the green channel are for kiosks the hall has paired. */
const openPaired = async (extraQuery?: string): Promise<Page> => {
  kiosk = await openPairedKiosk(browser, server, 'K01', extraQuery);
  return kiosk.page;
};

describe('a visitor at the kiosk', () => {
  it('finds a matter by pinyin initials, reads its checklist, takes a ticket the server issued', async () => {
    const page = await openPaired();
    // Other tests print on K01 too: only a receipt printed from here on counts.
    const receiptsBefore = printer.receipts().length;
    await searchByKeys(page, 'yyzzysbl');
    const row = page.locator('.matter-row').first();
    await expect.poll(() => row.getAttribute('data-matter')).toBe('market-008');
    // The result says where the matter goes before the visitor opens it.
    expect(await row.textContent()).toContain('市场监管综合窗口');
    expect(await row.textContent()).toContain('1–4 号窗口');
    await openMatter(page, 'market-008');

    expect(await page.getByTestId('matter-title').textContent()).toBe('营业执照遗失补领');
    const materials = page.locator('.material');
    expect(await materials.count()).toBe(3);
    expect(await materials.nth(0).textContent()).toContain('营业执照补领申请书');
    expect(await materials.nth(0).textContent()).toContain('原件 1 份');
    expect(await materials.nth(1).textContent()).toContain('复印件 1 份');
    expect(await materials.nth(2).textContent()).toContain('视情况');
    expect(await page.getByTestId('matter-windows').textContent()).toBe('1–4 号窗口');
    expect(await page.locator('.facts').textContent()).toContain('即办');
    expect(await page.locator('.faq').textContent()).toContain('营业执照遗失还需要登报声明吗');

    await materials.nth(0).tap();
    await materials.nth(1).tap();
    expect(await materials.nth(0).getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('checklist-summary').textContent()).toBe('必需材料已备齐 2 / 2');

    await page.getByTestId('take-ticket').tap();
    const ticket = await shownTicketMatchesServer(page, server);
    expect(ticket).toMatchObject({ matterId: 'market-008', queueId: 'market', status: 'waiting' });
    expect(await page.getByTestId('ticket-where').textContent()).toBe('请到 1–4 号窗口办理');
    expect(await page.locator('.ticket-queue').textContent()).toBe('市场监管综合窗口 · 营业执照遗失补领');
    expect(await page.getByTestId('ticket-ahead').textContent()).toBe(`前面还有 ${ticket.peopleAhead} 人`);
    expect(await page.locator('svg.qr').getAttribute('data-qr')).toBe(`${server.url}/t/${ticket.id}`);
    expect(await page.getByTestId('print-status').getAttribute('data-printed')).toBe('true');
    await expect.poll(() => printer.receipts().length, { timeout: 2000 }).toBe(receiptsBefore + 1);
    const receipt = decodeEscPos(printer.receipts().at(-1) ?? Buffer.alloc(0));
    expect(lineWith(receipt.lines, ticket.number).text).toContain(ticket.number);
    expect(kiosk?.problems).toEqual([]);
  });

  it('gets one ticket however fast the button is tapped', async () => {
    const page = await open();
    const before = await waitingIn(server, 'housing');
    await searchByKeys(page, 'gzf');
    await openMatter(page, 'housing-001');
    const button = page.getByTestId('take-ticket');
    // Two taps in the same instant, before the page can redraw the button as busy…
    await button.evaluate((b) => {
      if (!(b instanceof HTMLButtonElement)) throw new Error('not a button');
      b.click();
      b.click();
    });
    await shownTicketMatchesServer(page, server);
    expect(await waitingIn(server, 'housing')).toBe(before + 1);
    // …and a finger's double tap on the real screen.
    await page.getByTestId('ticket-done').tap();
    await searchByKeys(page, 'gzf');
    await openMatter(page, 'housing-001');
    const box = await page.getByTestId('take-ticket').boundingBox();
    if (!box) throw new Error('no take-ticket button');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await shownTicketMatchesServer(page, server);
    expect(await waitingIn(server, 'housing')).toBe(before + 2);
  });

  it('says plainly when the server cannot be reached, retries with the same key, and shows the one ticket issued', async () => {
    const page = await open();
    const before = await waitingIn(server, 'market');
    let attempts = 0;
    const keys: string[] = [];
    await page.route('**/api/tickets', async (route) => {
      attempts++;
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (attempts === 1) {
        // The server issues the ticket but the answer is lost on the way back.
        await route.fetch();
        return route.abort('connectionreset');
      }
      if (attempts === 2) return route.abort('connectionrefused');
      return route.continue();
    });
    await searchByKeys(page, 'gsbgdj');
    await openMatter(page, 'market-003');
    await page.getByTestId('take-ticket').tap();
    await page.getByTestId('ticket-offline').waitFor();
    expect(await page.getByTestId('ticket-offline').textContent()).toContain('暂时连接不上服务器');
    await screenshot(page, 'kiosk-offline-retrying-zh-normal-portrait');
    expect(await page.locator('.screen.ticket').count()).toBe(0);

    const ticket = await shownTicketMatchesServer(page, server);
    expect(attempts).toBe(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(await waitingIn(server, 'market')).toBe(before + 1);
    expect(ticket.matterId).toBe('market-003');
  });

  it('explains a closed queue and offers the guidance desk instead of a number', async () => {
    server.app.hall.database.db.update(queues).set({ open: false }).where(eq(queues.id, 'finance')).run();
    try {
      const page = await open();
      await searchByKeys(page, 'dljz');
      await openMatter(page, 'finance-001');
      await page.getByTestId('take-ticket').tap();
      const refused = page.getByTestId('ticket-refused');
      await refused.waitFor();
      expect(await refused.getAttribute('data-kind')).toBe('queue-closed');
      expect(await refused.textContent()).toContain('该业务暂停取号');
      expect(await refused.textContent()).toContain('咨询台在 35、36 号窗口');
      await screenshot(page, 'kiosk-refused-queue-closed-zh-normal-portrait');
      expect(await page.locator('.screen.ticket').count()).toBe(0);
      await page.getByTestId('refused-consult').tap();
      const ticket = await shownTicketMatchesServer(page, server);
      expect(ticket.queueId).toBe('guidance');
      expect(ticket.number).toMatch(/^Z\d{3}$/);
    } finally {
      server.app.hall.database.db.update(queues).set({ open: true }).where(eq(queues.id, 'finance')).run();
    }
  });

  it('takes a green-channel ticket that goes ahead', async () => {
    const page = await openPaired();
    await page.getByTestId('green-channel').tap();
    await page.locator('[data-reason="elderly"]').tap();
    expect(await page.locator('.green-banner').textContent()).toContain('70 岁以上老年人');
    await page.locator('[data-queue="medical-insurance"]').tap();
    await page.locator('.matter-row[data-matter="medical-insurance-002"]').tap();
    await page.getByTestId('take-ticket').tap();
    const ticket = await shownTicketMatchesServer(page, server);
    expect(ticket.priority).toBe('elderly');
    expect(await page.locator('.ticket-green').textContent()).toContain('绿色通道');
  });
});

describe('when the kiosk starts without the server', () => {
  it('says it is connecting, shows no tiles, and draws the hall once the server answers', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    let refused = 0;
    await page.route('**/api/catalog', (route) => (refused++ < 1 ? route.abort('connectionrefused') : route.continue()));
    await page.goto(`${server.url}/kiosk?device=K01`);
    await page.locator('.screen.loading').waitFor();
    expect(await page.locator('.screen.loading').textContent()).toContain('正在连接服务器');
    expect(await page.locator('.tile').count()).toBe(0);
    await page.locator('.tile').first().waitFor({ timeout: 10_000 });
    expect(refused).toBe(2);
    await page.close();
  });
});

describe('language and elderly mode', () => {
  it('switches to English for the whole journey', async () => {
    const page = await open();
    await page.getByTestId('lang').tap();
    expect(await page.locator('html .kiosk').getAttribute('lang')).toBe('en');
    expect(await page.locator('.search-box').textContent()).toContain('Type a service');
    expect(await page.locator('[data-queue="public-security"] .tile-name').textContent()).toBe('Public Security Services');
    // Two English words: the on-screen keyboard has a space bar.
    await searchByKeys(page, 'ordinary passport');
    await openMatter(page, 'public-security-003');
    expect(await page.getByTestId('matter-title').textContent()).toBe('Issue of an ordinary passport');
    expect(await page.locator('.material').first().textContent()).toMatch(/Original|Photocopy/);
    await page.getByTestId('take-ticket').tap();
    await shownTicketMatchesServer(page, server);
    expect(await page.locator('.ticket-label').textContent()).toBe('Your number');
    expect(await page.getByTestId('ticket-where').textContent()).toBe('Go to windows 13–15');
    expect(await page.locator('.ticket-queue').textContent()).toContain('Public Security Services');
  });

  it('elderly mode: larger type, fewer tiles per page, heavier outlines', async () => {
    const page = await open();
    const size = () => page.locator('.tile-name').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const normal = await size();
    expect(await page.locator('.tile').count()).toBe(13);
    await page.getByTestId('elderly').tap();
    expect(await page.locator('.kiosk').getAttribute('class')).toContain('elderly');
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.3);
    expect(await page.locator('.tile').count()).toBeLessThanOrEqual(8);
    expect(await page.locator('.pager').count()).toBe(1);
    await page.locator('.pager .btn').last().tap();
    expect(await page.locator('.tile').first().getAttribute('data-queue')).not.toBe('market');
    const border = await page.locator('.tile').first().evaluate((e) => parseFloat(getComputedStyle(e).borderTopWidth));
    expect(border).toBeGreaterThanOrEqual(4);
  });
});

describe('leaving nothing behind', () => {
  it('returns home after the idle time with no search, ticks, language or mode of the last visitor', async () => {
    const page = await open('device=K01&idle=5');
    await page.getByTestId('lang').tap();
    await page.getByTestId('elderly').tap();
    await searchByKeys(page, 'yyzzysbl');
    await openMatter(page, 'market-008');
    await page.locator('.material').first().tap();
    await page.getByTestId('idle-warning').waitFor({ timeout: 6000 });
    await screenshot(page, 'kiosk-idle-warning-en-elderly-portrait');
    await page.locator('.search-box').waitFor({ timeout: 6000 });
    expect(await page.getByTestId('idle-warning').count()).toBe(0);
    expect(await page.locator('.kiosk').getAttribute('class')).not.toContain('elderly');
    expect(await page.locator('.kiosk').getAttribute('lang')).toBe('zh-CN');
    await page.getByTestId('open-search').tap();
    expect(await page.getByTestId('search-input').inputValue()).toBe('');
    expect(await page.locator('.matter-row').count()).toBe(0);
    await page.getByTestId('search-input').fill('营业执照遗失');
    await openMatter(page, 'market-008');
    expect(await page.locator('.material[aria-checked="true"]').count()).toBe(0);
  });

  it('the ticket screen goes back home by itself', async () => {
    const page = await openPaired('back=3');
    await searchByKeys(page, 'sbk');
    await openMatter(page, 'hr-social-003');
    await page.getByTestId('take-ticket').tap();
    await shownTicketMatchesServer(page, server);
    await page.locator('.search-box').waitFor({ timeout: 5000 });
    expect(await page.getByTestId('ticket-number').count()).toBe(0);
  });
});
