/**
 * Server memory (issue 14 goal 5): RSS of `server/main.ts` (as `npm start` runs it) with 100,000
 * past tickets in its database and 1,000 screen sockets, read from /proc/<pid>/status. Baseline in
 * the same run: the bare Socket.IO server (bench/bare-server.ts) with the same sockets, i.e. what
 * Node and Socket.IO alone cost. Knobs: BENCH_TICKETS (100000), BENCH_SCREENS (1000), BENCH_DAYS (30).
 * `bash -c 'ulimit -n 8192; npx tsx bench/memory.ts'`
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startProcess, type Proc } from './processes.js';
import { seedHistory } from './seed-history.js';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const SCREENS = Number(process.env.BENCH_SCREENS ?? 1000);
const DAYS = Number(process.env.BENCH_DAYS ?? 30);
const MB = 1024 * 1024;
/** Extra Node flags for the hall process only, to try what a launch setting would save (e.g. --max-semi-space-size=1). */
const NODE_FLAGS = process.env.BENCH_NODE_OPTIONS ?? '';

/** VmRSS and VmHWM (peak) of a process, in bytes. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function screens(url: string, n: number, event: string): Promise<Socket[]> {
  const out = Array.from({ length: n }, () => io(url, { transports: ['websocket'], forceNew: true, reconnection: false }));
  await Promise.all(out.map((s) => new Promise((ok, fail) => { s.once(event, ok); s.once('connect_error', fail); })));
  return out;
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (n: number) => (n / MB).toFixed(0);

async function post(url: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
}

/** A few calls so the sockets carry traffic and the server's hot paths have run. */
async function someCalls(url: string): Promise<void> {
  const login = await post(`${url}/api/auth/login`, { username: 'clerk05', password: 'demo' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  await post(`${url}/api/windows/5/open`, {}, cookie);
  for (let i = 0; i < 20; i++) {
    await post(`${url}/api/tickets`, { queueId: 'housing' });
    await post(`${url}/api/windows/5/call-next`, {}, cookie);
    await post(`${url}/api/windows/5/start`, {}, cookie);
    await post(`${url}/api/windows/5/finish`, { outcome: { kind: 'on-the-spot' } }, cookie);
  }
}

function pidOf(p: Proc): number {
  if (p.pid === undefined) throw new Error('no pid');
  return p.pid;
}

export async function benchMemory(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hall-mem-'));
  const db = join(dir, 'hall.db');
  const env: Record<string, string> = { DB_FILE: db, BACKUP_DIR: 'off', TICKET_RATE_LIMIT: '1000000', ...(NODE_FLAGS ? { NODE_OPTIONS: NODE_FLAGS } : {}) };
  const rows: string[] = [];
  const row = (what: string, m: { rss: number; peak: number }) => rows.push(`| ${what} | ${mb(m.rss)} | ${mb(m.peak)} |`);
  try {
    // The first start migrates and seeds the demo hall; the history goes in while it is down.
    const first = await startProcess('server/main.ts', 3107, env);
    await settle(2000);
    row('hall, demo data only, no sockets', memoryOf(pidOf(first)));
    await first.stop();
    const t0 = performance.now();
    seedHistory(db, TICKETS, DAYS);
    const seeded = ((performance.now() - t0) / 1000).toFixed(1);

    const bare = await startProcess('bench/bare-server.ts', 3108);
    const bareSockets = await screens(bare.url, SCREENS, 'connect');
    await settle(3000);
    row(`baseline: bare Socket.IO server, ${SCREENS} sockets`, memoryOf(pidOf(bare)));
    bareSockets.forEach((s) => s.close());
    await bare.stop();

    const hall = await startProcess('server/main.ts', 3107, env);
    await settle(2000);
    row(`hall, ${TICKETS.toLocaleString('en')} past tickets, no sockets`, memoryOf(pidOf(hall)));
    const hallSockets = await screens(hall.url, SCREENS, 'hall:snapshot');
    await settle(3000);
    row(`hall, ${TICKETS.toLocaleString('en')} past tickets, ${SCREENS} screens`, memoryOf(pidOf(hall)));
    await someCalls(hall.url);
    await settle(3000);
    row(`hall, ${TICKETS.toLocaleString('en')} past tickets, ${SCREENS} screens, 20 served`, memoryOf(pidOf(hall)));
    hallSockets.forEach((s) => s.close());
    await hall.stop();
    return [`server memory, MB${NODE_FLAGS ? ` (hall with NODE_OPTIONS=${NODE_FLAGS})` : ''} (history seeded through SQL in ${seeded} s: ${TICKETS} tickets and ${TICKETS * 4} ticket events over ${DAYS} days)`,
      '| server | RSS | peak RSS (VmHWM) |', '|---|---|---|', ...rows].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchMemory());
