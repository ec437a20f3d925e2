/**
 * The pinned command line, spawned once with a scenario that is wrong in many ways: exit 2,
 * every problem named with its path, and nothing written (the output directory is not even made).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bad = {
  date: '2026-02-30',
  walkMinutes: -1,
  windows: [
    { number: 1, open: [['08:30', '12:00'], ['11:00', '17:00']] },
    { number: 99, open: [['25:00', '12:00']] },
    { number: 1, open: [] },
  ],
  visitors: [
    { arrive: '8:31', matterId: 'market-002', serviceMinutes: 5 },
    { arrive: '08:32:00', serviceMinutes: 0 },
    { arrive: '08:33:00', queueId: 'guidance', serviceMinutes: 3, priority: 'vip', servicMinutes: 3 },
    { arrive: '08:34:00', matterId: 'no-such-matter', serviceMinutes: 3 },
  ],
  extra: true,
};

describe('npm run simulate with a bad scenario', () => {
  it('exits 2 naming every problem and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const out = join(dir, 'out');
    const root = resolve(import.meta.dirname, '../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'server/sim/cli.ts'), file, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(2);
    for (const problem of [
      '(root).extra: unknown field', 'date: must be a calendar date', 'walkMinutes: -1 is out of range',
      'windows[0].open[1]: starts before the previous span ends', 'windows[1].open[0][0]: "25:00" is not a time',
      'windows[1].number: the hall has no window 99', 'windows[2].number: window 1 is listed twice',
      'visitors[0].arrive: must be a time', 'visitors[1]: names neither a matterId nor a queueId',
      'visitors[1].serviceMinutes: 0 is out of range', 'visitors[2].servicMinutes: unknown field', 'visitors[2].priority: must be one of',
    ]) expect(run.stderr).toContain(problem);
    // An unknown matter is the visitor's refusal (matter-not-found), not a problem of the file.
    expect(run.stderr).not.toContain('visitors[3]');
    expect(run.stderr.match(/^ {2}- /gm)?.length).toBe(12);
    expect(existsSync(out)).toBe(false);
  });
});
