/** 预约签到 in the kiosk store, against a real listening server with real bookings (platform API). */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TicketDto } from '../contract/dto.js';
import { movableClock } from '../tests/support/clock.js';
import { platformBooker, type PlatformBooker } from '../tests/support/platform-booking.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { addCodeKey, opensAtOf, scannedCode } from './checkin-code.js';
import { testKiosk, type TestKiosk } from './kiosk-test-support.js';

const MIN = 60_000;
const NINE = Date.UTC(2026, 10, 30, 1, 0, 0); // Monday 2026-11-30 09:00 Shanghai
const DAY = '2026-11-30';
const clock = movableClock(NINE);
let server: TestServer;
let booker: PlatformBooker;
const kiosks: TestKiosk[] = [];
beforeAll(async () => {
  server = await startServer({ clock });
  booker = await platformBooker(server);
});
afterEach(() => {
  for (const k of kiosks.splice(0)) k.kiosk.close();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

/** The server's clock at HH:MM today. */
const at = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  clock.set(NINE + ((h - 9) * 60 + m) * MIN);
};

function kioskAtCheckIn(): TestKiosk {
  const k = testKiosk(server.url);
  kiosks.push(k);
  k.kiosk.checkIn.open();
  return k;
}

async function typeAndSubmit(k: TestKiosk, code: string): Promise<void> {
  for (const c of code) k.kiosk.checkIn.press(c.toLowerCase());
  expect(k.kiosk.checkIn.code.value).toBe(code.toUpperCase());
  k.kiosk.checkIn.submit();
  await k.kiosk.ticketing.settled();
}

const ticketPosts = (k: TestKiosk) => k.net.sent.filter((r) => r.route === 'POST /api/tickets');

describe('the booking code as typed and scanned', () => {
  it('takes letters and digits in capitals, up to eight; a scan is a code or nothing', () => {
    let code = '';
    for (const key of ['a', 'B', '3', '-', ' ', 'é', 'Enter', 'c', 'd', 'e', 'f', 'g', 'h', 'j']) code = addCodeKey(code, key);
    expect(code).toBe('AB3CDEFG');
    expect(scannedCode(' abcd-2345 ')).toBe('ABCD2345');
    expect(scannedCode('http://hall/c/xyz')).toBeNull();
    expect(opensAtOf('check-in opens at 09:30')).toEqual({ day: null, time: '09:30' });
    expect(opensAtOf('check-in opens at 2026-12-01 09:30')).toEqual({ day: '2026-12-01', time: '09:30' });
    expect(opensAtOf('something else')).toBeNull();
  });
});

describe('预约签到 at the kiosk', () => {
  it('too early: when to come back, no ticket and no refusal dialog; in its window: an appointment ticket, once', async () => {
    at('09:00');
    const booking = await booker.book({ matterId: 'market-002', day: DAY, start: '10:00' });
    const k = kioskAtCheckIn();
    const { checkIn, state } = k.kiosk;
    // A green-channel reason chosen earlier must not ride along: the server refuses both together.
    state.priority.value = 'elderly';
    await typeAndSubmit(k, booking.code);
    expect(checkIn.answer.value).toEqual({ kind: 'too-early', opensAt: { day: null, time: '09:30' } });
    expect(state.ticket.value).toEqual({ phase: 'none' });
    expect(state.screen.value).toEqual({ name: 'checkin' });

    at('09:48');
    checkIn.again();
    await typeAndSubmit(k, booking.code);
    const issued = state.ticket.value;
    if (issued.phase !== 'issued') throw new Error(`no ticket: ${JSON.stringify(issued)}`);
    expect(issued.ticket).toMatchObject({ source: 'appointment', queueId: 'market', matterId: 'market-002' });
    expect(state.screen.value).toEqual({ name: 'ticket' });
    const posts = ticketPosts(k);
    expect(posts.map((p) => p.body)).toEqual([
      { appointmentCode: booking.code, source: 'kiosk', deviceId: 'K01' },
      { appointmentCode: booking.code, source: 'kiosk', deviceId: 'K01' },
    ]);
    expect(posts[1]?.idempotencyKey).toBeDefined();
    expect(posts[1]?.idempotencyKey).not.toBe(posts[0]?.idempotencyKey);
    const onServer = (await server.app.inject(`/api/tickets/${issued.ticket.id}`)).json<TicketDto>();
    expect(onServer.source).toBe('appointment');

    // The same code at another kiosk: already checked in.
    const other = kioskAtCheckIn();
    await typeAndSubmit(other, booking.code);
    expect(other.kiosk.checkIn.answer.value).toEqual({ kind: 'used' });
  });

  it('a scan checks in at once; a booking of another day says the day; an unknown code says so', async () => {
    at('09:00');
    const today = await booker.book({ matterId: 'market-003', day: DAY, start: '10:00' });
    const tomorrow = await booker.book({ matterId: 'market-004', day: '2026-12-01', start: '10:00' });
    at('09:40');
    const k = kioskAtCheckIn();
    const { checkIn, state, ticketing } = k.kiosk;
    checkIn.scanned(today.code.toLowerCase());
    await ticketing.settled();
    expect(state.ticket.value.phase).toBe('issued');

    const second = kioskAtCheckIn();
    second.kiosk.checkIn.scanned(tomorrow.code);
    await second.kiosk.ticketing.settled();
    expect(second.kiosk.checkIn.answer.value).toEqual({ kind: 'too-early', opensAt: { day: '2026-12-01', time: '09:30' } });

    second.kiosk.checkIn.again();
    await typeAndSubmit(second, 'ZZZZ9999');
    expect(second.kiosk.checkIn.answer.value).toEqual({ kind: 'not-found', code: 'ZZZZ9999' });
    expect(second.kiosk.state.ticket.value).toEqual({ phase: 'none' });
  });

  it('another code after giving up on a lost answer is a new request with its own idempotency key', async () => {
    at('09:00');
    const first = await booker.book({ matterId: 'market-007', day: DAY, start: '10:30' });
    const second = await booker.book({ matterId: 'market-008', day: DAY, start: '10:30' });
    at('10:05');
    const k = kioskAtCheckIn();
    const { checkIn, state, ticketing } = k.kiosk;
    // The first check-in reaches the server every time, but no answer comes back: the kiosk gives up.
    k.net.faults.push(...Array.from({ length: 6 }, () => 'answer-lost' as const));
    await typeAndSubmit(k, first.code);
    expect(state.ticket.value).toMatchObject({ phase: 'pending', gaveUp: true });
    ticketing.dismissError();
    checkIn.clear();
    await typeAndSubmit(k, second.code);
    expect(state.ticket.value).toMatchObject({ phase: 'issued', ticket: { matterId: 'market-008', source: 'appointment' } });
  });

  it('too late or cancelled: says why and offers the services for a normal ticket', async () => {
    at('09:00');
    const late = await booker.book({ matterId: 'market-005', day: DAY, start: '10:30' });
    const cancelled = await booker.book({ matterId: 'market-006', day: DAY, start: '11:00' });
    await booker.cancel(cancelled.code);
    at('10:46');
    const k = kioskAtCheckIn();
    const { checkIn, state } = k.kiosk;
    await typeAndSubmit(k, late.code);
    expect(checkIn.answer.value).toEqual({ kind: 'too-late' });
    checkIn.again();
    await typeAndSubmit(k, cancelled.code);
    expect(checkIn.answer.value).toEqual({ kind: 'cancelled' });
    checkIn.normalTicket();
    expect(state.screen.value).toEqual({ name: 'home' });
    expect(checkIn.answer.value).toBeNull();
    expect(checkIn.code.value).toBe('');
  });
});
