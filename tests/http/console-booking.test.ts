/**
 * The clerk's console learns the booking behind an appointment ticket (issue 15): the window's
 * line and call-next carry the slot and how early or late the visitor checked in; public
 * answers (snapshot, the visitor's ticket) never do. Real bookings through the platform API,
 * real check-ins through POST /api/tickets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallNextResultDto, CurrentTicketDto, TicketDto, WindowQueueDto } from '../../contract/dto.js';
import { movableClock } from '../support/clock.js';
import { platformBooker, type PlatformBooker } from '../support/platform-booking.js';
import { startServer, type TestServer } from '../support/server.js';

const MIN = 60_000;
const NINE = Date.UTC(2026, 10, 30, 1, 0, 0); // Monday 2026-11-30 09:00 Shanghai
const DAY = '2026-11-30';
const clock = movableClock(NINE);
let server: TestServer;
let booker: PlatformBooker;

beforeAll(async () => {
  server = await startServer({ clock }, false);
  booker = await platformBooker(server);
});
afterAll(() => server?.close());

const at = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  clock.set(NINE + ((h - 9) * 60 + m) * MIN);
};

async function issue(payload: Record<string, string>): Promise<TicketDto> {
  const r = await server.app.inject({ method: 'POST', url: '/api/tickets', payload });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<TicketDto>();
}

describe('the booking on the clerk console', () => {
  it('the line and call-next say the slot and the arrival (late +, early −); public answers never carry it', async () => {
    const late = await booker.book({ matterId: 'market-003', day: DAY, start: '10:00' });
    const early = await booker.book({ matterId: 'market-002', day: DAY, start: '10:30' });
    at('10:05');
    const lateTicket = await issue({ appointmentCode: late.code });
    at('10:10');
    const walkIn = await issue({ matterId: 'market-004' });
    at('10:18');
    const earlyTicket = await issue({ appointmentCode: early.code.toLowerCase() });
    expect([lateTicket.source, earlyTicket.source, walkIn.source]).toEqual(['appointment', 'appointment', 'phone']);

    const cookie = await server.clerkAt(1);
    const line = (await server.app.inject({ url: '/api/windows/1/queue', headers: { cookie } })).json<WindowQueueDto>();
    const bookingOf = (id: string) => line.waiting.find((e) => e.ticketId === id)?.booking;
    expect(bookingOf(lateTicket.id)).toEqual({ day: DAY, start: '10:00', arrivalMinutes: 5 });
    expect(bookingOf(earlyTicket.id)).toEqual({ day: DAY, start: '10:30', arrivalMinutes: -12 });
    expect(bookingOf(walkIn.id)).toBeNull();

    at('10:20');
    const called = await server.app.inject({ method: 'POST', url: '/api/windows/1/call-next', headers: { cookie } });
    expect(called.statusCode).toBe(200);
    const result = called.json<CallNextResultDto>();
    expect(result.ticket.id).toBe(lateTicket.id);
    // The arrival is the check-in's, not the call's: 15 minutes later it still says 5 minutes late.
    expect(result.ticket.booking).toEqual({ day: DAY, start: '10:00', arrivalMinutes: 5 });
    const current = (await server.app.inject({ url: '/api/windows/1/current', headers: { cookie } })).json<CurrentTicketDto>();
    expect(current.booking).toEqual({ day: DAY, start: '10:00', arrivalMinutes: 5 });

    // Staff only: the lobby's snapshot and the visitor's own ticket page carry no booking.
    const publicBodies = [
      (await server.app.inject('/api/snapshot')).body,
      (await server.app.inject(`/api/tickets/${lateTicket.id}`)).body,
      (await server.app.inject(`/api/tickets/${earlyTicket.id}`)).body,
    ];
    for (const body of publicBodies) expect(body).not.toContain('arrivalMinutes');
  });
});
