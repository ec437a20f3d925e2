/**
 * The real `server/main.ts`: a bad configuration value stops start-up with a non-zero exit and a
 * message naming the variable, and NODE_ENV=production never runs the demo (shared passwords).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT, env: { ...process.env, DB_FILE: ':memory:', PORT: '0', HOST: '127.0.0.1', BACKUP_DIR: 'off', NODE_ENV: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    proc.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    // A server that starts despite the bad value would listen for ever: stop it and report.
    const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.once('exit', (code) => { clearTimeout(timer); done({ code, output }); });
  });
}

describe('start-up configuration', () => {
  it.each([
    ['PRINT_TIMEOUT_MS', 'abc'],
    ['PORT', 'http'],
    ['TRUST_PROXY', 'nginx'],
  ])('refuses %s=%s, naming the variable', async (name, value) => {
    const { code, output } = await start({ [name]: value });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(output).toContain(`${name}:`);
    expect(output).toContain('Not starting');
  });

  it('refuses demo mode under NODE_ENV=production', async () => {
    const { code, output } = await start({ NODE_ENV: 'production', DEMO: '1' });
    expect(code).toBe(1);
    expect(output).toContain('DEMO:');
  });
});
