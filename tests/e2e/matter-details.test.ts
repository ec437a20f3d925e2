/**
 * Issue 12, the visitor's and the desk's side of the catalogue: the kiosk shows a matter's check
 * standards, shared materials, fee and limits and opens its sample forms; a district matter
 * offers a guidance ticket instead of a ticket; the console's 事项查询 finds a matter by pinyin
 * initials and shows its check standards. One server, one Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { HallFile } from '../../server/db/hall-file.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';
import { openConsole, pad, signInAt } from './clerk-helpers.js';
import { layoutProblems, openKiosk, openMatter, searchByKeys, shownTicketMatchesServer } from './kiosk-helpers.js';

let server: TestServer;
let browser: Browser;
let admin: string;

const STANDARD = '使用现行版本，填写完整、无涂改，申请人签字';
const STANDARD_EN = 'Current version, complete, signed by the applicant';

/** The catalogue this file relies on, set through the admin's import whatever the demo data says. */
async function importCatalogue(): Promise<void> {
  const file = (await server.app.inject({ url: '/api/catalog/export', headers: { cookie: admin } })).json<HallFile>();
  const food = file.matters.find((m) => m.id === 'market-005');
  const individual = file.matters.find((m) => m.id === 'market-001');
  if (!food?.materials[0] || !food.materials[1] || !individual) throw new Error('demo matters missing');
  Object.assign(food.materials[0], { checkStandard: STANDARD, checkStandardEn: STANDARD_EN, shared: false });
  Object.assign(food.materials[1], { shared: true });
  Object.assign(food, { fee: '', feeEn: '', statutoryDays: 20, promisedDays: 5, online: 'partial', legalBasis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》' });
  individual.handledBy = 'district';
  const r = await server.app.inject({ method: 'POST', url: '/api/catalog/import', payload: { file: JSON.stringify(file) }, headers: { cookie: admin } });
  expect(r.statusCode, r.body).toBe(200);
}

/** A sample form as a hall would scan it: rendered by Chromium itself, as PNG and as PDF. */
async function sampleFiles(): Promise<{ png: Buffer; pdf: Buffer }> {
  const page = await browser.newPage({ viewport: { width: 620, height: 820 } });
  await page.setContent(`<body style="font:18px sans-serif;padding:30px;background:#fff">
    <h2 style="text-align:center">食品经营许可申请书（样表）</h2>
    <table border="1" cellpadding="10" style="border-collapse:collapse;width:100%">
      <tr><td>申请人名称</td><td style="color:#c00">厦门市某某餐饮有限公司</td></tr>
      <tr><td>统一社会信用代码</td><td style="color:#c00">91350200XXXXXXXXXX</td></tr>
      <tr><td>经营场所</td><td style="color:#c00">厦门市思明区某某路 1 号</td></tr>
      <tr><td>申请人签字</td><td style="color:#c00">张三（签字）</td></tr>
    </table><p style="color:#c00">红字为填写示例</p></body>`);
  const png = await page.screenshot({ type: 'png' });
  const pdf = await page.pdf({ format: 'A5' });
  await page.close();
  return { png, pdf };
}

async function upload(body: Buffer, type: string, query: string): Promise<string> {
  const r = await server.app.inject({
    method: 'POST', url: `/api/matters/market-005/forms?${query}`, payload: body, headers: { cookie: admin, 'content-type': type },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<{ id: string }>().id;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await server.login('admin');
  await importCatalogue();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openFood(): Promise<{ page: Page; problems: string[] }> {
  const kiosk = await openKiosk(browser, server);
  await searchByKeys(kiosk.page, 'spjyxk');
  await openMatter(kiosk.page, 'market-005');
  return kiosk;
}

describe('a matter\'s details on the kiosk and at the desk', () => {
  let pngForm = '';
  let pdfForm = '';

  it('the kiosk shows check standards, a shared material not to bring, fee and limits', async () => {
    const files = await sampleFiles();
    pngForm = await upload(files.png, 'image/png', `kind=sample&title=${encodeURIComponent('申请书样表')}&titleEn=Filled-in%20application&materialSeq=0`);
    pdfForm = await upload(files.pdf, 'application/pdf', `kind=blank&title=${encodeURIComponent('申请书空白表')}&titleEn=Blank%20application&materialSeq=0`);
    const { page, problems } = await openFood();
    await expect.poll(() => page.locator(`[data-form="${pngForm}"]`).count()).toBe(1);
    expect(await page.getByTestId('check-standard').first().textContent()).toBe(`核查标准${STANDARD}`);
    const shared = page.getByTestId('material-shared');
    expect(await shared.count()).toBe(1);
    expect(await shared.textContent()).toContain('免提交 · 电子证照共享');
    // Not a checkbox: nothing to bring, nothing to tick.
    expect(await shared.getAttribute('role')).toBeNull();
    expect(await page.getByTestId('fee').textContent()).toBe('收费 · 免费');
    expect(await page.getByTestId('statutory').textContent()).toBe('法定 20 个工作日');
    expect(await page.locator('.legal-basis').textContent()).toContain('食品安全法');
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'matter-details-kiosk-zh');

    await page.getByTestId('elderly').tap();
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'matter-details-kiosk-elderly');
    await page.getByTestId('elderly').tap();
    await page.getByTestId('lang').tap();
    expect(await page.getByTestId('check-standard').first().textContent()).toBe(`What makes it acceptable${STANDARD_EN}`);
    expect(await shared.textContent()).toContain('Not needed · shared electronically');
    expect(await page.getByTestId('fee').textContent()).toBe('Fee · Free');
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'matter-details-kiosk-en');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a sample form in the kiosk and closes it with one big button', async () => {
    const { page, problems } = await openFood();
    await page.locator(`[data-form="${pngForm}"]`).tap();
    const viewer = page.getByTestId('form-viewer');
    await viewer.waitFor();
    const image = page.getByTestId('form-image');
    await expect.poll(() => image.evaluate((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'matter-details-form-viewer');
    await page.getByTestId('form-close').tap();
    expect(await viewer.count()).toBe(0);

    await page.locator(`[data-form="${pdfForm}"]`).tap();
    expect(await page.getByTestId('form-pdf').textContent()).toContain('请在窗口索取纸质表格');
    await screenshot(page, 'matter-details-form-viewer-pdf');
    await page.getByTestId('form-close').tap();
    expect(await viewer.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a district matter sends the visitor on and offers a guidance ticket, never a ticket for it', async () => {
    const { page, problems } = await openKiosk(browser, server);
    await searchByKeys(page, 'gtgsh');
    await openMatter(page, 'market-001');
    expect(await page.getByTestId('district-notice').textContent()).toContain('本事项由区级政务服务中心办理');
    expect(await page.getByTestId('take-ticket').count()).toBe(0);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'matter-details-district-zh');
    await page.getByTestId('consult-district').tap();
    const ticket = await shownTicketMatchesServer(page, server);
    expect(ticket).toMatchObject({ queueId: 'guidance', matterId: null });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the console\'s 事项查询 finds a matter by pinyin initials and shows its check standards', async () => {
    const desk = await openConsole(browser, server, { width: 1366, height: 768 });
    await signInAt(desk.page, 'clerk26', 26);
    await desk.page.keyboard.press('Slash');
    await desk.page.getByTestId('catalog-search').waitFor();
    await desk.page.getByTestId('catalog-query').fill('spjyxk');
    const card = desk.page.getByTestId('catalog-matter');
    await expect.poll(() => card.getAttribute('data-matter')).toBe('market-005');
    expect(await card.getByTestId('clerk-check-standard').first().textContent()).toContain(STANDARD);
    expect(await card.getByTestId('clerk-shared').count()).toBe(1);
    expect(await card.getByTestId('matter-facts').textContent()).toContain('法定 20 个工作日');
    expect(await card.getByTestId('clerk-forms').textContent()).toContain('样表：申请书样表');
    await screenshot(desk.page, 'matter-details-console-search');
    await desk.page.getByTestId('catalog-query').fill('gtgsh');
    await expect.poll(() => card.getAttribute('data-matter')).toBe('market-001');
    expect(await card.getByTestId('handled-by').textContent()).toContain('区级政务服务中心');
    expect(desk.problems).toEqual([]);
    await desk.context.close();
  });

  it('the window\'s checklist shows each material\'s check standard, the shared mark, forms and facts', async () => {
    const issued = await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { matterId: 'market-005' } });
    expect(issued.statusCode, issued.body).toBe(201);
    const window = await openConsole(browser, server, { width: 1366, height: 768 });
    await signInAt(window.page, 'clerk01', 1);
    await pad(window.page, 'call-next').click();
    const list = window.page.getByTestId('checklist');
    await list.waitFor();
    expect(await list.getByTestId('clerk-check-standard').first().textContent()).toContain(STANDARD);
    expect(await list.getByTestId('clerk-shared').count()).toBe(1);
    expect(await list.getByTestId('clerk-forms').textContent()).toContain('空白表：申请书空白表');
    await screenshot(window.page, 'matter-details-console-checklist');
    expect(window.problems).toEqual([]);
    await window.context.close();
  });
});
