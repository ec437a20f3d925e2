/**
 * Group commit under a SIGKILL (issue 14, goal 7): 32 kiosks issue at once, so tickets are written
 * in batches; the server is killed while batches are in flight. After the restart every ticket that
 * was answered 201 is in the database exactly once, with its number, and no two tickets share a
 * number. (Like kill-restart.test.ts this cannot show power loss; see there.)
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse } from '../../contract/dto.js';
import { freePort, startChildServer, type ChildServer } from '../support/child-server.js';

const dir = mkdtempSync(join(tmpdir(), 'hall-group-kill-'));
const dbFile = join(dir, 'hall.db');
let child: ChildServer | null = null;
afterAll(async () => {
  await child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const QUEUES = ['market', 'housing', 'legal', 'transport'];

describe('group commit across SIGKILL', () => {
  it('keeps every acknowledged ticket exactly once when the kill lands on batches in flight', async () => {
    const port = await freePort();
    child = await startChildServer(dbFile, port);
    const url = child.url;
    const acked: { key: string; ticket: IssueTicketResponse }[] = [];
    let stop = false;
    let sent = 0;
    const kiosk = async (k: number) => {
      while (!stop) {
        const key = `k${k}-${sent++}`;
        try {
          const r = await fetch(`${url}/api/tickets`, {
            method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ queueId: QUEUES[k % QUEUES.length] }),
          });
          if (r.status === 201) acked.push({ key, ticket: (await r.json()) as IssueTicketResponse });
        } catch {
          return; // killed before an answer: not acknowledged, not promised
        }
      }
    };
    const running = Array.from({ length: 32 }, (_, k) => kiosk(k));
    while (acked.length < 300) await new Promise((r) => setTimeout(r, 2));
    await child.kill('SIGKILL');
    stop = true;
    await Promise.all(running);
    child = null;

    // The file as the restarted server finds it (WAL replayed on open).
    const db = new Database(dbFile);
    try {
      const byId = db.prepare<[string], { n: number; number: string }>('SELECT COUNT(*) AS n, MAX(number) AS number FROM tickets WHERE id = ?');
      const byKey = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM tickets WHERE idempotency_key = ?');
      for (const { key, ticket } of acked) {
        expect(byId.get(ticket.id), `ticket ${ticket.number} (${key})`).toEqual({ n: 1, number: ticket.number });
        expect(byKey.get(key)?.n, `key ${key}`).toBe(1);
      }
      const dup = db.prepare('SELECT queue_id, number, COUNT(*) AS n FROM tickets GROUP BY queue_id, service_day, number HAVING n > 1').all();
      expect(dup).toEqual([]);
    } finally {
      db.close();
    }
    child = await startChildServer(dbFile, port);
    const after = await fetch(`${child.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queueId: 'market' }) });
    expect(after.status).toBe(201);
    const marketMax = Math.max(...acked.filter((a) => a.ticket.queueId === 'market').map((a) => Number(a.ticket.number.slice(1))));
    expect(Number(((await after.json()) as IssueTicketResponse).number.slice(1))).toBeGreaterThan(marketMax);
  }, 90_000);
});
