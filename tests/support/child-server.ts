import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export interface ChildServer {
  url: string;
  proc: ChildProcess;
  kill(signal: NodeJS.Signals): Promise<void>;
  /** How the process ended (resolves once it has). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
}

export interface ChildServerOptions {
  /** Extra environment, e.g. BACKUP_DIR, SHUTDOWN_TIMEOUT_MS. Backups are off unless set here. */
  env?: Record<string, string>;
}

/** The real `server/main.ts` in its own process, as `npm start` runs it, on a given database file. */
export async function startChildServer(dbFile: string, port: number, options: ChildServerOptions = {}): Promise<ChildServer> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DB_FILE: dbFile, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', TICKET_RATE_LIMIT: '100000', BACKUP_DIR: 'off', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    proc.once('exit', (code, signal) => done({ code, signal }));
  });
  proc.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  proc.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server did not come up:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, proc, exited, output: () => output,
    kill: (signal) => new Promise<void>((done) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return done();
      proc.once('exit', () => done());
      proc.kill(signal);
    }),
  };
}
