/** Shared steps of the clerk console's browser tests: sign in through the page, read the server's truth. */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { IssueTicketRequest, OutcomeDto, TicketDto, WindowDto } from '../../contract/dto.js';
import { toDomain } from '../../server/db/tickets-repo.js';
import type { TestServer } from '../support/server.js';

export const SMALL = { width: 1366, height: 768 };
export const LARGE = { width: 1920, height: 1080 };

export interface Console {
  context: BrowserContext;
  page: Page;
  /** Script errors and failed console messages seen so far; a test ends by expecting none. */
  problems: string[];
}

export async function openConsole(browser: Browser, server: TestServer, viewport = SMALL): Promise<Console> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    // A refused command is answered with a 4xx, which Chromium logs as a failed resource: expected.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${server.url}/clerk`);
  return { context, page, problems };
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill('demo');
  await page.locator('input[name=password]').press('Enter');
  await page.getByTestId('window-choice').waitFor();
}

/** Sign in and open the default window (or the one chosen); waits until the pad is live. */
export async function signInAt(page: Page, username: string, windowId?: number): Promise<void> {
  await signIn(page, username);
  if (windowId !== undefined) await page.getByTestId('window-select').selectOption(String(windowId));
  await page.getByTestId('open-window').click();
  await waitOnline(page);
}

export async function waitOnline(page: Page): Promise<void> {
  // A locator wait rather than expect.poll, so hooks (beforeAll) can use it too.
  await page.getByTestId('conn').filter({ hasText: '在线' }).waitFor({ timeout: 10_000 });
}

export const pad = (page: Page, action: string) => page.locator(`[data-action="${action}"]`);

/** The ticket the console shows, once it shows one. */
export async function shownTicket(page: Page): Promise<{ id: string; number: string }> {
  const card = page.getByTestId('ticket');
  await card.waitFor();
  const id = await card.getAttribute('data-ticket-id');
  const number = await page.getByTestId('ticket-number').textContent();
  if (!id || !number) throw new Error('no ticket shown');
  return { id, number };
}

/** Take a ticket as anyone, or as a paired kiosk (green channel) with its `x-device-key`. */
export async function issue(server: TestServer, body: IssueTicketRequest, deviceKey?: string): Promise<TicketDto> {
  const r = await server.app.inject({ method: 'POST', url: '/api/tickets', payload: body, headers: deviceKey ? { 'x-device-key': deviceKey } : {} });
  expect(r.statusCode).toBe(201);
  return r.json<TicketDto>();
}

export async function ticket(server: TestServer, id: string): Promise<TicketDto> {
  const r = await server.app.inject(`/api/tickets/${id}`);
  expect(r.statusCode).toBe(200);
  return r.json<TicketDto>();
}

export async function windowNow(server: TestServer, id: number): Promise<WindowDto> {
  const all = (await server.app.inject('/api/windows')).json<WindowDto[]>();
  const w = all.find((x) => x.id === id);
  if (!w) throw new Error(`no window ${id}`);
  return w;
}

/** The outcome as stored: the public ticket view does not carry it. */
export function storedOutcome(server: TestServer, id: string): OutcomeDto | null {
  const row = server.app.hall.tickets.get(id);
  return row ? toDomain(row).outcome : null;
}

/** The console's session cookie, to act behind its back as another part of the hall would. */
export async function cookieOf(context: BrowserContext): Promise<string> {
  const c = (await context.cookies()).find((x) => x.name === 'hall_sid');
  if (!c) throw new Error('no session cookie');
  return `${c.name}=${c.value}`;
}
