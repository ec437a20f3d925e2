import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../.artifacts/screenshots');

/** Debian's Chromium, headless, with the flags this network needs (no background calls out). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * A visitor's phone (390 × 844, touch) opening `url`, with the page's errors collected in `problems`
 * (console errors too with `consoleErrors`: a refused request is one, so only where none is expected).
 */
export async function openPhone(browser: Browser, url: string, options: { consoleErrors?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  if (options.consoleErrors) page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(url);
  return { page, problems };
}
