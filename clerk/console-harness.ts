/**
 * Test support only (imported by clerk/*.test.ts, never by the page): makes console stores in
 * Node against a real listening hall server — the page's own HTTP client over real fetch, the
 * page's own hall socket over socket.io-client — with one cookie jar and one tab channel per
 * simulated browser, as two PCs would have.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { TicketDto } from '../contract/dto.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { call } from '../ui/api.js';
import { connectHall } from '../ui/hall-socket.js';
import { createConsole, type ConsoleStore } from './console.js';
import type { ApiClient } from './http.js';
import type { HintStorage } from './session.js';
import { broadcastTabLock } from './tab-lock.js';

/** One browser's cookies, and the requests its pages sent ("POST /api/windows/3/start"). */
export class Browser {
  readonly cookies = new Map<string, string>();
  readonly sent: string[] = [];
  readonly storage: HintStorage & { items: Map<string, string> };

  constructor(readonly name: string) {
    const items = new Map<string, string>();
    this.storage = {
      items,
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => { items.set(k, v); },
      removeItem: (k) => { items.delete(k); },
    };
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  keep(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const pair = line.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      // An emptied or expired cookie is how the server signs a session out.
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

const currentBrowser = new AsyncLocalStorage<Browser>();
const realFetch = globalThis.fetch;

/**
 * The page's client calls fetch with a path, as a page of the hall does; here each call is sent
 * to the server's address with the cookies of the browser the call runs in.
 */
export function routeFetchTo(baseUrl: string): () => void {
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const browser = currentBrowser.getStore();
    const path = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!browser) return realFetch(input, init);
    const headers = new Headers(init?.headers);
    if (browser.cookies.size > 0) headers.set('cookie', browser.cookieHeader());
    const url = new URL(path, baseUrl);
    browser.sent.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    const response = await realFetch(url, { ...init, headers });
    browser.keep(response.headers.getSetCookie());
    return response;
  };
  return () => { globalThis.fetch = realFetch; };
}

/** A console store as a page of `browser` would make it, talking to the server at `baseUrl`. */
export function consoleIn(browser: Browser, baseUrl: string): ConsoleStore {
  const client: ApiClient = (route, input, options) => currentBrowser.run(browser, () => call(route, input, options));
  return createConsole({
    api: client,
    socketFactory: (options) => connectHall({ ...options, url: baseUrl }),
    storage: browser.storage,
    clock: () => Date.now(),
    tabs: broadcastTabLock(`hall-clerk-console:${browser.name}`),
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
  let server: TestServer | null = null;
  let unroute = () => {};
  const opened: ConsoleStore[] = [];
  beforeAll(async () => {
    server = await startServer();
    unroute = routeFetchTo(server.url);
  });
  afterEach(() => { for (const c of opened.splice(0)) c.close(); });
  afterAll(async () => {
    unroute();
    await server?.close();
  });
  const hall: ConsoleHall = {
    get server() {
      if (!server) throw new Error('the hall server starts in beforeAll');
      return server;
    },
    open(browser) {
      const c = consoleIn(browser, hall.server.url);
      opened.push(c);
      return c;
    },
    async signedIn(browser, username) {
      const c = hall.open(browser);
      await c.actions.restore();
      expect(await c.actions.signIn(username, 'demo')).toBeNull();
      return c;
    },
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
