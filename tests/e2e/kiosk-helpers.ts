/** Driving the kiosk page the way a visitor does: taps on what is on screen. */
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TicketDto } from '../../contract/dto.js';
import { devices } from '../../server/db/schema.js';
import type { TestServer } from '../support/server.js';
import { pairingCode as makePairingCode } from '../support/devices.js';

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

export interface KioskPage {
  page: Page;
  /** Script errors and console errors seen so far; a test ends by expecting none. */
  problems: string[];
}

export async function openKiosk(browser: Browser, server: TestServer, query = 'device=K01', viewport = PORTRAIT): Promise<KioskPage> {
  const page = await browser.newPage({ viewport, hasTouch: true });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${server.url}/kiosk?${query}`);
  await page.locator('.tile').first().waitFor();
  return { page, problems };
}

/** A one-time pairing code for a kiosk, made as an administrator does on the admin page. */
export async function pairingCode(server: TestServer, deviceId: string): Promise<string> {
  return makePairingCode(server.app, deviceId);
}

/** The address an installer opens on the kiosk once: it pairs on load (each call spends one of the 10 pairings a minute). */
export async function pairedKioskUrl(server: TestServer, deviceId: string, extraQuery = ''): Promise<string> {
  const code = await pairingCode(server, deviceId);
  return `/kiosk?device=${deviceId}&pair=${code}${extraQuery ? `&${extraQuery}` : ''}`;
}

/** A kiosk paired through its address, once the server has given it its credential. */
export async function openPairedKiosk(browser: Browser, server: TestServer, deviceId = 'K01', extraQuery = '', viewport = PORTRAIT): Promise<KioskPage> {
  const url = await pairedKioskUrl(server, deviceId, extraQuery);
  const kiosk = await openKiosk(browser, server, url.replace(/^\/kiosk\?/, ''), viewport);
  await kiosk.page.locator('.kiosk[data-pairing="paired"]').waitFor();
  return kiosk;
}

/** Search by tapping letters on the on-screen keyboard, then open the matter. */
export async function searchByKeys(page: Page, letters: string): Promise<void> {
  await page.getByTestId('open-search').tap();
  for (const k of letters) await page.locator(`[data-key="${k === ' ' ? 'space' : k}"]`).tap();
}

export async function openMatter(page: Page, matterId: string): Promise<void> {
  await page.locator(`.matter-row[data-matter="${matterId}"]`).tap();
  await page.getByTestId('matter-title').waitFor();
}

/** The ticket on screen, checked against the server: the page never invents a number. */
export async function shownTicketMatchesServer(page: Page, server: TestServer): Promise<TicketDto> {
  const screen = page.locator('.screen.ticket');
  await screen.waitFor();
  const id = await screen.getAttribute('data-ticket-id');
  expect(id).toBeTruthy();
  const shown = (await page.getByTestId('ticket-number').textContent())?.trim();
  const onServer = (await server.app.inject(`/api/tickets/${id ?? ''}`)).json<TicketDto>();
  expect(shown).toBe(onServer.number);
  return onServer;
}

export function setPrinter(server: TestServer, deviceId: string, printerUrl: string): void {
  server.app.hall.database.db.update(devices).set({ printerUrl }).where(eq(devices.id, deviceId)).run();
}

/** Tickets of the day in one queue, from the server's own count. */
export async function waitingIn(server: TestServer, queueId: string): Promise<number> {
  const snapshot = (await server.app.inject('/api/snapshot')).json<{ queues: { id: string; waiting: number }[] }>();
  return snapshot.queues.find((q) => q.id === queueId)?.waiting ?? -1;
}

/**
 * What a visitor would see as broken: controls under 48 px, text spilling out of or cut off by
 * its box, anything off the screen (except inside the scrolling checklist and lists), sideways scrolling.
 * Ellipsised one-line hints are cut on purpose and not counted.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
    if (document.documentElement.scrollWidth > vw + 1) problems.push('the page scrolls sideways');
    for (const el of document.querySelectorAll('button, .tile, .matter-row, .material, .dialog, .print-status, .ticket-main, .screen, .topbar, .fact')) {
      if (!(el instanceof HTMLElement)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const scrolls = el.closest('.matter-scroll, .rows') !== null;
      if (el instanceof HTMLButtonElement && (r.width < 48 || r.height < 48)) problems.push(`touch target under 48 px: ${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) problems.push(`content cut off or spilling: ${name(el)}`);
      if (!scrolls && (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)) problems.push(`off screen: ${name(el)}`);
    }
    return problems;
  });
}
