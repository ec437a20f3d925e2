/** Rating and complaining from the visitor's phone: /t/<id> after the service, /c/<token> after delivery. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { APPLICANT, post, serveAndFinish } from '../cases/case-helpers.js';
import { cookieOf, openConsole, pad, shownTicket, signInAt } from './clerk-helpers.js';
import { launchBrowser, openPhone, screenshot } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;
let clerk2: string;
const clock = movableClock(Date.UTC(2026, 11, 4, 1, 0, 0)); // Fri 2026-12-04 09:00 Xiamen

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ clock }), launchBrowser()]);
  clerk2 = await server.clerkAt(2);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const phone = (path: string): Promise<{ page: Page; problems: string[] }> => openPhone(browser, `${server.url}${path}`);

const ratingOf = async (url: string) => (await server.app.inject(url)).json<{ rated: number | null; open: boolean }>();
const card = (page: Page) => page.getByTestId('rating-card');

describe('rating from the phone', () => {
  it('rates a finished ticket on /t/ once; a second attempt is refused clearly', async () => {
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    const a = await phone(`/t/${ticket.id}`);
    const b = await phone(`/t/${ticket.id}`);
    for (const p of [a.page, b.page]) await card(p).and(p.locator('[data-state="form"]')).waitFor();
    expect(await card(a.page).locator('.rate-level').allTextContents()).toEqual(
      ['非常满意Very satisfied', '满意Satisfied', '基本满意Fairly satisfied', '不满意Dissatisfied', '非常不满意Very dissatisfied']);
    for (const box of await Promise.all((await card(a.page).locator('.rate-level').all()).map((l) => l.boundingBox()))) {
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
    }
    await screenshot(a.page, 'phone-rating-card');

    await a.page.locator('.rate-level[data-level="2"]').click();
    await a.page.locator('.chip[data-reason="long-wait"]').click();
    await a.page.getByTestId('rating-phone').fill('13900001111');
    await a.page.getByTestId('rating-card').scrollIntoViewIfNeeded();
    await screenshot(a.page, 'phone-rating-card-bad');
    await a.page.getByTestId('rating-submit').click();
    await expect.poll(() => a.page.getByTestId('rating-answer').textContent()).toContain('您已评价：不满意，谢谢');
    expect(await ratingOf(`/api/tickets/${ticket.id}/rating`)).toMatchObject({ rated: 2, open: false });

    // The second phone still shows the form: its attempt gets a clear answer and the rating that stands.
    await b.page.locator('.rate-level[data-level="5"]').click();
    await b.page.getByTestId('rating-submit').click();
    await expect.poll(() => b.page.getByTestId('rating-error').textContent()).toContain('已经评价过');
    expect(await b.page.getByTestId('rating-answer').textContent()).toContain('您已评价：不满意');
    expect(await ratingOf(`/api/tickets/${ticket.id}/rating`)).toMatchObject({ rated: 2 });
    await screenshot(b.page, 'phone-rating-refused');
    expect([...a.problems, ...b.problems]).toEqual([]);
    await Promise.all([a.page.close(), b.page.close()]);
  });

  it('files a complaint from /t/ that reaches the supervisor\'s follow-up list', async () => {
    const { ticket } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'consultation' });
    const { page, problems } = await phone(`/t/${ticket.id}`);
    await page.getByTestId('complaint-open').click();
    await page.locator('.chip[data-category="attitude"]').click();
    await page.getByTestId('complaint-text').fill('窗口人员说话不耐烦');
    await page.getByTestId('complaint-phone').fill('13900002222');
    await page.getByTestId('complaint-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-complaint-form');
    await page.getByTestId('complaint-submit').click();
    await expect.poll(() => page.getByTestId('complaint-receipt').textContent()).toMatch(/已收到，我们将在 \d{4}-\d{2}-\d{2} 前处理并回复/);
    await screenshot(page, 'phone-complaint-received');
    const items = (await server.app.inject({ url: '/api/rectifications', headers: { cookie: await server.login('supervisor') } }))
      .json<{ kind: string; number: string | null; category: string | null }[]>();
    expect(items.find((i) => i.kind === 'complaint' && i.number === ticket.number)).toMatchObject({ category: 'attitude' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('rates a delivered case as a whole on /c/', async () => {
    const { answer } = await serveAndFinish(server, clerk2, 2, 'market-005', { kind: 'accepted', applicant: APPLICANT });
    const token = answer.case?.trackUrl.split('/').pop() ?? '';
    const number = answer.case?.number ?? '';
    const approver = await server.login('ap-market-supervision');
    expect((await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: '同意' }, approver)).statusCode).toBe(200);
    expect((await post(server, `/api/cases/${number}/result-ready`, {}, approver)).statusCode).toBe(200);
    expect((await post(server, `/api/cases/${number}/deliver`, { identityChecked: true, collectedBy: 'applicant' }, clerk2)).statusCode).toBe(200);

    const { page, problems } = await phone(`/c/${token}`);
    await card(page).and(page.locator('[data-state="form"]')).waitFor();
    expect(await card(page).locator('h2').textContent()).toContain('请对本次办件评价');
    await page.locator('.rate-level[data-level="5"]').click();
    await card(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-case-rating-card');
    await page.getByTestId('rating-submit').click();
    await expect.poll(() => page.getByTestId('rating-answer').textContent()).toContain('您已评价：非常满意，谢谢');
    expect(await ratingOf(`/api/track/${token}/rating`)).toMatchObject({ rated: 5, open: false });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the clerk sees today\'s levels (never who) and files a desk complaint about the ticket at the window', async () => {
    const { context, page, problems } = await openConsole(browser, server);
    await signInAt(page, 'clerk03', 3);
    const cookie = await cookieOf(context);
    const good = await serveAndFinish(server, cookie, 3, 'market-005', { kind: 'consultation' });
    const bad = await serveAndFinish(server, cookie, 3, 'market-005', { kind: 'consultation' });
    expect((await post(server, `/api/tickets/${good.ticket.id}/rating`, { level: 5 })).statusCode).toBe(200);
    expect((await post(server, `/api/tickets/${bad.ticket.id}/rating`, { level: 2, reasons: ['slow'] })).statusCode).toBe(200);
    await page.reload();
    await expect.poll(() => page.getByTestId('rating-rate').textContent()).toBe('满意率 50%（已评价 2/2）');
    expect(await page.getByTestId('rating-count-5').textContent()).toBe('1');
    expect(await page.getByTestId('rating-count-2').textContent()).toBe('1');

    await post(server, '/api/tickets', { matterId: 'market-005' });
    await pad(page, 'call-next').click();
    const shown = await shownTicket(page);
    await page.getByTestId('complaint-tool').click();
    await page.locator('[data-testid="complaint-dialog"] .chip[data-category="efficiency"]').click();
    await page.getByTestId('complaint-text').fill('上次来材料被退回三次');
    await page.getByTestId('complaint-name').fill('李四');
    await page.getByTestId('complaint-about').check();
    await screenshot(page, 'clerk-complaint-dialog');
    await page.getByTestId('complaint-submit').click();
    await expect.poll(() => page.getByTestId('complaint-receipt').textContent()).toContain('已收到，我们将在');
    const supervisor = await server.login('supervisor');
    const items = (await server.app.inject({ url: '/api/rectifications', headers: { cookie: supervisor } })).json<{ id: number; kind: string; number: string | null }[]>();
    const item = items.find((i) => i.kind === 'complaint' && i.number === shown.number);
    const detail = (await server.app.inject({ url: `/api/rectifications/${item?.id ?? 0}`, headers: { cookie: supervisor } })).json<{ complaint: object }>();
    expect(detail.complaint).toMatchObject({ channel: 'desk', category: 'efficiency', contactName: '李四' });
    await page.getByRole('button', { name: '关闭 Close' }).click();
    await screenshot(page, 'clerk-my-ratings');
    expect(problems).toEqual([]);
    await context.close();
  });
});
