/**
 * What the forward estimate costs per ticket issued (issue 13), against the plain rule in the
 * same run: the demo hall in memory, all 36 windows open on their roster with a service at half
 * of them, N tickets waiting; then M more tickets issued through `issueTicket` with each rule
 * (each issue is one replay of the whole hall with the new ticket in it), and the replay alone.
 *
 * `npx tsx bench/estimate-cost.ts [--sizes 50,200,1000] [--issues 40]`
 */
import { cpus } from 'node:os';
import { createServices, type HallServices } from '../server/app/context.js';
import { forecastInput } from '../server/app/estimates.js';
import { issueTicket } from '../server/app/tickets.js';
import { callNext } from '../server/app/window-calls.js';
import { openWindow } from '../server/app/window-session.js';
import { hallOf } from '../server/app/views.js';
import { DEMO_HALL_FILE, readHallFile } from '../server/db/seed.js';
import { forecastCalls } from '../server/domain/forecast.js';
import { openSimHall, scenarioSpans } from '../server/sim/hall.js';
import { hallInstant } from '../common/hall-time.js';

const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(name); return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback; };
const sizes = arg('--sizes', '50,200,1000').split(',').map(Number);
const issues = Number(arg('--issues', '40'));
const data = readHallFile(DEMO_HALL_FILE);
const DATE = '2026-12-01';
const H = (h: number, m = 0) => (h * 60 + m) * 60_000;
const roster = data.windows.map((w) => ({ number: w.number, spans: [[H(8, 30), H(12)], [H(13, 30), H(17, 30)]] as [number, number][] }));
const matters = data.matters.filter((m) => m.handledBy !== 'district');

async function measure(n: number): Promise<{ plainUs: number; forwardUs: number; replayUs: number; inputUs: number }> {
  const hall = await openSimHall(data, 'plain', roster);
  const { s } = hall;
  const t0 = hallInstant(DATE, H(8, 30), hall.timeZone);
  let now = t0;
  hall.setClock(now);
  const forward: HallServices = createServices(s.database, () => now, s.hallId, { rule: 'forward', plannedSpans: () => scenarioSpans(s, roster) });
  const plain: HallServices = createServices(s.database, () => now, s.hallId, { rule: 'plain' });
  for (const [, w] of hall.windows) openWindow(s, w.actor, w.id, false);
  const take = (services: HallServices, i: number) => {
    const m = matters[i % matters.length];
    if (m) issueTicket(services, { matterId: m.id, issuer: { kind: 'device', deviceId: 'K01' }, source: 'kiosk' });
  };
  for (let i = 0; i < 36; i++) { now += 1000; hall.setClock(now); take(plain, i); }
  // Half the windows busy with a service in progress.
  [...hall.windows.values()].filter((_, i) => i % 2 === 0).forEach((w) => { try { callNext(s, w.actor, w.id); } catch { /* nobody for it */ } });
  while ((s.tickets.waitingOfDay(s.hallId, DATE).length) < n) { now += 1000; hall.setClock(now); take(plain, now / 1000); }
  const time = (services: HallServices) => {
    const started = performance.now();
    for (let i = 0; i < issues; i++) { now += 1000; hall.setClock(now); take(services, i * 7); }
    return ((performance.now() - started) * 1000) / issues;
  };
  time(plain); // warm-up of both paths
  time(forward);
  const plainUs = time(plain);
  const forwardUs = time(forward);
  let started = performance.now();
  for (let i = 0; i < issues; i++) forecastInput(forward, hallOf(forward), DATE, now);
  const inputUs = ((performance.now() - started) * 1000) / issues;
  const input = forecastInput(forward, hallOf(forward), DATE, now);
  started = performance.now();
  for (let i = 0; i < issues; i++) forecastCalls(input);
  const replayUs = ((performance.now() - started) * 1000) / issues;
  hall.close();
  return { plainUs, forwardUs, replayUs, inputUs };
}

console.log(`# estimate cost · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? '?'}`);
console.log('| waiting | issue, plain rule µs | issue, forward µs | ratio | reading the state µs | replay alone µs |');
console.log('|---|---|---|---|---|---|');
for (const n of sizes) {
  const r = await measure(n);
  console.log(`| ${n} | ${r.plainUs.toFixed(0)} | ${r.forwardUs.toFixed(0)} | ${(r.forwardUs / r.plainUs).toFixed(2)} | ${r.inputUs.toFixed(0)} | ${r.replayUs.toFixed(0)} |`);
}
