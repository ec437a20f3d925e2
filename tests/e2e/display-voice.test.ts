import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { HallSnapshot } from '../../contract/dto.js';
import { launchBrowser } from '../support/browser.js';
import { startServer, type TestServer } from '../support/server.js';
import {
  callNext, clerkSessions, eventually, issue, removeSpeech, requireGestureForAudio, speechLog, stubSpeech, waitForUtterances, windowCommand,
} from './display-helpers.js';

// Calls are spoken one at a time, in call order, each with its own ticket; screens that cannot
// speak still show the call and say so.
let server: TestServer;
let browser: Browser;
let skew = 0;
let signedIn: (windowNumber: number) => Promise<string>;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startServer({ clock: () => Date.now() + skew });
  signedIn = clerkSessions(server);
  browser = await launchBrowser();
});
// A lobby left open would go on announcing the next test's calls: each test closes its screens.
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, prepare: (page: Page) => Promise<void> = (p) => stubSpeech(p)): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  pages.push(page);
  await prepare(page);
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.hallDisplay?.connection === 'connected' && window.hallDisplay.version !== null);
  return page;
}

/** Issue a ticket the window serves and call it there; returns the ticket number. */
async function callAt(windowNumber: number, queueId: string): Promise<string> {
  await issue(server.url, queueId);
  return (await callNext(server.url, await signedIn(windowNumber), windowNumber)).ticket.number;
}

const zh = (number: string, windowNumber: number) =>
  `请 ${Array.from(number).map((c) => '零一二三四五六七八九'[Number(c)] ?? c).join(' ')} 号 到 ${windowNumber} 号窗口 办理`;

describe('voice on the lobby screen', () => {
  it('says three calls made within a second in call order, never two at once', async () => {
    const lobby = await open('/display?repeat=1');
    const windowOnly = await open('/display/window/5');
    const windowVoiced = await open('/display/window/5?voice=1&repeat=1');
    for (const [w, q] of [[1, 'market'], [5, 'housing'], [26, 'general-livelihood']] as const) {
      await issue(server.url, q);
      await signedIn(w);
    }
    // All three at once: the server takes them one by one, in an order the test reads back.
    const results = await Promise.all([1, 5, 26].map(async (w) => callNext(server.url, await signedIn(w), w)));
    const calledAt = results.map((r) => Date.parse(r.ticket.calledAt ?? ''));
    expect(Math.max(...calledAt) - Math.min(...calledAt)).toBeLessThan(1000);
    const snapshot = (await server.app.inject({ url: '/api/snapshot' })).json<HallSnapshot>();
    const calls = snapshot.recentCalls.slice(0, 3).reverse().map((c): [string, number] => [c.number, c.windowNumber]);
    expect(calls.map(([n]) => n).sort()).toEqual(results.map((r) => r.ticket.number).sort());

    const said = await waitForUtterances(lobby, 3);
    expect(said.map((u) => u.text)).toEqual(calls.map(([n, w]) => zh(n, w)));
    const log = await speechLog(lobby);
    expect(log.maxActive).toBe(1);
    for (let i = 1; i < said.length; i++) expect(said[i]?.start).toBeGreaterThanOrEqual(said[i - 1]?.end ?? Infinity);
    expect(said.every((u) => u.lang === 'zh-CN' && u.voice === 'Stub 普通话')).toBe(true);
    // A chime before each call, and before its words.
    expect(log.chimes.length).toBeGreaterThanOrEqual(3);
    expect(log.chimes[0]).toBeLessThan(said[0]?.start ?? 0);
    expect(await lobby.evaluate(() => window.hallDisplay?.spoken)).toBe(3);

    // Window screens stay silent unless asked; a voiced one says only its own window's calls.
    expect((await speechLog(windowOnly)).utterances).toEqual([]);
    const own = await waitForUtterances(windowVoiced, 1);
    await lobby.waitForTimeout(300);
    const fiveCall = calls.find(([, w]) => w === 5)?.[0] ?? '';
    expect((await speechLog(windowVoiced)).utterances.map((u) => u.text)).toEqual([zh(fiveCall, 5)]);
    expect(own).toHaveLength(1);
  }, 60_000); // several pages or windows: generous on a loaded machine

  it('says each call twice by default, and a recall again', async () => {
    const lobby = await open('/display');
    const number = await callAt(2, 'market');
    const twice = await waitForUtterances(lobby, 2);
    expect(twice.map((u) => u.text)).toEqual([zh(number, 2), zh(number, 2)]);

    skew += 25_000; // recalls are allowed 20 s apart
    await windowCommand(server.url, await signedIn(2), 2, 'recall');
    const after = await waitForUtterances(lobby, 4);
    expect(after.slice(2).map((u) => u.text)).toEqual([zh(number, 2), zh(number, 2)]);
    expect((await speechLog(lobby)).maxActive).toBe(1);
  });

  it('still shows the call and marks that it could not speak when the browser has no speech', async () => {
    const lobby = await open('/display', removeSpeech);
    const number = await callAt(3, 'market');
    await eventually(() => lobby.locator('.now__ticket').getAttribute('data-ticket')).toBe(number);
    expect(await lobby.locator('.now').getAttribute('class')).toContain('now--new');
    await lobby.locator('[data-marker="no-voice"]').waitFor();
    await eventually(() => lobby.evaluate(() => window.hallDisplay?.unspoken)).toBe(1);
    expect(await lobby.evaluate(() => window.hallDisplay)).toMatchObject({ announced: 1, spoken: 0, unspoken: 1, lastProblem: 'no-speech' });
  });

  it('marks a browser with speech but no Chinese voice (headless Chromium has none)', async () => {
    const lobby = await open('/display?repeat=1', async () => undefined);
    await callAt(6, 'housing');
    await lobby.locator('[data-marker="no-voice"]').waitFor({ timeout: 8000 });
    expect(await lobby.evaluate(() => window.hallDisplay)).toMatchObject({ spoken: 0, unspoken: 1, lastProblem: 'no-voice' });
    expect(await lobby.locator('[data-marker="no-voice"]').innerText()).toContain('无中文语音');
  });

  it('asks once for a tap when the browser holds sound back, then speaks', async () => {
    const lobby = await open('/display?repeat=1', async (p) => {
      await requireGestureForAudio(p);
      await stubSpeech(p);
    });
    const gate = lobby.locator('[data-marker="sound-gate"]');
    await gate.waitFor();
    expect(await gate.innerText()).toContain('点击启用语音');
    await lobby.mouse.click(400, 600);
    await gate.waitFor({ state: 'detached' });
    const number = await callAt(7, 'medical-insurance');
    const said = await waitForUtterances(lobby, 1);
    expect(said[0]?.text).toBe(zh(number, 7));
    expect(await gate.count()).toBe(0);
  });
});
