/**
 * The walk-in cap through the real call-next (issue 15): a window whose line is full of
 * checked-in appointments still reaches walk-ins who waited past the hall's limit.
 * Appointment tickets are made by turning issued tickets into appointments in the database,
 * as a check-in would leave them (bookings are built elsewhere).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallNextResultDto, TicketDto, WindowQueueDto } from '../../contract/dto.js';
import { DEFAULT_APPOINTMENT_RULES } from '../../server/domain/appointments.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

const MIN = 60_000;
let server: TestServer;
const clock = movableClock();
beforeEach(async () => {
  clock.set(Date.UTC(2026, 10, 30, 1, 0, 0));
  server = await startServer({ clock }, false);
});
afterEach(() => server.close());

async function issue(): Promise<string> {
  const r = await server.app.inject({ method: 'POST', url: '/api/tickets', payload: { queueId: 'market' } });
  expect(r.statusCode).toBe(201);
  clock.advance(1000);
  return r.json<TicketDto>().id;
}

async function appointment(): Promise<string> {
  const id = await issue();
  server.app.hall.database.sqlite.prepare("UPDATE tickets SET source = 'appointment' WHERE id = ?").run(id);
  return id;
}

/** Calls the next ticket at window 1 and finishes it; returns what was called and why. */
async function callAndFinish(cookie: string): Promise<CallNextResultDto> {
  const called = await server.app.inject({ method: 'POST', url: '/api/windows/1/call-next', headers: { cookie } });
  expect(called.statusCode).toBe(200);
  const result = called.json<CallNextResultDto>();
  for (const [action, payload] of [['start', {}], ['finish', { outcome: { kind: 'one-time-notice', missingMaterials: ['营业执照副本'] } }]] as const) {
    const r = await server.app.inject({ method: 'POST', url: `/api/windows/1/${action}`, payload: { ...payload, ticketId: result.ticket.id }, headers: { cookie } });
    expect(r.statusCode).toBe(200);
  }
  clock.advance(MIN);
  return result;
}

describe('the walk-in cap at a window (call-next over HTTP)', () => {
  it('alternates: one appointment, then K − 1 walk-ins who waited past the limit, first come first served', async () => {
    const { capEvery, walkInWaitMin } = DEFAULT_APPOINTMENT_RULES;
    expect(capEvery).toBe(3);
    const hall = server.app.hall.catalog.hall(server.app.hall.hallId);
    // The walk-ins wait past the cap's limit but not past the hall's overdue limit (that rule is older and not tested here).
    expect(hall?.maxWaitMin).toBeGreaterThan(walkInWaitMin + 15);
    const cookie = await server.clerkAt(1);
    const walkIns = [await issue(), await issue(), await issue(), await issue()];
    const appointments = [await appointment(), await appointment(), await appointment(), await appointment()];
    clock.advance((walkInWaitMin + 1) * MIN);

    const a1 = await callAndFinish(cookie);
    expect(a1).toMatchObject({ ticket: { id: appointments[0] }, reason: 'appointment' });
    // The console's line already says why the next one is a walk-in.
    const line = (await server.app.inject({ url: '/api/windows/1/queue', headers: { cookie } })).json<WindowQueueDto>();
    expect(line.next).toMatchObject({ ticketId: walkIns[0], reason: 'fifo' });
    expect(line.next?.explanation).toContain('预约已连续优先');

    const order = [a1];
    for (let i = 0; i < 7; i++) order.push(await callAndFinish(cookie));
    expect(order.map((r) => [r.ticket.id, r.reason])).toEqual([
      [appointments[0], 'appointment'], [walkIns[0], 'fifo'], [walkIns[1], 'fifo'],
      [appointments[1], 'appointment'], [walkIns[2], 'fifo'], [walkIns[3], 'fifo'],
      // No walk-in left waiting: appointments go on by their class.
      [appointments[2], 'appointment'], [appointments[3], 'appointment'],
    ]);
    expect(order[1]?.explanation).toContain('appointments went ahead recently');
  });

  it('keeps every appointment ahead of walk-ins who have not waited past the limit', async () => {
    const cookie = await server.clerkAt(1);
    const walkIns = [await issue(), await issue()];
    const appointments = [await appointment(), await appointment(), await appointment()];
    clock.advance(5 * MIN);
    const order: CallNextResultDto[] = [];
    for (let i = 0; i < 5; i++) order.push(await callAndFinish(cookie));
    expect(order.map((r) => r.ticket.id)).toEqual([...appointments, ...walkIns]);
  });
});
