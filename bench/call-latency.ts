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

interface Side {
  sockets: Socket[];
  trigger: () => Promise<void>;
  after?: () => Promise<void>;
  times: number[];
}

/** One call: fire `trigger`, wait until every socket got one `ticket:called`. */
async function once(side: Side): Promise<void> {
  const sent = performance.now();
  const got = side.sockets.map((s) => new Promise<number>((ok) => s.once('ticket:called', () => ok(performance.now() - sent))));
  await side.trigger();
  side.times.push(...(await Promise.all(got)));
  await side.after?.();
}

/**
 * Baseline and hall calls alternate, one each, CALLS times: on a shared, noisy machine a burst of
 * load then hits both sides alike instead of whichever block happened to run at the time.
 */
async function measure(sides: Side[]): Promise<{ p50: number; p99: number; max: number }[]> {
  for (let i = 0; i < CALLS; i++) for (const side of sides) await once(side);
  return sides.map((s) => ({ p50: median(s.times), p99: percentile(s.times, 99), max: Math.max(...s.times) }));
}

async function post(url: string, cookie?: string, body: unknown = {}): Promise<Response> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return r;
}

/** One real call's `ticket:called` as a screen receives it: the baseline broadcasts these same bytes. */
async function capturePayload(url: string, cookie: string): Promise<unknown> {
  const [screen] = await connectAll(url, 1);
  if (!screen) throw new Error('no screen');
  await post(`${url}/api/tickets`, undefined, { queueId: 'housing' });
  const got = new Promise<unknown>((ok) => screen.once('ticket:called', ok));
  await post(`${url}/api/windows/5/call-next`, cookie);
  const payload = await got;
  await post(`${url}/api/windows/5/start`, cookie);
  await post(`${url}/api/windows/5/finish`, cookie, { outcome: { kind: 'on-the-spot' } });
  screen.close();
  return payload;
}

export async function benchCallLatency(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hall-bench-'));
  const bare = await startProcess('bench/bare-server.ts', 3103);
  const hall = await startProcess('server/main.ts', 3104, { DB_FILE: join(dir, 'hall.db'), TICKET_RATE_LIMIT: '1000000', BACKUP_DIR: 'off' });
  try {
    const login = await post(`${hall.url}/api/auth/login`, undefined, { username: 'clerk05', password: 'demo' });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await post(`${hall.url}/api/windows/5/open`, cookie);
    const sample = await capturePayload(hall.url, cookie);
    await post(`${bare.url}/baseline/payload`, undefined, sample);
    const lines = [
      `call-to-screen latency, ms (every screen receives every call; baseline broadcasts the hall's own packet, ${JSON.stringify(sample).length} bytes of JSON)`,
      '| screens | baseline p50 | baseline p99 | hall p50 | hall p99 | hall max | ratio p50 | ratio p99 |', '|---|---|---|---|---|---|---|---|',
    ];
    for (const n of SIZES) {
      const bareSockets = await connectAll(bare.url, n);
      const hallSockets = await connectAll(hall.url, n);
      for (let i = 0; i < CALLS; i++) await post(`${hall.url}/api/tickets`, undefined, { queueId: 'housing' });
      const [b, h] = await measure([
        { sockets: bareSockets, times: [], trigger: async () => { await post(`${bare.url}/baseline/call`); } },
        {
          sockets: hallSockets, times: [], trigger: async () => { await post(`${hall.url}/api/windows/5/call-next`, cookie); },
          after: async () => {
            // Free the window for the next call; not part of the measured path.
            await post(`${hall.url}/api/windows/5/start`, cookie);
            await post(`${hall.url}/api/windows/5/finish`, cookie, { outcome: { kind: 'on-the-spot' } });
          },
        },
      ]);
      bareSockets.forEach((s) => s.close());
      hallSockets.forEach((s) => s.close());
      if (!b || !h) throw new Error('no figures');
      lines.push(`| ${n} | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} | ${h.p50.toFixed(1)} | ${h.p99.toFixed(1)} | ${h.max.toFixed(1)} | ${(h.p50 / b.p50).toFixed(2)} | ${(h.p99 / b.p99).toFixed(2)} |`);
    }
    return lines.join('\n');
  } finally {
    // A failed run must not leave servers holding the ports for the next one.
    await bare.stop();
    await hall.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchCallLatency());
