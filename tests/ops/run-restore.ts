import { spawn } from 'node:child_process';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Run {
  code: number | null;
  out: string;
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done, failed) => {
    const proc = spawn(command, args, { cwd, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    proc.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    proc.once('error', failed);
    proc.once('exit', (code) => done({ code, out }));
  });
}

/** The restore script as its own process, the way an operator runs it. */
export function restore(args: string[]): Promise<Run> {
  return run(process.execPath, ['--import', 'tsx', 'server/ops/restore.ts', ...args], ROOT);
}

/** Through `npm run restore`, typed in another folder (relative paths are the operator's). */
export function npmRestore(cwd: string, args: string[]): Promise<Run> {
  return run('npm', ['--prefix', ROOT, '--silent', 'run', 'restore', '--', ...args], cwd);
}

/** Garbage over part of every page but the first: the file opens, its b-trees do not add up. */
export function damage(file: string): void {
  const pages = Math.floor(statSync(file).size / 4096);
  const fd = openSync(file, 'r+');
  for (let p = 1; p < pages; p++) writeSync(fd, Buffer.alloc(200, 0xa5), 0, 200, p * 4096 + 100);
  closeSync(fd);
}
