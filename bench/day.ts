/**
 * A day in the hall as fast as it goes (issue 14, goal 4): N tickets (default 20,000) issued over
 * every queue by kiosks, and called, started and finished by a clerk at each of the 36 windows,
 * all through the HTTP API of a server run as `npm start` runs it (file database, WAL,
 * synchronous=FULL) in its own process. Reports the wall time and every command's latency.
 *
 *   npx tsx bench/day.ts [--tickets 20000] [--kiosks 16]
 *
 * Tickets go to the queues in proportion to the windows that serve them, so no single window
 * holds the day up (a queue with one window would otherwise take 1/15 of the day alone).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, startProcess } from './processes.js';

const { values: args } = parseArgs({ options: { tickets: { type: 'string', default: '20000' }, kiosks: { type: 'string', default: '16' }, port: { type: 'string', default: '3111' } } });
const TICKETS = Number(args.tickets);
const KIOSKS = Number(args.kiosks);

type Kind = 'issue' | 'call-next' | 'start' | 'finish';
const latencies: Record<Kind, number[]> = { issue: [], 'call-next': [], start: [], finish: [] };

/** One command, timed from request to the whole answer read. */
async function timed(kind: Kind, url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const t0 = performance.now();
  const r = await fetch(url, init);
  const text = await r.text();
  latencies[kind].push(performance.now() - t0);
  return { status: r.status, body: text ? JSON.parse(text) : null };
}
const json = (body: unknown, cookie?: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body ?? {}) });

const dir = mkdtempSync(join(tmpdir(), 'hall-day-'));
const hall = await startProcess('server/main.ts', Number(args.port), { DB_FILE: join(dir, 'hall.db'), TICKET_RATE_LIMIT: '1000000', BACKUP_DIR: 'off', TRUST_PROXY: '127.0.0.1' });
const base = hall.url;

/** Sign-in is rate-limited per client: each clerk signs in as from its own console (the server trusts the bench as a proxy). */
async function login(user: string, n: number): Promise<string> {
  const init = json({ username: user, password: 'demo' });
  const r = await fetch(`${base}/api/auth/login`, { ...init, headers: { ...init.headers, 'x-forwarded-for': `10.0.0.${n}` } });
  if (r.status !== 200) throw new Error(`login ${user}: ${r.status} ${await r.text()}`);
  return (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

console.error('hall up; signing in the clerks');
const windows = (await (await fetch(`${base}/api/windows`)).json()) as { number: number; queueIds: string[] }[];
const clerks = await Promise.all(windows.map(async (w) => {
  const cookie = await login(`clerk${String(w.number).padStart(2, '0')}`, w.number);
  const r = await fetch(`${base}/api/windows/${w.number}/open`, json({}, cookie));
  if (r.status !== 200) throw new Error(`open window ${w.number}: ${r.status} ${await r.text()}`);
  return { n: w.number, cookie };
}));
// One draw per serving window: a queue served by four windows gets four shares.
const shares = windows.flatMap((w) => w.queueIds);

let issued = 0;
let finished = 0;
const started = performance.now();
const errors = new Map<string, number>();
const note = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);

async function kiosk(k: number): Promise<void> {
  for (let i = k; issued < TICKETS; i += KIOSKS) {
    issued += 1;
    const r = await timed('issue', `${base}/api/tickets`, json({ queueId: shares[i % shares.length] }));
    if (r.status !== 201) { issued -= 1; note(`issue ${r.status}`); }
  }
}

async function clerk(c: { n: number; cookie: string }): Promise<void> {
  const url = (what: string) => `${base}/api/windows/${c.n}/${what}`;
  while (finished < TICKETS) {
    const called = await timed('call-next', url('call-next'), json({}, c.cookie));
    if (called.status !== 200) {
      const code = (called.body as { error?: { code?: string } } | null)?.error?.code ?? String(called.status);
      if (code !== 'queue-empty' && code !== 'nothing-waiting') note(`call-next ${code}`);
      if (issued >= TICKETS && finished >= issued) return;
      if (errors.size > 0 && [...errors.values()].reduce((a, b) => a + b, 0) > 1000) throw new Error(`too many errors: ${JSON.stringify([...errors])}`);
      await new Promise((r) => setTimeout(r, 5));
      continue;
    }
    const ticketId = (called.body as { ticket: { id: string } }).ticket.id;
    const s = await timed('start', url('start'), json({ ticketId }, c.cookie));
    if (s.status !== 200) note(`start ${s.status}`);
    const f = await timed('finish', url('finish'), json({ ticketId, outcome: { kind: 'consultation' } }, c.cookie));
    if (f.status !== 200) note(`finish ${f.status} ${JSON.stringify(f.body).slice(0, 80)}`);
    else finished += 1;
  }
}

const progress = setInterval(() => console.error(`${((performance.now() - started) / 1000).toFixed(0)} s: ${issued} issued, ${finished} finished, errors ${JSON.stringify([...errors])}`), 2000);
try {
  await Promise.all([...Array.from({ length: KIOSKS }, (_, k) => kiosk(k)), ...clerks.map(clerk)]);
} finally {
  clearInterval(progress);
  await hall.stop();
}
const wall = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });

const all = Object.values(latencies).flat();
const row = (name: string, xs: number[]) => `| ${name} | ${xs.length} | ${percentile(xs, 50).toFixed(1)} | ${percentile(xs, 99).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`;
console.log([
  `a day in the hall: ${TICKETS} tickets, ${KIOSKS} kiosks, ${clerks.length} windows; wall ${wall.toFixed(1)} s; ${finished} finished`,
  `| command | count | p50 ms | p99 ms | max ms |`, `|---|---|---|---|---|`,
  row('all', all), ...(Object.entries(latencies) as [Kind, number[]][]).map(([k, xs]) => row(k, xs)),
  errors.size ? `non-2xx: ${[...errors].map(([k, v]) => `${k} ×${v}`).join(', ')}` : 'non-2xx: none',
].join('\n'));
