/**
 * Call-to-screen latency: from the clerk's call-next request to each connected screen receiving
 * `ticket:called`, with N screens connected; against a bare Socket.IO broadcast triggered the
 * same way (HTTP POST → emit to all) on the same machine in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { median, percentile, startProcess } from './processes.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 20);
const SIZES = (process.env.BENCH_SOCKETS ?? '100,500,1000').split(',').map(Number);

async function connectAll(url: string, n: number): Promise<Socket[]> {
  const sockets = Array.from({ length: n }, () => io(url, { transports: ['websocket'], forceNew: true, reconnection: false }));
  await Promise.all(sockets.map((s) => new Promise<void>((ok, fail) => { s.once('connect', () => ok()); s.once('connect_error', fail); })));
  return sockets;
}

/** Fire `trigger` CALLS times; each time wait until every socket got one `ticket:called`. */
async function measure(sockets: Socket[], trigger: () => Promise<void>, after?: () => Promise<void>): Promise<{ p50: number; p99: number; max: number }> {
  const all: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const sent = performance.now();
    const got = sockets.map((s) => new Promise<number>((ok) => s.once('ticket:called', () => ok(performance.now() - sent))));
    await trigger();
    all.push(...(await Promise.all(got)));
    await after?.();
  }
  return { p50: median(all), p99: percentile(all, 99), max: Math.max(...all) };
}

async function post(url: string, cookie?: string, body: unknown = {}): Promise<Response> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return r;
}

export async function benchCallLatency(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hall-bench-'));
  const bare = await startProcess('bench/bare-server.ts', 3103);
  const hall = await startProcess('server/main.ts', 3104, { DB_FILE: join(dir, 'hall.db'), TICKET_RATE_LIMIT: '100000000', BACKUP_DIR: 'off' });
  const login = await post(`${hall.url}/api/auth/login`, undefined, { username: 'clerk05', password: 'demo' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  await post(`${hall.url}/api/windows/5/open`, cookie);
  const lines = ['call-to-screen latency, ms (every screen receives every call)', '| screens | baseline p50 | baseline p99 | hall p50 | hall p99 | hall max | ratio p50 | ratio p99 |', '|---|---|---|---|---|---|---|---|'];
  for (const n of SIZES) {
    const bareSockets = await connectAll(bare.url, n);
    const b = await measure(bareSockets, async () => { await post(`${bare.url}/baseline/call`); });
    bareSockets.forEach((s) => s.close());
    const hallSockets = await connectAll(hall.url, n);
    for (let i = 0; i < CALLS; i++) await post(`${hall.url}/api/tickets`, undefined, { queueId: 'housing' });
    const h = await measure(hallSockets, async () => { await post(`${hall.url}/api/windows/5/call-next`, cookie); }, async () => {
      // Free the window for the next call; not part of the measured path.
      await post(`${hall.url}/api/windows/5/start`, cookie);
      await post(`${hall.url}/api/windows/5/finish`, cookie, { outcome: { kind: 'on-the-spot' } });
    });
    hallSockets.forEach((s) => s.close());
    lines.push(`| ${n} | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} | ${h.p50.toFixed(1)} | ${h.p99.toFixed(1)} | ${h.max.toFixed(1)} | ${(h.p50 / b.p50).toFixed(2)} | ${(h.p99 / b.p99).toFixed(2)} |`);
  }
  await bare.stop();
  await hall.stop();
  rmSync(dir, { recursive: true, force: true });
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchCallLatency());
