/**
 * `npm start` runs the server compiled to JavaScript (server/ops/build-server.mjs), not through
 * tsx: the bundle must find the migrations and the demo data from wherever it lies, seed the hall,
 * answer, and run a What-if job in its compiled worker thread.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/child-server.js';

const ROOT = resolve(import.meta.dirname, '../..');
// Inside the project (the bundle finds package.json above it), away from a running `npm start`'s dist-server/.
const OUT = join(ROOT, 'tests/.artifacts/dist-server');
const dir = mkdtempSync(join(tmpdir(), 'hall-compiled-'));
let url = '';
let stop = (): void => {};

beforeAll(async () => {
  execFileSync(process.execPath, ['server/ops/build-server.mjs', '--outdir', OUT], { cwd: ROOT });
  const port = await freePort();
  const proc = spawn(process.execPath, [join(OUT, 'main.js')], {
    // Another working directory: paths come from the bundle's place, not from where it is started.
    cwd: dir,
    env: { ...process.env, DB_FILE: join(dir, 'hall.db'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', BACKUP_DIR: 'off', DEMO_PASSWORD: 'demo' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout.on('data', (b: Buffer) => { output += b.toString(); });
  proc.stderr.on('data', (b: Buffer) => { output += b.toString(); });
  stop = () => proc.kill('SIGTERM');
  url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`the compiled server stopped: ${output}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (i > 300) throw new Error(`the compiled server did not answer: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);
afterAll(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the compiled server', () => {
  it('is plain JavaScript that migrates, seeds the demo hall and issues tickets', async () => {
    expect(readFileSync(join(OUT, 'main.js'), 'utf8')).not.toMatch(/from ['"]tsx/);
    const catalog = (await (await fetch(`${url}/api/catalog`)).json()) as { matters: unknown[]; queues: unknown[] };
    expect(catalog.queues.length).toBe(15);
    expect(catalog.matters.length).toBeGreaterThan(100);
    const r = await fetch(`${url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queueId: 'market' }) });
    expect(r.status).toBe(201);
  });

  it('runs a What-if job in its compiled worker thread', async () => {
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'supervisor', password: 'demo' }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const scenario = readFileSync(join(ROOT, 'server/sim/scenarios/small.json'), 'utf8');
    const r = await fetch(`${url}/api/whatif`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: url },
      body: JSON.stringify({ source: { scenario }, roster: { windows: [{ number: 1, open: [['08:30', '12:00']] }] } }),
    });
    const body = (await r.json()) as { baseline?: { summary: { run: { visitors: number } } }; error?: unknown };
    expect(r.status, JSON.stringify(body)).toBe(200);
    expect(body.baseline?.summary.run.visitors).toBeGreaterThan(0);
  }, 60_000);
});
