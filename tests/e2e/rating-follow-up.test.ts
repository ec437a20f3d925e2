/**
 * The closed loop in Chromium: a clerk finishes a service at window 2, the visitor taps
 * 不满意 on the window's pad (/rate/2), the item is in the supervisor's 整改 list due 15 working days
 * later, the market-supervision approver verifies, calls back and rectifies through the back
 * office, and the supervisor closes it. The server's state is checked after every click.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FollowUpDetail, FollowUpRow } from '../../backoffice/follow-up-types.js';
import { post, serveAndFinish } from '../cases/case-helpers.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

let server: TestServer;
let browser: Browser;
const clock = movableClock(Date.UTC(2026, 11, 1, 1, 0, 0)); // Tue 2026-12-01 09:00 Xiamen
const problems: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ clock, loginRateLimit: { max: 1000, timeWindow: 60_000 } }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => {
  expect(problems).toEqual([]);
});

async function openPage(path: string, viewport: { width: number; height: number }, touch = false): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`${path}: ${m.text()}`); });
  await page.goto(server.url + path);
  return page;
}

/** The back office in its own browser window, signed in as `username`, on the 整改 section. */
async function backOfficeAs(username: string): Promise<Page> {
  const page = await openPage('/backoffice', { width: 1440, height: 1000 });
  const form = page.getByTestId('sign-in');
  await form.locator('input[name="username"]').fill(username);
  await form.locator('input[name="password"]').fill('demo');
  await form.locator('button[type="submit"]').click();
  await page.locator('[data-section="follow-ups"]').click();
  await page.getByTestId('follow-ups').waitFor();
  return page;
}

async function onServer(id: number, as = 'supervisor'): Promise<FollowUpDetail> {
  const r = await server.app.inject({ url: `/api/rectifications/${id}`, headers: { cookie: await server.login(as) } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<FollowUpDetail>();
}

/** Opens the step's form, fills it and sends it; waits for the page to show the item's new status. */
async function takeStep(page: Page, action: string, note: string, to: string, fill: (page: Page) => Promise<void> = async () => {}): Promise<void> {
  await page.locator(`[data-step="${action}"]`).click();
  const form = page.getByTestId(`step-form-${action}`);
  await fill(page);
  await form.locator('textarea[name="note"]').fill(note);
  await form.getByTestId('step-submit').click();
  await page.locator(`[data-testid="follow-up-page"][data-status="${to}"]`).waitFor();
}

const allowedOnPage = (page: Page) => page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));

