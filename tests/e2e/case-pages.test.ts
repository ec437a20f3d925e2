/**
 * The visitor's papers and pages of a case in Chromium: the A4 document (/d/<id>) on screen, in
 * print and on a phone; the case tracking page (/c/<token>) with its withdrawal; the ticket page
 * (/t/<id>) after a one-time notice.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetailDto, DocumentViewDto } from '../../contract/dto.js';
import { APPLICANT, serveAndFinish } from '../cases/case-helpers.js';
import { launchBrowser, screenshot, SCREENSHOT_DIR } from '../support/browser.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let browser: Browser;
let clerk: string;
const clock = movableClock(Date.UTC(2026, 11, 1, 1, 0, 0)); // Tuesday 1 Dec 2026, 09:00 in Xiamen.

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ clock }), launchBrowser()]);
  clerk = await server.clerkAt(2);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const idOf = (url: string | undefined) => url?.split('/').pop() ?? '';

async function documentOf(url: string | undefined): Promise<DocumentViewDto> {
  return (await fetch(`${server.url}/api/documents/${idOf(url)}`)).json() as Promise<DocumentViewDto>;
}

async function open(url: string, viewport: { width: number; height: number }, phone = false): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport, ...(phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}) });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}${url}`);
  return { page, problems };
}

/** The QR's dark modules as the page draws them, drawn again here from the text it should hold. */
function qrPath(text: string): string {
  const qr = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  qr.data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x} ${y}h1v1h-1z`; }));
  return d;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the acceptance notice as an A4 page (/d/<id>)', () => {
  it('prints number, masked applicant, clerk and a QR to the case, and fits one A4 sheet', async () => {
    const { answer } = await serveAndFinish(server, clerk, 2, 'market-005', {
      kind: 'accepted', applicant: APPLICANT, delivery: { method: 'pickup' }, received: [{ index: 0, copies: 1 }, { index: 1, copies: 2 }],
    });
    const doc = await documentOf(answer.document?.url);
    const { page, problems } = await open(answer.document?.url ?? '', { width: 1000, height: 1300 });
    await page.getByTestId('document').waitFor();
    expect(await page.getByTestId('doc-number').textContent()).toBe(answer.document?.number);
    expect(await page.locator('.doc-title').textContent()).toContain('受理通知书');
    const particulars = await page.getByTestId('doc-particulars').textContent();
    expect(particulars).toContain('1101**********002X');
    expect(particulars).toContain('138****5678');
    expect(await page.locator('body').textContent()).not.toContain(APPLICANT.idNumber);
    expect(await page.getByTestId('doc-staff-no').textContent()).toBe(doc.clerk.staffNo);
    expect(await page.getByTestId('doc-case-number').textContent()).toBe(answer.case?.number);
    expect(await page.getByTestId('doc-lines').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('doc-body-facts').textContent()).toContain('2026年12月8日前');

    expect(doc.qrUrl).toBe(`${server.url}${answer.case?.trackUrl ?? '-'}`);
    expect(await page.getByTestId('doc-qr-url').textContent()).toBe(doc.qrUrl);
    const qr = page.locator('.doc-qr svg.qr');
    expect(await qr.getAttribute('data-qr')).toBe(doc.qrUrl);
    expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(doc.qrUrl ?? ''));
    await screenshot(page, 'case-document-acceptance-screen');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('doc-print').isVisible()).toBe(false);
    // The printable area of A4 with the page's margins (174 × 265 mm) at 96 dpi.
    await page.setViewportSize({ width: 658, height: 1000 });
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'case-document-acceptance-print.png'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'case-document-acceptance.pdf'), pdf);
    expect(pdfPages(pdf)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();

    const { page: phone } = await open(answer.document?.url ?? '', { width: 390, height: 844 }, true);
    await phone.getByTestId('document').waitFor();
    // Readable without zooming: the sheet is the screen's width, nothing scrolls sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'case-document-acceptance-phone');
    await phone.close();
  });

  it('a one-time notice lists exactly the missing materials, and the ticket page never says 已办结', async () => {
    const missing = ['营业执照复印件', '自带的说明'];
    const { ticket, answer } = await serveAndFinish(server, clerk, 2, 'market-005', { kind: 'one-time-notice', missingMaterials: missing });
    const { page } = await open(answer.document?.url ?? '', { width: 1000, height: 1300 });
    await page.getByTestId('document').waitFor();
    expect(await page.locator('.doc-title').textContent()).toContain('一次性告知书');
    expect(await page.locator('.doc-line-name').allTextContents()).toEqual(missing);
    await screenshot(page, 'case-document-one-time-notice');
    await page.close();

    const { page: phone } = await open(`/t/${ticket.id}`, { width: 390, height: 844 }, true);
    await phone.getByTestId('track-number').waitFor();
    expect(await phone.getByTestId('track-status').getAttribute('data-status')).toBe('done');
    const said = await phone.locator('main').textContent();
    expect(said).not.toContain('已办结');
    expect(said).toContain('一次性告知：请补齐材料后再来办理');
    expect(await phone.getByTestId('ticket-document-link').getAttribute('href')).toBe(answer.document?.url);
    expect(await phone.getByTestId('ticket-case-link').count()).toBe(0);
    await screenshot(phone, 'case-ticket-one-time-notice-phone');
    await phone.close();
  });
});

describe('the case tracking page (/c/<token>)', () => {
  it('shows status and deadline on a phone, reached from the ticket page, and withdraws after a confirmation', async () => {
    const { ticket, answer } = await serveAndFinish(server, clerk, 2, 'market-005', {
      kind: 'accepted', applicant: APPLICANT, delivery: { method: 'pickup' }, received: [{ index: 0, copies: 1 }],
    });
    const { page, problems } = await open(`/t/${ticket.id}`, { width: 390, height: 844 }, true);
    await page.getByTestId('ticket-case-link').tap();
    await page.waitForURL(`**${answer.case?.trackUrl ?? '-'}`);
    await page.getByTestId('case-status').waitFor();
    expect(await page.getByTestId('case-number').textContent()).toBe(answer.case?.number);
    expect(await page.getByTestId('case-status').getAttribute('data-status')).toBe('received');
    expect(await page.getByTestId('case-deadline').textContent()).toContain('承诺 12月8日前办结 · 还剩 5 个工作日');
    expect(await page.locator('.ct-step.current').textContent()).toContain('受理');
    expect(await page.getByTestId('case-document').first().getAttribute('href')).toBe(answer.document?.url);
    expect(await page.getByTestId('case-delivery').textContent()).toContain('综合出件窗口');
    await screenshot(page, 'case-track-received-phone');

    await page.getByTestId('case-withdraw').tap();
    await page.getByTestId('case-withdraw-confirm').waitFor();
    const detail = async () => (await server.app.inject({ url: `/api/cases/${answer.case?.number ?? ''}`, headers: { cookie: clerk } })).json<CaseDetailDto>();
    expect((await detail()).status).toBe('received');
    await page.locator('.ct-reason textarea').fill('不需要了');
    await page.getByTestId('case-withdraw-yes').tap();
    await expect.poll(() => page.getByTestId('case-status').getAttribute('data-status')).toBe('withdrawn');
    expect((await detail()).status).toBe('withdrawn');
    expect(await page.getByTestId('case-withdraw').count()).toBe(0);
    expect(await page.getByTestId('case-aside').textContent()).toContain('申请已撤回');
    expect(await page.getByTestId('case-delivery').count()).toBe(0);
    expect(await page.getByTestId('case-timeline').textContent()).toContain('申请已撤回');
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'case-track-withdrawn-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
