/**
 * Resync after a restart (issue 14 goal 3): N screens connected, the hall server stops
 * (SIGTERM, as an operator restarts it) and a new process starts on the same port and database.
 * Measured per screen: from the new server listening (the time in its own log line) to that
 * screen holding a fresh snapshot. Two client set-ups in the same run: the display's
 * (ui/hall-socket.ts, the real client code) and socket.io-client's defaults (1 s growing to 5 s,
 * ±50 %) as the baseline that shows what the tuning buys.
 * `npx tsx bench/resync.ts` (raise `ulimit -n`: 2 × N sockets live on this machine).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { io } from 'socket.io-client';
import type { HallSnapshot } from '../contract/dto.js';
import { connectHall } from '../ui/hall-socket.js';
import { argsOf, median, percentile } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..');
const N = Number(process.env.BENCH_SCREENS ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 3106);
const WAIT_MS = 15_000;

interface Screen { snapshots: number[]; versions: number[]; errors: { at: number; why: string }[]; close(): void }
interface Server { listenedAt: Promise<number>; stop(): Promise<void> }

/** The real server/main.ts, as `npm start` runs it (bench/processes.ts); resolves `listenedAt` from its own "listening" log line (epoch ms). */
function startServer(dbFile: string): Server {
  const child = spawn(process.execPath, argsOf('server/main.ts'), {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'info', DB_FILE: dbFile, BACKUP_DIR: 'off' },
  });
  let out = '';
  const listenedAt = new Promise<number>((ok, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('Server listening'));
      if (line) ok(Number((JSON.parse(line) as { time: number }).time));
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code})`)));
  });
  return {
    listenedAt,
    stop: () => new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

function displayScreen(url: string): Screen {
  const s: Screen = { snapshots: [], versions: [], errors: [], close: () => undefined };
  const hall = connectHall({ url, onState: () => undefined, onSnapshot: (snap: HallSnapshot) => { s.snapshots.push(Date.now()); s.versions.push(snap.version); } });
  hall.socket.io.on('error', (e) => s.errors.push({ at: Date.now(), why: e.message }));
  s.close = () => hall.close();
  return s;
}

function defaultScreen(url: string): Screen {
  const s: Screen = { snapshots: [], versions: [], errors: [], close: () => undefined };
  const socket = io(url, { transports: ['websocket'], forceNew: true });
  socket.on('hall:snapshot', (snap: HallSnapshot) => { s.snapshots.push(Date.now()); s.versions.push(snap.version); });
  socket.io.on('error', (e) => s.errors.push({ at: Date.now(), why: e.message }));
  s.close = () => socket.close();
  return s;
}

async function until(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

async function round(label: string, make: (url: string) => Screen): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hall-resync-'));
  const db = join(dir, 'hall.db');
  const url = `http://127.0.0.1:${PORT}`;
  let server = startServer(db);
  await server.listenedAt;
  const screens = Array.from({ length: N }, () => make(url));
  try {
    await until(() => screens.every((s) => s.snapshots.length === 1), WAIT_MS);
    const before = screens.filter((s) => s.snapshots.length === 1).length;
    await server.stop();
    const stoppedAt = Date.now();
    server = startServer(db);
    const listened = await server.listenedAt;
    await until(() => screens.every((s) => s.snapshots.length >= 2), WAIT_MS);
    const fresh = (await (await fetch(`${url}/api/snapshot`)).json()) as HallSnapshot;
    const times = screens.flatMap((s) => (s.snapshots.length >= 2 ? [(s.snapshots[1] ?? 0) - listened] : []));
    const stale = screens.filter((s) => s.snapshots.length >= 2 && s.versions[1] !== fresh.version).length;
    const failed = screens.flatMap((s) => s.errors.filter((e) => e.at >= listened).map((e) => e.why));
    const why = [...new Set(failed)].map((w) => `${failed.filter((x) => x === w).length}× ${w}`).join(', ');
    return `| ${label} | ${N} | ${before} | ${((listened - stoppedAt) / 1000).toFixed(1)} | ${times.length} | ${stale} | ${median(times).toFixed(0)} | `
      + `${percentile(times, 99).toFixed(0)} | ${Math.max(...times).toFixed(0)} | ${times.filter((t) => t <= 2000).length} | ${failed.length}${why ? ` (${why})` : ''} |`;
  } finally {
    for (const s of screens) s.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchResync(): Promise<string> {
  const lines = [
    'resync after a restart: ms from the new server listening to each screen holding a fresh snapshot',
    '| clients | screens | connected before | down s | resynced | stale | p50 | p99 | max | ≤ 2 s | failed attempts after listening |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  lines.push(await round('socket.io-client defaults (baseline)', defaultScreen));
  lines.push(await round('display (ui/hall-socket.ts)', displayScreen));
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchResync());
  // The clients' timers are closed; nothing else should keep the process, but do not wait on it.
  process.exit(0);
}
