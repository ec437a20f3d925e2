/**
 * Finding 11 under a hostile load (npm run soak): the server's memory stays bounded while
 * sockets flood snapshot requests, screens listen, and kiosks and scripts hammer HTTP.
 * Before: 426 MB, most of it snapshots queued for clients that asked faster than they read.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startChildServer, type ChildServer } from '../support/child-server.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'hall-soak-mem-'));
let server: ChildServer | null = null;
afterAll(async () => {
  await server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function rss(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:')) ?? 'VmRSS: 0 kB';
  return Number(/(\d+)/.exec(line)?.[1] ?? 0) * 1024;
}

describe.skipIf(!process.env.SOAK)('memory under a hostile load', () => {
  it('stays bounded', async () => {
    server = await startChildServer(join(dir, 'hall.db'), await freePort());
    const pid = server.proc.pid ?? 0;
    const start = rss(pid);
    let peak = start;
    const afterRound: number[] = [];
    const sampler = setInterval(() => { peak = Math.max(peak, rss(pid)); }, 100);
    const listeners: Socket[] = [];
    for (let i = 0; i < 200; i++) listeners.push(connect(server.url, { transports: ['websocket'], forceNew: true }));
    for (let round = 0; round < 10; round++) {
      const flooders = Array.from({ length: 20 }, () => connect(server?.url ?? '', { transports: ['websocket'], forceNew: true, reconnection: false }));
      await Promise.all(flooders.map((s) => new Promise((r) => s.once('hall:snapshot', r))));
      for (const s of flooders) for (let i = 0; i < 20_000; i++) s.emit('snapshot:request', () => {});
      const junk = Array.from({ length: 300 }, (_, i) => fetch(`${server?.url ?? ''}/api/tickets`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: i % 3 === 0 ? JSON.stringify({ queueId: 'market' }) : `{"matterId":${'['.repeat(i)}`,
      }).then((r) => r.text(), () => ''));
      await Promise.all(junk);
      for (const s of flooders) s.close();
      afterRound.push(rss(pid));
    }
    clearInterval(sampler);
    for (const s of listeners) s.close();
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const mb = (n: number) => Math.round(n / MB);
    console.log(`RSS at start ${mb(start)} MB, after each round ${afterRound.map(mb).join(' ')} MB, peak ${mb(peak)} MB`);
    // Bounded: no growth from round to round, and the flood costs a fixed amount above the idle server.
    expect((afterRound.at(-1) ?? 0) - (afterRound[1] ?? 0)).toBeLessThan(40 * MB);
    expect(peak - start).toBeLessThan(220 * MB);
  }, 300_000);
});
