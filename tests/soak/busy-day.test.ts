/**
 * Issue 14 goal 5, `npm run soak` only: a busy day at 10 × speed against the real server process
 * (a file database already holding 100,000 past tickets), server RSS sampled every minute; flat
 * after warm-up = no growth beyond noise. Kiosks issue tickets, windows 1–10 call, start, finish or
 * mark no-shows with service times divided by ten, and lobby screens (the real client,
 * ui/hall-socket.ts) stay connected, some rebooting each minute. SOAK_MINUTES (60),
 * SOAK_SAMPLE_SECONDS (60), SOAK_SCREENS (200).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HallSnapshot } from '../../contract/dto.js';
import { connectHall, type HallSocket } from '../../ui/hall-socket.js';
import { seedHistory } from '../../bench/seed-history.js';
import { WINDOW_QUEUES } from '../durability/hall-load.js';
import { freePort, startChildServer, type ChildServer } from '../support/child-server.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 60);
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 60) * 1000;
const SCREENS = Number(process.env.SOAK_SCREENS ?? 200);
/** 10 × speed: a visitor every 25 s of hall time, 2–6 minutes at the window. */
const ARRIVAL_MS = 2_500;
const SERVICE_MS = [12_000, 36_000] as const;
const MB = 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'hall-soak-day-'));
let server: ChildServer | null = null;
const screens: { hall: HallSocket; state: HallSnapshot | null }[] = [];
afterAll(async () => {
  for (const s of screens) s.hall.close();
  await server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rss = (pid: number): number => Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

async function post(url: string, body: unknown, cookie = ''): Promise<{ status: number; code: string | undefined }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  const json = (await r.json()) as { error?: { code?: string } };
  return { status: r.status, code: json.error?.code };
}

function openScreen(url: string): void {
  const screen: { hall: HallSocket; state: HallSnapshot | null } = { hall: connectHall({ url, onState: (s) => { screen.state = s; } }), state: null };
  screens.push(screen);
}

describe.skipIf(!process.env.SOAK)('a busy day at 10 × speed', () => {
  it('keeps the server memory flat after warm-up', async () => {
    const db = join(dir, 'hall.db');
    const port = await freePort();
    // First start migrates and seeds the demo hall; the history goes in while it is down.
    await (await startChildServer(db, port)).kill('SIGTERM');
    seedHistory(db, 100_000, 30);
    server = await startChildServer(db, port);
    const { url } = server;
    const pid = server.proc.pid ?? 0;
    const unexpected: string[] = [];
    const check = (what: string, r: { status: number; code: string | undefined }, ok: readonly (string | undefined)[] = []) => {
      if (r.status >= 300 && !ok.includes(r.code)) unexpected.push(`${what}: ${r.status} ${r.code ?? ''}`);
    };

    const cookies = new Map<number, string>();
    for (const w of Object.keys(WINDOW_QUEUES).map(Number)) {
      const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `clerk${String(w).padStart(2, '0')}`, password: 'demo' }) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      cookies.set(w, cookie);
      check(`open ${w}`, await post(`${url}/api/windows/${w}/open`, {}, cookie));
    }
    for (let i = 0; i < SCREENS; i++) openScreen(url);

    const end = Date.now() + MINUTES * 60_000;
    const queues = [...new Set(Object.values(WINDOW_QUEUES))];
    const kiosks = (async () => {
      for (let i = 0; Date.now() < end; i++) {
        check('ticket', await post(`${url}/api/tickets`, { queueId: queues[i % queues.length] }));
        await sleep(ARRIVAL_MS * (0.5 + Math.random()));
      }
    })();
    const clerk = async (w: number) => {
      const cookie = cookies.get(w) ?? '';
      const at = `${url}/api/windows/${w}`;
      while (Date.now() < end) {
        const called = await post(`${at}/call-next`, {}, cookie);
        check(`call ${w}`, called, ['queue-empty']);
        if (called.status !== 200) { await sleep(2_000); continue; }
        await sleep(1_000);
        if (Math.random() < 0.1) { check(`no-show ${w}`, await post(`${at}/no-show`, {}, cookie)); continue; }
        check(`start ${w}`, await post(`${at}/start`, {}, cookie));
        await sleep(SERVICE_MS[0] + Math.random() * (SERVICE_MS[1] - SERVICE_MS[0]));
        check(`finish ${w}`, await post(`${at}/finish`, { outcome: { kind: 'on-the-spot' } }, cookie));
      }
    };
    const clerks = Promise.all(Object.keys(WINDOW_QUEUES).map(Number).map(clerk));

    const samples: number[] = [rss(pid)];
    while (Date.now() < end) {
      await sleep(Math.min(SAMPLE_MS, Math.max(0, end - Date.now())));
      samples.push(rss(pid));
      // A few lobby TVs reboot every sample: per-socket state must go with its socket.
      for (const s of screens.splice(0, Math.ceil(SCREENS / 10))) s.hall.close();
      for (let i = 0; i < Math.ceil(SCREENS / 10); i++) openScreen(url);
    }
    await Promise.all([kiosks, clerks]);
    const fresh = (await (await fetch(`${url}/api/snapshot`)).json()) as HallSnapshot;
    await sleep(1_000);
    const mb = (n: number) => Math.round(n / MB);
    console.log(`busy day ×10, ${MINUTES} min: RSS every ${SAMPLE_MS / 1000} s: ${samples.map(mb).join(' ')} MB; hall version ${fresh.version}`);

    expect(unexpected).toEqual([]);
    // Every screen (those that rebooted too) holds the hall as the server has it.
    expect(screens.filter((s) => s.state?.version !== fresh.version)).toHaveLength(0);
    // Flat: after the first two samples (warm-up: caches fill, the heap finds its size), the last
    // samples are no higher than the first ones beyond noise.
    const settled = samples.slice(2);
    const third = Math.max(1, Math.floor(settled.length / 3));
    const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(meanOf(settled.slice(-third)) - meanOf(settled.slice(0, third))).toBeLessThan(25 * MB);
  }, (MINUTES + 5) * 60_000);
});
