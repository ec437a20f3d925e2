/** /admin for a supervisor in Chromium: sign in, the live board naming every queue and following calls, reports (per queue, per window by hour), CSV, staff sheets. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CatalogDto, TicketDto } from '../../contract/dto.js';
import { serveAndFinish } from '../cases/case-helpers.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const post = (url: string, payload: object, cookie?: string) =>
  server.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

describe('admin page, supervisors\' live board and reports', () => {
  it('signs a supervisor in onto the live board, which follows issues and calls; reports with charts and CSV', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/admin`);
    const form = page.getByTestId('sign-in');
    expect(await form.locator('input[type="password"]').count()).toBe(1);
    await form.locator('input[name="username"]').fill('supervisor');
    await form.locator('input[name="password"]').fill('demo');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('live-board').waitFor();

    const catalog = (await server.app.inject('/api/catalog')).json<CatalogDto>();
    const cards = page.locator('[data-testid="live-queues"] > li');
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-queue')))).toEqual(catalog.queues.map((q) => q.id));
    for (const q of catalog.queues) expect(await page.locator(`li[data-queue="${q.id}"] h3`).textContent()).toContain(q.name);
    // A supervisor sees no administrators' sections, and none of them is asked for.
    await page.getByTestId('tab-manage').click();
    await page.getByTestId('calendar').waitFor();
    expect(await page.getByTestId('kiosks').count()).toBe(0);
    expect(await page.getByTestId('webhooks-section').count()).toBe(0);
    await page.getByTestId('tab-live').click();

    // Issued and called over HTTP: the board shows it with no reload.
    const t1 = (await post('/api/tickets', { matterId: 'market-005' })).json<TicketDto>();
    await post('/api/tickets', { matterId: 'market-002' });
    await post('/api/tickets', { matterId: 'housing-001' });
    const market = page.locator('li[data-queue="market"]');
    await expect.poll(() => market.getByTestId('queue-waiting').textContent()).toBe('2');
    const c1 = await server.clerkAt(1);
    await post('/api/windows/1/call-next', {}, c1);
    await post('/api/windows/5/open', {}, await server.clerkAt(5));
    const w1 = page.locator('[data-testid="live-windows"] tr[data-window="1"]');
    await expect.poll(() => w1.getByTestId('window-current').textContent()).toContain(t1.number);
    expect(await w1.getAttribute('data-state')).toBe('open');
    await expect.poll(() => market.getByTestId('queue-waiting').textContent()).toBe('1');
    await screenshot(page, 'admin-live-board');
    await post('/api/windows/1/start', {}, c1);
    await post('/api/windows/1/finish', { outcome: { kind: 'on-the-spot' } }, c1);
    await expect.poll(() => w1.getByTestId('window-current').textContent()).toBe('—');

    // Reports: today's table, the SVG charts, and the CSV of the same range.
    await page.getByTestId('tab-reports').click();
    const marketRow = page.locator('[data-testid="report-table"] tr[data-queue="market"]');
    await marketRow.waitFor();
    expect(await page.locator('[data-testid="report-table"] tbody tr').count()).toBe(catalog.queues.length);
    expect(await marketRow.locator('td').first().textContent()).toBe('2'); // 取号 Issued
    expect(await marketRow.getByTestId('satisfaction').textContent()).toContain('rated');
    expect(await page.locator('[data-testid="chart-served"] svg rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="chart-waits"] svg rect.bar').count()).toBeGreaterThan(0);
    const href = (await page.getByTestId('report-csv').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/reports\/queues\.csv\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    const csv = await page.evaluate(async (url) => {
      const r = await fetch(url);
      return { type: r.headers.get('content-type'), text: await r.text() };
    }, href);
    expect(csv.type).toContain('text/csv');
    expect(csv.text).toContain('queueId');
    await screenshot(page, 'admin-report');

    // 按 窗口 · 按时: one row per window and hour of issue, and served per hour as a chart.
    await post('/api/windows/1/call-next', {}, c1);
    await post('/api/windows/1/start', {}, c1);
    await post('/api/windows/1/finish', { outcome: { kind: 'consultation' } }, c1);
    await serveAndFinish(server, await server.clerkAt(2), 2, 'market-002', { kind: 'accepted' });
    await page.getByTestId('dimension-window').click();
    await page.getByTestId('grain-hour').click();
    const byRows = page.locator('[data-testid="report-by-table"] tbody tr');
    await expect.poll(() => byRows.evaluateAll((els) => els.map((e) => e.getAttribute('data-period')))).toSatisfy(
      (periods: (string | null)[]) => periods.length >= 2 && periods.every((p) => p !== null && /^\d\d$/.test(p)));
    expect(await page.locator('[data-testid="report-by-table"] thead').textContent()).toContain('时段');
    // The rows are the windows' (as the server reads them per window and hour), not another dimension's.
    const day = new URL(href, server.url).searchParams.get('from') ?? '';
    const perWindow = (await server.app.inject({ url: `/api/reports/by/window?from=${day}&to=${day}&by=hour`, headers: { cookie: await server.login('supervisor') } }))
      .json<{ key: string; period: string }[]>();
    expect(await byRows.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-key')}@${e.getAttribute('data-period')}`)))
      .toEqual(perWindow.map((r) => `${r.key}@${r.period}`));
    expect(await page.locator('[data-testid="chart-hourly"] svg rect.bar').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('cases-table').or(page.getByTestId('cases-empty')).count()).toBe(1);
    await screenshot(page, 'admin-report-hourly');

    // 概览: arrivals and waits per hour and the windows' occupancy, drawn from the same range; the table's CSV downloads with a BOM.
    expect(await page.locator('[data-testid="chart-arrivals"] svg rect.bar').count()).toBeGreaterThan(0);
    const occupancyBars = page.locator('[data-testid="chart-occupancy"] svg rect.bar');
    const staffed = (await server.app.inject({ url: `/api/reports/occupancy?from=${day}&to=${day}`, headers: { cookie: await server.login('supervisor') } }))
      .json<{ number: number; occupancy: number | null }[]>().filter((w) => w.occupancy !== null).map((w) => w.number);
    expect(staffed).toEqual(expect.arrayContaining([1, 2]));
    await expect.poll(() => occupancyBars.count()).toBe(staffed.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-by-csv').click()]);
    const saved = await download.path();
    const text = (await import('node:fs')).readFileSync(saved, 'utf8');
    expect(text.startsWith('\uFEFF窗口 Window,时段 Hour,')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(1 + perWindow.length);
    await page.getByTestId('overview').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-report-overview');

    // 综窗覆盖: one row per department for the year, the low-volume ones marked.
    await page.getByTestId('coverage-load').click();
    const coverageRows = page.locator('[data-testid="coverage-table"] tbody tr');
    await expect.poll(() => coverageRows.count()).toBe(catalog.departments.length);
    await page.getByTestId('coverage').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-coverage');

    // A reload keeps the section; sign-out returns to the form.
    await page.reload();
    await page.getByTestId('report-table').waitFor();

    // 考核: clerk02 served at window 2, so the sheet has parts; 部门评价 has none until entered here.
    const sup = await server.login('supervisor');
    const clerkId = server.app.hall.auth.userByName('clerk02')?.id ?? 0;
    const sheets = (await server.app.inject({ url: `/api/assessment?from=2000-01-01&to=2999-12-31`, headers: { cookie: sup } })).json<{ clerkId: number; staffNo: string }[]>();
    const staffNo = sheets.find((x) => x.clerkId === clerkId)?.staffNo ?? 'none';
    await page.getByTestId('tab-staff').click();
    const row = page.locator(`[data-testid="staff-table"] tr[data-clerk="${staffNo}"]`);
    await row.waitFor();
    expect(await row.getByTestId('part-proficiency').textContent()).toMatch(/\d/);
    expect(await row.getByTestId('part-department').textContent()).toContain('无数据');
    await row.getByTestId('expand').click();
    const facts = page.getByTestId('staff-facts');
    expect(await facts.textContent()).toContain('办结');
    await facts.locator('input[name="score"]').fill('92');
    await facts.locator('input[name="comment"]').fill('窗口服务规范');
    await facts.locator('button[type="submit"]').click();
    await expect.poll(() => row.getByTestId('part-department').textContent()).toContain('92');
    expect(await page.getByTestId('evaluations').textContent()).toContain('窗口服务规范');
    await screenshot(page, 'admin-staff-sheet');
    // The printed sheet: A4 landscape (297 × 210 mm at 96 dpi), no bar, no buttons.
    await page.setViewportSize({ width: 1123, height: 794 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('staff-print').isVisible()).toBe(false);
    await screenshot(page, 'admin-staff-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1920, height: 1080 });

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
