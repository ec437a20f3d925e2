/**
 * A message exists exactly when its change does: written in the command's transaction, gone with
 * its rollback. The server here does not listen, so no dispatcher sends or marks anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse } from '../../contract/dto.js';
import { runCommand } from '../../server/app/context.js';
import { enqueueOutbox } from '../../server/app/outbox.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startServer({}, false);
  admin = await server.login('admin');
});
afterAll(async () => server.close());

const count = (type: string): number =>
  server.app.hall.database.sqlite.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE type = ?').get(type)?.n ?? 0;

async function cancelOne(): Promise<void> {
  const t = (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<IssueTicketResponse>();
  expect((await server.app.inject({ method: 'POST', url: `/api/tickets/${t.id}/cancel`, payload: {} })).statusCode).toBe(200);
}

describe('the outbox is written with its change or not at all', () => {
  it('writes no ticket.changed while no endpoint is active (a hall without webhooks pays nothing)', async () => {
    await cancelOne();
    expect(count('ticket.changed')).toBe(0);
  });

  it('keeps nothing of a command that fails after enqueueing', async () => {
    const r = await server.app.inject({ method: 'POST', url: '/api/webhooks', headers: { cookie: admin }, payload: { url: 'http://127.0.0.1:9/hook' } });
    expect(r.statusCode).toBe(201);
    const hall = server.app.hall;
    expect(() => runCommand(hall, (now) => {
      enqueueOutbox(hall, { type: 'test.rolled-back', data: { n: 1 }, sms: { to: '13800000000', text: 'never' } }, now);
      throw new Error('a rule said no after the enqueue');
    })).toThrow('a rule said no');
    expect(count('test.rolled-back')).toBe(0);
  });

  it('keeps the message of a committed command, one row per target with one event id', async () => {
    const hall = server.app.hall;
    const eventId = runCommand(hall, (now) => ({
      result: enqueueOutbox(hall, { type: 'test.committed', data: { n: 2 }, sms: { to: '13800000000', text: 'kept' } }, now),
      events: [],
    }));
    const rows = hall.database.sqlite.prepare<[string], { channel: string; eventId: string }>(
      'SELECT channel, event_id AS eventId FROM outbox WHERE type = ? ORDER BY channel',
    ).all('test.committed');
    expect(rows).toEqual([{ channel: 'sms', eventId }, { channel: 'webhook', eventId }]);
  });

  it('writes ticket.changed with each ticket change once an endpoint is active, and none for a refused one', async () => {
    // Issued and cancelled: two changes.
    await cancelOne();
    expect(count('ticket.changed')).toBe(2);
    // Cancelling a cancelled ticket is refused: its transaction, outbox row included, rolls back.
    const t = (await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } })).json<IssueTicketResponse>();
    expect((await server.app.inject({ method: 'POST', url: `/api/tickets/${t.id}/cancel`, payload: {} })).statusCode).toBe(200);
    expect(count('ticket.changed')).toBe(4);
    expect((await server.app.inject({ method: 'POST', url: `/api/tickets/${t.id}/cancel`, payload: {} })).statusCode).toBeGreaterThanOrEqual(400);
    expect(count('ticket.changed')).toBe(4);
  });
});
