import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export interface Proc {
  url: string;
  /** The server's own process id (to read its memory from /proc). */
  pid: number | undefined;
  stop(): Promise<void>;
}

const COMPILED = resolve(ROOT, 'bench/.results/dist-server');
let compiled = false;

/**
 * How a script runs: the hall server as `npm start` runs it, compiled to JavaScript (once per
 * bench process, beside the results); anything else (baselines, helpers) through tsx.
 * BENCH_TSX=1 measures the hall under tsx instead, as it ran before.
 */
export function argsOf(script: string): string[] {
  if (script !== 'server/main.ts' || process.env.BENCH_TSX === '1') return ['--import', 'tsx', script];
  if (!compiled) {
    execFileSync(process.execPath, ['server/ops/build-server.mjs', '--outdir', COMPILED], { cwd: ROOT });
    compiled = true;
  }
  return [resolve(COMPILED, 'main.js')];
}

/** Servers run in their own process so the load generator does not share their event loop. */
export async function startProcess(script: string, port: number, env: Record<string, string> = {}): Promise<Proc> {
  const child: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...argsOf(script)], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    stop: () => new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
