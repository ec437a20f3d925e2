import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { HallSnapshot } from '../../contract/dto.js';
import type { ClientToServer, ServerToClient } from '../../contract/events.js';
import { freePort, startChildServer, type ChildServer } from '../support/child-server.js';
import { slowPost } from '../ops/slow-request.js';

const dir = mkdtempSync(join(tmpdir(), 'hall-shutdown-'));
let child: ChildServer | null = null;
let socket: Socket<ServerToClient, ClientToServer> | null = null;
afterAll(async () => {
  socket?.close();
  await child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function until(cond: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

interface Outcome {
  key: string;
  status: number | 'refused';
  number?: string;
  code?: string;
}

async function issue(url: string, key: string): Promise<Outcome> {
  try {
    const r = await fetch(`${url}/api/tickets`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ queueId: 'market' }),
    });
    const body = (await r.json()) as { number?: string; error?: { code: string } };
    return { key, status: r.status, number: body.number, code: body.error?.code };
  } catch {
    // Refused or cut before any answer: the server never took it (checked against the file below).
    return { key, status: 'refused' };
  }
}

/** Ticket numbers by idempotency key, straight from the file the server left. */
function numbersByKey(dbFile: string): Map<string, string> {
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db.prepare('SELECT idempotency_key AS key, number FROM tickets WHERE idempotency_key IS NOT NULL').all() as { key: string; number: string }[];
    return new Map(rows.map((r) => [r.key, r.number]));
  } finally {
    db.close();
  }
}

describe('graceful shutdown (SIGTERM)', () => {
  it('finishes what it accepted, refuses the rest with 503, exits 0, and screens come back by themselves', async () => {
    const dbFile = join(dir, 'hall.db');
    const port = await freePort();
    child = await startChildServer(dbFile, port);
    const server = child;
    socket = connect(server.url, { transports: ['websocket'], reconnectionDelay: 250, reconnectionDelayMax: 500, forceNew: true });
    const snapshots: HallSnapshot[] = [];
    let disconnects = 0;
    socket.on('hall:snapshot', (s) => snapshots.push(s));
    socket.on('disconnect', () => { disconnects++; });
    await until(() => snapshots.length === 1, 'the first snapshot');

    const slow = slowPost(server.url, '/api/tickets', { queueId: 'market' }, { 'idempotency-key': 'slow-in-flight' });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);

    // Forty kiosks issue until the process is gone; SIGTERM lands in the middle of it.
    const outcomes: Outcome[] = [];
    let exited = false;
    let sent = 0;
    const kiosk = async () => {
      while (!exited) outcomes.push(await issue(server.url, `burst-${String(sent++).padStart(6, '0')}`));
    };
    const kiosks = Array.from({ length: 40 }, kiosk);
    await until(() => outcomes.filter((o) => o.status === 201).length >= 50, '50 tickets');
    const before = outcomes.length;
    server.proc.kill('SIGTERM');
    await until(() => outcomes.slice(before).some((o) => o.status !== 201), 'the server to start refusing');

    // Accepted before the signal, its body still coming: it must be answered, not cut off.
    const late = await slow.finish();
    expect(late.status).toBe(201);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    exited = true;
    await Promise.all(kiosks);

    const acked = outcomes.filter((o) => o.status === 201);
    const refused = outcomes.filter((o) => o.status !== 201);
    expect(refused.filter((o) => o.status === 503).every((o) => o.code === 'shutting-down')).toBe(true);
    expect(outcomes.every((o) => o.status === 201 || o.status === 503 || o.status === 'refused')).toBe(true);
    expect(refused.length).toBeGreaterThan(0);
    const stored = numbersByKey(dbFile);
    for (const o of acked) expect(stored.get(o.key), `acknowledged ${o.key} lost`).toBe(o.number);
    for (const o of refused) expect(stored.has(o.key), `refused ${o.key} (${o.status}) was written`).toBe(false);
    expect(stored.get('slow-in-flight')).toBe(JSON.parse(late.body).number);
    const seqs = [...stored.values()].map((n) => Number(n.slice(1))).sort((a, b) => a - b);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(disconnects).toBe(1);

    // The same screen, untouched, is back with a fresh snapshot once a server listens again.
    child = await startChildServer(dbFile, port);
    await until(() => snapshots.length === 2, 'the snapshot after the restart');
    expect(socket.connected).toBe(true);
    expect(snapshots[1]!.queues.find((q) => q.id === 'market')?.waiting).toBe(stored.size);
    console.info(`graceful shutdown: ${acked.length + 1} acknowledged and stored, ${refused.filter((o) => o.status === 503).length} × 503 shutting-down, ${refused.filter((o) => o.status === 'refused').length} refused connections, none stored`);
    await child.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    child = null;
  }, 90_000);

  it('gives up after SHUTDOWN_TIMEOUT_MS with exit 1 and says so', async () => {
    const server = await startChildServer(join(dir, 'stuck.db'), await freePort(), { env: { SHUTDOWN_TIMEOUT_MS: '1000' } });
    child = server;
    // A request that never finishes sending keeps the stop waiting.
    slowPost(server.url, '/api/tickets', { queueId: 'market' });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.output()).toContain('SHUTDOWN_TIMEOUT_MS');
    child = null;
  }, 60_000);
});
