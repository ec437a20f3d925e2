/**
 * Test support only (imported by *.test.ts and the pages' harnesses, never by a page): page stores
 * in Node against a real listening hall server, through the page's own typed client over real
 * fetch, each simulated browser with its own cookie jar and storage, as two PCs would have.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type TestServer, type TestServerOptions } from '../tests/support/server.js';
import { call } from './api.js';
import type { ApiClient } from './http.js';
import type { HintStorage } from './staff-session.js';

/** One browser's cookies and localStorage, and the requests its pages sent ("POST /api/windows/3/start"). */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  readonly sent: string[] = [];
  readonly items = new Map<string, string>();
  readonly storage: HintStorage & { items: Map<string, string> } = {
    items: this.items,
    getItem: (k) => this.items.get(k) ?? null,
    setItem: (k, v) => { this.items.set(k, v); },
    removeItem: (k) => { this.items.delete(k); },
  };

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

const currentBrowser = new AsyncLocalStorage<TestBrowser>();
const realFetch = globalThis.fetch;

/**
 * The page's client calls fetch with a path, as a page of the hall does; here each call is sent
 * to the server's address with the cookies of the browser the call runs in.
 */
export function routeFetchTo(baseUrl: string): () => void {
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const browser = currentBrowser.getStore();
    if (!browser) return realFetch(input, init);
    const path = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
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

/** The page's typed client as it runs in `browser`. */
export function clientIn(browser: TestBrowser): ApiClient {
  return (route, input, options) => currentBrowser.run(browser, () => call(route, input, options));
}

/** One real hall server for the test file (started before its tests), the page's fetches routed to it. */
export function hallServerForFile(options: TestServerOptions = {}): { readonly server: TestServer } {
  let server: TestServer | null = null;
  let unroute = () => {};
  beforeAll(async () => {
    server = await startServer(options);
    unroute = routeFetchTo(server.url);
  });
  afterAll(async () => {
    unroute();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the hall server starts in beforeAll');
      return server;
    },
  };
}

/** A page store that signs in the way its sign-in form does. */
export interface SignInStore {
  actions: { restore(): Promise<void>; signIn(username: string, password: string): Promise<string | null> };
}

/** Loads `store` as a fresh page would, then signs in as `username` (the demo password). */
export async function signInAs<S extends SignInStore>(store: S, username: string): Promise<S> {
  await store.actions.restore();
  expect(await store.actions.signIn(username, 'demo')).toBeNull();
  return store;
}
