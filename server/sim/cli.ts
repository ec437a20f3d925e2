/**
 * npm run simulate -- <scenario.json> --out <dir> [--catalog <file>] [--estimator forward|plain]   (pinned by issue 13)
 * Exit 0 with tickets.csv, summary.json and report.html in <dir>; exit 2 with every problem of
 * the command line or the scenario named and nothing written; exit 1 on anything else.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_HALL_FILE, readHallFile, type HallFile } from '../db/seed.js';
import type { SimEstimator } from './hall.js';
import { outputFiles, prepareScenario, simulateDay } from './simulate.js';

const USAGE = 'usage: npm run simulate -- <scenario.json> --out <dir> [--catalog <file>] [--estimator forward|plain]';

function parseArgs(argv: readonly string[]): { scenario: string; out: string; catalog: string; estimator: SimEstimator } | string[] {
  const problems: string[] = [];
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--out' || a === '--catalog' || a === '--estimator') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) problems.push(`${a}: needs a value`);
      else flags.set(a, v);
    } else if (a.startsWith('--')) problems.push(`${a}: unknown option`);
    else positional.push(a);
  }
  if (positional.length !== 1) problems.push(`expected one scenario file, got ${positional.length}`);
  if (!flags.has('--out')) problems.push('--out <dir>: missing');
  // The estimate the kiosk shows: the server's forward replay unless the plain rule is asked for (for comparison).
  const estimator = flags.get('--estimator') ?? 'forward';
  if (estimator !== 'forward' && estimator !== 'plain') problems.push(`--estimator: ${estimator} is neither forward nor plain`);
  if (problems.length > 0) return problems;
  return { scenario: positional[0] ?? '', out: flags.get('--out') ?? '', catalog: flags.get('--catalog') ?? DEMO_HALL_FILE, estimator: estimator === 'plain' ? 'plain' : 'forward' };
}

function refuse(problems: readonly string[], what: string): never {
  process.stderr.write(`${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n${USAGE}\n`);
  process.exit(2);
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (error) { refuse([`${file}: cannot be read (${(error as Error).message})`], what); }
  try { return JSON.parse(text); } catch (error) { refuse([`${file}: is not JSON (${(error as Error).message})`], what); }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (Array.isArray(args)) refuse(args, 'bad command line');
  let data: HallFile;
  try { data = readHallFile(resolve(args.catalog)); } catch (error) { refuse([(error as Error).message], 'bad catalogue'); }
  const raw = readJson(resolve(args.scenario), 'bad scenario');
  const prepared = prepareScenario(raw, data);
  if (!prepared.ok) refuse(prepared.problems, `bad scenario ${args.scenario}`);
  const day = await simulateDay(prepared.scenario, data, Date.now, args.estimator);
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  // Each file appears whole or not at all: written aside, then renamed into place.
  for (const [name, content] of outputFiles(day, data)) {
    writeFileSync(join(out, `.${name}.tmp`), content);
    renameSync(join(out, `.${name}.tmp`), join(out, name));
  }
  const { run } = day.summary;
  process.stdout.write(`${run.visitors} visitors, ${run.issued} tickets, ${run.refusals} refused; simulated ${run.simulatedStart} → ${run.simulatedEnd}\n`);
  process.stdout.write(`wall time ${run.wallTimeMs} ms; wrote ${out}/{tickets.csv,summary.json,report.html}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`simulate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
