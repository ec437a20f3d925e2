import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';
import {
  callNext, cuttableLink, eventually, issue, post, speechLog, stubSpeech, type CuttableLink, waitForUtterances, windowCommand,
} from './display-helpers.js';
import { step, STORY_TIMEOUT_MS } from './story.js';

// After a server restart or a network drop the screens come back to the current state by
// themselves, within 2 s, without a reload; while down they say so. Calls they already had are
// not said again.
const dir = mkdtempSync(join(tmpdir(), 'hall-display-'));
const dbFile = join(dir, 'hall.db');
let server: TestServer;
let browser: Browser;
let link: CuttableLink | undefined;
let cookie5 = '';
let port = 0;

beforeAll(async () => {
  server = await startServer({ dbFile });
  port = Number(new URL(server.url).port);
  browser = await launchBrowser();
  cookie5 = await server.clerkAt(5);
});
afterAll(async () => {
  await link?.close();
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(base: string, path: string, speakMs = 100): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await stubSpeech(page, { speakMs });
  await page.goto(base + path);
  await page.waitForFunction(() => window.hallDisplay?.connection === 'connected' && window.hallDisplay.version !== null);
  return page;
}

const loadedAt = (page: Page) => page.evaluate(() => window.hallDisplay?.loadedAt);
const offlineMarker = (page: Page) => page.locator('[data-marker="offline"]');
const finish = (base: string, cookie: string, windowNumber: number) =>
  post<unknown>(base, `/api/windows/${windowNumber}/finish`, { outcome: { kind: 'consultation' } }, cookie);

// One story in one test: the same two screens across a server restart, each step starting from
// what the one before left on them.
it('screens after a server restart', async () => {
  let lobby: Page;
  let window5: Page;
  let loaded: (number | undefined)[] = [];
  let first = '';
  let second = '';

  await step('show a call, then the offline marker on the stale state when the server stops mid-announcement', async () => {
    lobby = await open(server.url, '/display?repeat=1', 1500);
    window5 = await open(server.url, '/display/window/5');
    loaded = [await loadedAt(lobby), await loadedAt(window5)];

    for (let i = 0; i < 3; i++) await issue(server.url, 'housing');
    first = (await callNext(server.url, cookie5, 5)).ticket.number;
    // Stop the server in the middle of the announcement.
    await lobby.waitForFunction(() => (window.speechLog?.utterances.length ?? 0) === 1);
    await server.close();

    for (const page of [lobby, window5]) await offlineMarker(page).waitFor({ timeout: 5000 });
    expect(await lobby.locator('.display').getAttribute('class')).toContain('is-offline');
    // The big number is still there, dimmed and marked, never alone.
    expect(await lobby.locator('.now__ticket').getAttribute('data-ticket')).toBe(first);
    await screenshot(lobby, 'display-lobby-offline');
    await screenshot(window5, 'display-window-offline');
  });

  await step('show the current state within 2 s of the server returning, without reload', async () => {
    // While the screens are cut off, the hall moves on (the same database, no listener).
    const offline = await startServer({ dbFile }, false);
    const send = async (url: string, payload: Record<string, unknown> = {}) => {
      const r = await offline.app.inject({ method: 'POST', url, payload, headers: { cookie: cookie5 } });
      expect(r.statusCode, r.body).toBe(200);
      return r.json<{ ticket?: { number: string } }>();
    };
    await send('/api/windows/5/start');
    await send('/api/windows/5/finish', { outcome: { kind: 'consultation' } });
    second = (await send('/api/windows/5/call-next')).ticket?.number ?? '';
    await offline.close();
    expect(second).not.toBe(first);

    server = await startServer({ dbFile, port });
    const back = Date.now();
    await Promise.all([lobby, window5].map((page) =>
      page.waitForFunction((n) => document.querySelector('.now__ticket, .window-screen__ticket')?.getAttribute('data-ticket') === n
        && !document.querySelector('[data-marker="offline"]'), second, { timeout: 2000, polling: 50 })));
    expect(Date.now() - back).toBeLessThan(2000);
    expect(await window5.locator('.window-screen').getAttribute('data-state')).toBe('calling');
    expect([await loadedAt(lobby), await loadedAt(window5)]).toEqual(loaded);
  });

  await step('neither repeat the announcement cut by the restart nor say the calls it learnt from the snapshot', async () => {
    // Long enough for a chime (1.3 s) and words to start if anything had been queued.
    await lobby.waitForTimeout(1800);
    const { utterances: said, chimes } = await speechLog(lobby);
    expect(chimes).toHaveLength(2); // one chime = two tones, for the first call only
    expect(said).toHaveLength(1);
    expect(said[0]?.end).not.toBeNull();
    expect(said[0]?.text).toContain(first.split('').slice(1).map((d) => '零一二三四五六七八九'[Number(d)]).join(' '));
  });

  await step('are live again: the next call arrives as an event and is said', async () => {
    await windowCommand(server.url, cookie5, 5, 'start');
    await finish(server.url, cookie5, 5);
    const third = (await callNext(server.url, cookie5, 5)).ticket.number;
    await eventually(() => window5.locator('.window-screen__ticket').getAttribute('data-ticket')).toBe(third);
    const now = await waitForUtterances(lobby, 2);
    expect(now[1]?.text).toContain(`到 5 号窗口`);
    expect(await lobby.locator('.now__ticket').getAttribute('data-ticket')).toBe(third);
    await lobby.close();
    await window5.close();
  });
}, STORY_TIMEOUT_MS);

describe('screens after a network drop', () => {
  // A hall of its own: the restart story above replaces its server, and the two may run in either order.
  let hall: TestServer;
  beforeAll(async () => {
    hall = await startServer();
  });
  afterAll(async () => {
    await hall?.close();
  });

  it('come back by themselves within 2 s of the network returning, with the calls made meanwhile', async () => {
    link = await cuttableLink(Number(new URL(hall.url).port));
    const lobby = await open(link.url, '/display?repeat=1');
    const loaded = await loadedAt(lobby);
    const cookie1 = await hall.clerkAt(1);
    await issue(hall.url, 'market');

    link.cut();
    await offlineMarker(lobby).waitFor({ timeout: 5000 });
    const missed = (await callNext(hall.url, cookie1, 1)).ticket.number;
    await lobby.waitForTimeout(300);
    // Cut off, the lobby has not heard of it (on a fresh hall it shows no call at all).
    expect(await lobby.locator(`.now__ticket[data-ticket="${missed}"]`).count()).toBe(0);

    link.restore();
    const back = Date.now();
    await lobby.waitForFunction((n) => document.querySelector('.now__ticket')?.getAttribute('data-ticket') === n
      && !document.querySelector('[data-marker="offline"]'), missed, { timeout: 2000, polling: 50 });
    expect(Date.now() - back).toBeLessThan(2000);
    expect(await loadedAt(lobby)).toBe(loaded);
    // A short drop is recovered with the events it missed: a call seconds old is still worth saying.
    const said = await waitForUtterances(lobby, 1);
    expect(said.map((u) => u.text)).toEqual([`请 A 零 零 一 号 到 1 号窗口 办理`]);
    expect(missed).toBe('A001');
    await lobby.close();
  });
});
