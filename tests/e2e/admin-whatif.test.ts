/**
 * 推演 What if in Chromium: an admin uploads the small scenario (server/sim/scenarios/small.json),
 * opens one more window like window 26 in the morning, runs it, and reads both runs side by side:
 * the comparison tables with the difference marked and both report.html frames.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { adminE2E } from './admin-helpers.js';

const SMALL = resolve(import.meta.dirname, '../../server/sim/scenarios/small.json');
const e2e = adminE2E();
const { problems } = e2e;

describe('admin page, 管理 → 推演', () => {
  it('an uploaded scenario with one more window: both reports render side by side', async () => {
    const page = await e2e.manageAs('admin', 'whatif', { width: 1500, height: 1100 });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.getByTestId('whatif-file').setInputFiles(SMALL);

    // The alternative starts as the file's roster: window 26 open 08:30–11:00, 27 closed.
    await expect.poll(() => page.getByTestId('whatif-spans-26').inputValue()).toBe('08:30-11:00');
    expect(await page.getByTestId('whatif-spans-27').inputValue()).toBe('');
    await page.getByTestId('whatif-quick-count').fill('1');
    await page.getByTestId('whatif-quick-like').fill('26');
    await page.getByTestId('whatif-quick-add').click();
    await expect.poll(() => page.getByTestId('whatif-spans-27').inputValue()).toBe('08:30-11:00');

    await page.getByTestId('whatif-run').click();
    await page.getByTestId('whatif-running').waitFor();
    await screenshot(page, 'admin-whatif-running');
    await page.getByTestId('whatif-result').waitFor({ timeout: 120_000 });

    const windows = page.getByTestId('whatif-windows');
    expect(await windows.locator('tr', { hasText: '27 号' }).locator('td').first().textContent()).toContain('休');
    expect(await page.getByTestId('whatif-queues').locator('tr[data-queue="general-livelihood"]').count()).toBe(1);
    for (const side of ['baseline', 'alternative']) {
      const frame = page.frameLocator(`[data-testid="whatif-report-${side}"]`);
      await expect.poll(() => frame.locator('h1').textContent()).toContain('模拟日报告');
      expect(await frame.locator('svg').count()).toBeGreaterThan(0);
    }
    await page.getByTestId('whatif-result').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-whatif-result');
    await page.getByTestId('whatif-report-baseline').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-whatif-reports');
    expect(problems).toEqual([]);
  }, 180_000);
});