describe('整改: a bad rating on the pad followed up to closed in the back office', () => {
  it('pad → supervisor\'s list → verified → contacted → rectified → closed', { timeout: STORY_TIMEOUT_MS }, async () => {
    let number = '';
    let id = 0;

    await step('the visitor rates the service 不满意 · 等候时间长 on window 2\'s pad', async () => {
      const clerk2 = await server.clerkAt(2);
      const pad = await openPage('/rate/2', { width: 800, height: 1280 }, true);
      await pad.locator('.pad-welcome').waitFor();
      const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
      number = ticket.number;
      await pad.locator('.pad-service__number', { hasText: number }).waitFor();
      await pad.getByRole('button', { name: '不满意', exact: true }).tap();
      await pad.locator('.pad-chip[data-reason="long-wait"]').tap();
      await pad.locator('.pad-submit').tap();
      await pad.locator('.pad-thanks').waitFor();
      // A complaint filed from a phone, so the list shows both kinds.
      expect((await post(server, '/api/complaints', { category: 'facilities', text: '大厅空调太冷' })).statusCode).toBe(201);
    });

    const sup = await backOfficeAs('supervisor');
    await step('the supervisor\'s list has it, 不满意 with its reason, due 15 working days later', async () => {
      const rows = (await server.app.inject({ url: '/api/rectifications?open=true', headers: { cookie: await server.login('supervisor') } })).json<FollowUpRow[]>();
      const item = rows.find((r) => r.number === number);
      id = item?.id ?? 0;
      // Tue 12-01 + 15 working days (no holiday in December 2026) = Tue 12-22.
      expect(item).toMatchObject({ status: 'open', dueDate: '2026-12-22', level: 2, reasons: ['long-wait'], windowNumber: 2, overdue: false });
      const row = sup.locator(`tr[data-follow-up="${id}"]`);
      await row.waitFor();
      const text = await row.innerText();
      for (const words of [number, '差评', item?.departmentName ?? '?', '2 号', '不满意', '等候时间长', '待核实']) expect(text).toContain(words);
      expect(await row.getByTestId('due').innerText()).toContain(item?.dueDate ?? '?');
      expect(await row.getByTestId('overdue').count()).toBe(0);
      expect(await sup.locator('tr[data-follow-up]').count()).toBe(rows.length);
      expect(await sup.locator('tr[data-follow-up] .kind').allInnerTexts()).toEqual(expect.arrayContaining(['差评', '投诉']));
      await screenshot(sup, 'backoffice-follow-ups-list');
    });

    const ap = await backOfficeAs('ap-market-supervision');
    await step('the department opens the item: the whole story, the rating, and only its steps', async () => {
      await ap.locator(`tr[data-follow-up="${id}"]`).click();
      await ap.locator('[data-testid="follow-up-page"][data-status="open"]').waitFor();
      const story = await ap.getByTestId('story').innerText();
      for (const words of [number, '2 号窗口', '工号', '咨询']) expect(story).toContain(words);
      const rating = await ap.getByTestId('rating').innerText();
      for (const words of ['不满意', '等候时间长', '窗口评价器']) expect(rating).toContain(words);
      expect(await ap.getByTestId('follow-up-due').innerText()).toContain('2026-12-22');
      expect((await allowedOnPage(ap)).sort()).toEqual([...(await onServer(id, 'ap-market-supervision')).allowed].sort());
      expect(await allowedOnPage(ap)).not.toContain('close');
      await screenshot(ap, 'backoffice-follow-up-item');
    });

    await step('核实 founded', async () => {
      await takeStep(ap, 'verify', '调阅录像，等候确实过长', 'verified', (p) => p.locator('input[name="finding"][value="founded"]').check());
      expect(await onServer(id)).toMatchObject({ status: 'verified', finding: 'founded' });
    });

    await step('回访 with consent', async () => {
      await takeStep(ap, 'contact', '电话致歉', 'contacted', async (p) => {
        await p.locator('input[name="consent"][value="yes"]').check();
        await p.locator('input[name="result"]').fill('群众表示理解');
      });
      const now = await onServer(id);
      expect(now.status).toBe('contacted');
      expect(now.steps.at(-1)).toMatchObject({ action: 'contact', consent: true, result: '群众表示理解', note: '电话致歉' });
    });

    await step('整改', async () => {
      await takeStep(ap, 'rectify', '高峰时段增开窗口', 'rectified');
      expect((await onServer(id)).status).toBe('rectified');
      expect(await allowedOnPage(ap)).toEqual([]);
      expect(await ap.getByTestId('follow-up-history').innerText()).toContain('群众表示理解');
    });

    await step('the supervisor closes it', async () => {
      await sup.getByRole('button', { name: /刷新/ }).click();
      await sup.locator(`tr[data-follow-up="${id}"]`, { hasText: '已整改' }).click();
      await sup.locator('[data-testid="follow-up-page"][data-status="rectified"]').waitFor();
      await takeStep(sup, 'close', '整改到位', 'closed');
      const closed = await onServer(id);
      expect(closed.status).toBe('closed');
      expect(closed.steps.map((s) => s.action)).toEqual(['open', 'verify', 'contact', 'rectify', 'close']);
      await screenshot(sup, 'backoffice-follow-up-closed');
      await sup.getByTestId('back-to-follow-ups').click();
      await sup.getByTestId('follow-ups').waitFor();
      // Open only: the list reloads after the step, so the closed row goes once it has.
      await expect.poll(() => sup.locator(`tr[data-follow-up="${id}"]`).count()).toBe(0);
    });
  });
});
