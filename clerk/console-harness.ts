/**
 * Test support only (imported by clerk/*.test.ts, never by the page): makes console stores in
 * Node against a real listening hall server — the page's own HTTP client over real fetch, the
 * page's own hall socket over socket.io-client — with one cookie jar and one tab channel per
 * simulated browser, as two PCs would have.
 */
import { afterEach, expect } from 'vitest';
import type { TicketDto } from '../contract/dto.js';
import type { TestServer } from '../tests/support/server.js';
import { clientIn, hallServerForFile, signInAs, TestBrowser } from '../ui/browser-harness.js';
import { connectHall } from '../ui/hall-socket.js';
import { createConsole, type ConsoleStore } from './console.js';
import { broadcastTabLock } from './tab-lock.js';

/** One browser (its cookies, storage and the requests it sent), named for its tab channel. */
export class Browser extends TestBrowser {
  /** Pages the console opened in a new tab (documents to print). */
  readonly opened: string[] = [];

  constructor(readonly name: string) {
    super();
  }
}

/** A console store as a page of `browser` would make it, talking to the server at `baseUrl`. */
export function consoleIn(browser: Browser, baseUrl: string): ConsoleStore {
  return createConsole({
    api: clientIn(browser),
    socketFactory: (options) => connectHall({ ...options, url: baseUrl }),
    storage: browser.storage,
    clock: () => Date.now(),
    tabs: broadcastTabLock(`hall-clerk-console:${browser.name}`),
    openPage: (url) => { browser.opened.push(url); },
  });
}

export interface ConsoleHall {
  /** The file's hall server (started before its tests). */
  readonly server: TestServer;
  /** A console store in `browser`, closed after the test. */
  open(browser: Browser): ConsoleStore;
  /** A console in `browser` signed in as `username` (password demo). */
  signedIn(browser: Browser, username: string): Promise<ConsoleStore>;
  /** …and working at `windowId`, synced with the hall. */
  working(browser: Browser, username: string, windowId: number): Promise<ConsoleStore>;
  /** A ticket taken for `queueId` as a visitor would. */
  issue(queueId: string): Promise<TicketDto>;
}

/** One real hall server for the test file, page fetches routed to it, consoles closed after each test. */
export function hallForConsoles(): ConsoleHall {
  const file = hallServerForFile();
  const opened: ConsoleStore[] = [];
  afterEach(() => { for (const c of opened.splice(0)) c.close(); });
  const hall: ConsoleHall = {
    get server() { return file.server; },
    open(browser) {
      const c = consoleIn(browser, hall.server.url);
      opened.push(c);
      return c;
    },
    signedIn: (browser, username) => signInAs(hall.open(browser), username),
    async working(browser, username, windowId) {
      const c = await hall.signedIn(browser, username);
      await c.actions.openWindow(windowId);
      await until(() => c.state.synced.value, `window ${windowId} synced`);
      return c;
    },
    async issue(queueId) {
      const r = await hall.server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId } });
      expect(r.statusCode).toBe(201);
      return r.json<TicketDto>();
    },
  };
  return hall;
}

/** Waits until `check` holds (the console acts on pushes and answers as they come). */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
