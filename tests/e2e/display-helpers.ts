/**
 * Shared by the display browser tests: a recording speechSynthesis stub, a TCP proxy that can
 * cut the network between the browser and the server, and the clerk's HTTP commands.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CallNextResultDto, IssueTicketResponse } from '../../contract/dto.js';

export interface Utterance {
  text: string;
  lang: string;
  voice: string | null;
  start: number;
  end: number | null;
}

export interface SpeechLog {
  utterances: Utterance[];
  /** Most utterances sounding at the same moment: anything above 1 is an overlap. */
  maxActive: number;
  /** When the page started a chime tone (Web Audio oscillator), to check it comes first. */
  chimes: number[];
}

declare global {
  interface Window {
    speechLog?: SpeechLog;
  }
}

interface StubOptions {
  speakMs: number;
  voices: boolean;
}

/**
 * Runs in the page before its scripts (page.addInitScript). Unlike a real engine it does NOT
 * queue: every speak() starts at once, so a page that speaks before the last sentence ended
 * shows up as an overlap instead of being hidden by the engine's own queue.
 */
function installSpeechStub(opts: StubOptions): void {
  const log: SpeechLog = { utterances: [], maxActive: 0, chimes: [] };
  let active = 0;
  const createOscillator = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function (this: AudioContext) {
    log.chimes.push(performance.now());
    return createOscillator.call(this);
  };
  const voices = opts.voices
    ? [
        { name: 'Stub 普通话', lang: 'zh-CN', localService: true, default: true, voiceURI: 'stub-zh' },
        { name: 'Stub English', lang: 'en-US', localService: true, default: false, voiceURI: 'stub-en' },
      ]
    : [];
  class StubUtterance extends EventTarget {
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart: ((e: Event) => void) | null = null;
    onend: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    constructor(public text = '') {
      super();
    }
  }
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    speak(u: StubUtterance) {
      if (!u.text) return; // the silent primer a page speaks to unlock sound
      const rec: Utterance = { text: u.text, lang: u.lang, voice: u.voice?.name ?? null, start: performance.now(), end: null };
      log.utterances.push(rec);
      active++;
      log.maxActive = Math.max(log.maxActive, active);
      setTimeout(() => {
        rec.end = performance.now();
        active--;
        u.onend?.(new Event('end'));
      }, opts.speakMs);
    },
    cancel() {},
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StubUtterance, configurable: true, writable: true });
  window.speechLog = log;
}

export async function stubSpeech(page: Page, opts: Partial<StubOptions> = {}): Promise<void> {
  await page.addInitScript(installSpeechStub, { speakMs: 120, voices: true, ...opts });
}

/** A browser without speech synthesis at all (many TV browsers). */
export async function removeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });
  });
}

/** Audio that stays suspended until the first pointer or key event, like Chromium's autoplay policy. */
export async function requireGestureForAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let gesture = false;
    document.addEventListener('pointerdown', () => { gesture = true; }, true);
    document.addEventListener('keydown', () => { gesture = true; }, true);
    const Real = window.AudioContext;
    class GatedAudioContext extends Real {
      override get state(): AudioContextState {
        return gesture ? super.state : 'suspended';
      }
      override resume(): Promise<void> {
        return gesture ? super.resume() : new Promise<void>(() => undefined);
      }
    }
    Object.defineProperty(window, 'AudioContext', { value: GatedAudioContext, configurable: true, writable: true });
  });
}

export const speechLog = (page: Page): Promise<SpeechLog> =>
  page.evaluate(() => window.speechLog ?? { utterances: [], maxActive: 0, chimes: [] });

/** Wait until `count` utterances have finished. */
export async function waitForUtterances(page: Page, count: number, timeout = 15_000): Promise<Utterance[]> {
  await page.waitForFunction((n) => (window.speechLog?.utterances.filter((u) => u.end !== null).length ?? 0) >= n, count, { timeout });
  return (await speechLog(page)).utterances;
}

/** expect.poll with room for a chime (1.3 s) and a loaded machine; its default gives up after 1 s. */
export const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5000, interval: 50 });

// ---------- clerk commands over HTTP ----------

/** Clerk cookies by window number: a window takes one console, so each is signed in once per server. */
export function clerkSessions(server: { clerkAt(windowNumber: number): Promise<string> }): (windowNumber: number) => Promise<string> {
  const cookies = new Map<number, string>();
  return async (windowNumber) => {
    const known = cookies.get(windowNumber);
    if (known) return known;
    const cookie = await server.clerkAt(windowNumber);
    cookies.set(windowNumber, cookie);
    return cookie;
  };
}

export async function post<T>(base: string, path: string, body: unknown = {}, cookie?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  const r = await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await r.text();
  if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${text}`);
  return JSON.parse(text) as T;
}

export const issue = (base: string, queueId: string) => post<IssueTicketResponse>(base, '/api/tickets', { queueId });
/** Window ids and numbers coincide in the demo hall; the commands take the id. */
export const callNext = (base: string, cookie: string, windowNumber: number) =>
  post<CallNextResultDto>(base, `/api/windows/${windowNumber}/call-next`, {}, cookie);
export const windowCommand = (base: string, cookie: string, windowNumber: number, command: 'recall' | 'start' | 'pause' | 'resume' | 'close') =>
  post<unknown>(base, `/api/windows/${windowNumber}/${command}`, {}, cookie);

// ---------- a network that can be cut ----------

export interface CuttableLink {
  /** Base URL the browser uses (same origin for the page and its socket). */
  url: string;
  /** Drop every open connection and refuse new ones, like a pulled cable. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** A TCP proxy to `target` (host:port) whose link the test can cut and restore. */
export async function cuttableLink(targetPort: number): Promise<CuttableLink> {
  const open = new Set<Socket>();
  let up = true;
  const server: Server = createServer((client) => {
    if (!up) return void client.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    cut() {
      up = false;
      for (const s of open) s.destroy();
    },
    restore() {
      up = true;
    },
    close: () => new Promise<void>((resolve) => {
      for (const s of open) s.destroy();
      server.close(() => resolve());
    }),
  };
}
