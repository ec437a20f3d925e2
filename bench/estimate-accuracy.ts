/**
 * The estimate's yardstick (issue 13): generated days (bench/day-generator.ts), each simulated
 * twice through the real use cases — once with the forward replay, once with the plain rule —
 * and the day's error Σ|estimate − wait| ÷ Σ wait (server/sim/summary.ts queueSummary) for both.
 *
 * `npm run bench:estimate [-- --days 5 --visitors 1500 --seed 1]`
 */
import { cpus } from 'node:os';
import { DEMO_HALL_FILE, readHallFile } from '../server/db/seed.js';
import { prepareScenario, simulateDay } from '../server/sim/simulate.js';
import { queueSummary } from '../server/sim/summary.js';
import { generateDay } from './day-generator.js';

const arg = (name: string, fallback: number) => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : fallback; };
const days = arg('--days', 5);
const visitors = arg('--visitors', 1500);
const firstSeed = arg('--seed', 1);
const data = readHallFile(DEMO_HALL_FILE);
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);

console.log(`# estimate accuracy · ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? '?'}`);
console.log('| day (seed) | visitors | called | mean wait min | forward error | plain error | forward s | plain s |');
console.log('|---|---|---|---|---|---|---|---|');
const totals = { forward: 0, plain: 0 };
for (let d = 0; d < days; d++) {
  const seed = firstSeed + d;
  const raw = generateDay(data, { seed, date: `2026-12-0${1 + (d % 9)}`, visitors });
  const prepared = prepareScenario(raw, data);
  if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
  const t0 = performance.now();
  const forward = await simulateDay(prepared.scenario, data, Date.now, 'forward');
  const t1 = performance.now();
  const plain = await simulateDay(prepared.scenario, data, Date.now, 'plain');
  const t2 = performance.now();
  const f = queueSummary(forward.rows);
  const p = queueSummary(plain.rows);
  totals.forward += f.estimateRelativeMAE ?? 0;
  totals.plain += p.estimateRelativeMAE ?? 0;
  console.log(`| ${seed} | ${visitors} | ${f.served} | ${f.waitMeanMin} | ${pct(f.estimateRelativeMAE)} | ${pct(p.estimateRelativeMAE)} | ${((t1 - t0) / 1000).toFixed(1)} | ${((t2 - t1) / 1000).toFixed(1)} |`);
}
console.log(`| mean | | | | **${pct(totals.forward / days)}** | **${pct(totals.plain / days)}** | | |`);
