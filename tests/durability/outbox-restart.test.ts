/**
 * Kill the server between commit and delivery: every event it wrote reaches the receiver after the
 * restart. Duplicates are allowed on the wire (at least once); after de-duplication by event id
 * the receiver holds exactly the events written, none lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse } from '../../contract/dto.js';
import type { OutboxEntryDto } from '../../contract/routes-outbox.js';
import { startReceiver, until, type Receiver } from '../outbox/receiver.js';
import { freePort, startChildServer, type ChildServer } from '../support/child-server.js';

const dir = mkdtempSync(join(tmpdir(), 'hall-outbox-'));
const dbFile = join(dir, 'hall.db');
let child: ChildServer | null = null;
let receiver: Receiver | null = null;
afterAll(async () => {
  await child?.kill('SIGKILL');
  await receiver?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post<T>(url: string, body: object, cookie = ''): Promise<{ status: number; body: T }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as T };
}

async function adminCookie(url: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo' }) });
  expect(r.status).toBe(200);
  return (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function webhookRows(url: string, cookie: string): Promise<OutboxEntryDto[]> {
  const r = await fetch(`${url}/api/outbox?channel=webhook&limit=500`, { headers: { cookie } });
  expect(r.status).toBe(200);
  return (await r.json()) as OutboxEntryDto[];
}

describe('outbox across SIGKILL', () => {
  it('delivers every committed event after a restart, once per event id at the receiver', async () => {
    receiver = await startReceiver();
    receiver.hanging = true;
    const port = await freePort();
    child = await startChildServer(dbFile, port);
    const cookie = await adminCookie(child.url);
    const created = await post<{ secret: string }>(`${child.url}/api/webhooks`, { url: receiver.url }, cookie);
    expect(created.status).toBe(201);
    receiver.secret = created.body.secret;

    // Each ticket is two changes: issued, then cancelled.
    const tickets = 6;
    const changes = 2 * tickets;
    for (let i = 0; i < tickets; i++) {
      const t = await post<IssueTicketResponse>(`${child.url}/api/tickets`, { queueId: i % 2 === 0 ? 'market' : 'housing' });
      expect(t.status).toBe(201);
      expect((await post(`${child.url}/api/tickets/${t.body.id}/cancel`, {})).status).toBe(200);
    }
    // Sends are under way and unanswered: the kill lands after the commits, before any delivery.
    await until(() => receiver!.attempts.length > 0);
    await child.kill('SIGKILL');
    expect(receiver.acceptedIds().size).toBe(0);

    receiver.hanging = false;
    child = await startChildServer(dbFile, port);
    const cookie2 = await adminCookie(child.url);
    const written = await webhookRows(child.url, cookie2);
    const writtenIds = new Set(written.map((r) => r.eventId));
    expect(writtenIds.size).toBe(changes);
    await until(() => receiver!.acceptedIds().size >= changes);
    expect(receiver.acceptedIds()).toEqual(writtenIds);
    expect(receiver.attempts.every((a) => a.status === 0 || a.signatureOk)).toBe(true);
    await until(async () => (await webhookRows(child!.url, cookie2)).every((r) => r.state === 'delivered'));
  }, 90_000);
});
