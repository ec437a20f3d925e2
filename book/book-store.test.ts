/** The booking page's store against a real listening hall server: find, book, refusals, a ticket from the phone. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Static } from '@sinclair/typebox';
import type { Booking } from '../contract/routes-bookings.js';
import { callAt } from '../kiosk/kiosk-test-support.js';
import { movableClock } from '../tests/support/clock.js';
import { platformBooker } from '../tests/support/platform-booking.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { codeSentTo, handClock } from './book-test-support.js';
import { createBookStore, type BookStore } from './book-store.js';
import { refusalText } from './refusals.js';

const NINE = Date.UTC(2026, 10, 30, 1, 0, 0); // Monday 2026-11-30 09:00 in Shanghai
const clock = movableClock(NINE);
let server: TestServer;
let store: BookStore | null = null;
const went: string[] = [];
const shown: string[] = [];

beforeAll(async () => {
  server = await startServer({ clock });
});
afterAll(() => server?.close());
afterEach(() => {
  store?.close();
  store = null;
  went.length = 0;
  shown.length = 0;
  clock.set(NINE);
  vi.unstubAllGlobals();
});

function open(ticks = handClock(clock)) {
  const net = callAt(server.url);
  const s = createBookStore({ call: net.call, clock: ticks, navigate: (u) => void went.push(u), showUrl: (u) => void shown.push(u) });
  store = s;
  return { s, ticks };
}

async function ready(s: BookStore) {
  await vi.waitFor(() => expect(s.hall.value.kind).toBe('ready'));
}

async function toSlots(s: BookStore, matterId: string) {
  await ready(s);
  s.openMatter(matterId);
  s.startBooking();
  await vi.waitFor(() => expect(s.booking.slots.value.kind).toBe('ready'));
}

describe('finding the matter', () => {
  it('by pinyin initials, by a Chinese keyword and by department', async () => {
    const { s } = open();
    await ready(s);
    s.query.value = 'gtgsh';
    await vi.waitFor(() => expect(s.hits.value[0]?.matter.name).toContain('个体工商户'));
    s.query.value = '营业执照';
    expect(s.hits.value.length).toBeGreaterThan(0);
    expect(s.departments.value.map((d) => d.id)).toContain('market-supervision');
  });
});

describe('booking a slot', () => {
  it('days and free slots from the server, a code by SMS with its countdown, then the booking and its manage link', async () => {
    const { s, ticks } = open();
    await toSlots(s, 'market-003');
    expect(s.booking.day.value).toBe('2026-11-30');
    // Booking closes 30 minutes ahead: at 09:00 the first slot offered is 09:30.
    expect(s.booking.daySlots.value[0]?.start).toBe('09:30');
    s.booking.pickSlot('10:00');
    s.booking.name.value = '林晓明';
    s.booking.verify.phone.value = '13812340001';
    await s.booking.verify.sendCode();
    expect(s.booking.verify.sentTo.value).toBe('138****0001');
    expect(s.booking.verify.resendIn.value).toBe(60);
    clock.advance(61_000);
    ticks.tick();
    expect(s.booking.verify.resendIn.value).toBe(0);
    expect(ticks.running()).toBe(0);
    s.booking.verify.code.value = await codeSentTo(server, '13812340001');
    expect(s.booking.canConfirm.value).toBe(true);
    await s.confirmBooking();
    const v = s.view.value;
    if (v.kind !== 'done') throw new Error(`view ${v.kind}: ${JSON.stringify(s.booking.refusal.value)}`);
    expect(shown).toEqual([v.booking.manageUrl]);
    const stored = await server.app.inject({ url: `/api/bookings/${v.booking.manageToken}` });
    expect(stored.json<Static<typeof Booking>>()).toMatchObject({ day: '2026-11-30', start: '10:00', status: 'booked', code: v.booking.code, phoneMasked: '138****0001' });
  });

  it('a slot taken meanwhile: told to pick another, the choice cleared and the list fetched again', async () => {
    const { s } = open();
    await toSlots(s, 'market-002');
    s.booking.pickDay('2026-12-01');
    const slot = s.booking.daySlots.value.find((x) => x.start === '14:00');
    expect(slot?.free).toBeGreaterThan(0);
    s.booking.pickSlot('14:00');
    const booker = await platformBooker(server);
    for (let i = 0; i < (slot?.free ?? 0); i++) await booker.book({ matterId: 'market-002', day: '2026-12-01', start: '14:00' });
    s.booking.name.value = '陈思';
    s.booking.verify.phone.value = '13812340002';
    await s.booking.verify.sendCode();
    s.booking.verify.code.value = await codeSentTo(server, '13812340002');
    await s.confirmBooking();
    expect(s.view.value.kind).toBe('book');
    expect(s.booking.refusal.value?.code).toBe('slot-full');
    expect(refusalText(s.booking.refusal.value ?? { code: 'internal', message: '' }, 'zh')).toContain('请选择其他时段');
    expect(s.booking.start.value).toBeNull();
    expect(s.booking.day.value).toBe('2026-12-01');
    expect(s.booking.daySlots.value.find((x) => x.start === '14:00')?.free).toBe(0);
  });

  it('a wrong code and a second code within the minute are refused with their codes', async () => {
    const { s } = open();
    await toSlots(s, 'market-004');
    s.booking.pickSlot('10:30');
    s.booking.name.value = '王芳';
    s.booking.verify.phone.value = '13812340003';
    await s.booking.verify.sendCode();
    await s.booking.verify.sendCode();
    expect(s.booking.verify.refusal.value?.code).toBe('phone-code-too-soon');
    const right = await codeSentTo(server, '13812340003');
    s.booking.verify.code.value = right === '000000' ? '111111' : '000000';
    await s.confirmBooking();
    expect(s.booking.refusal.value?.code).toBe('phone-code-invalid');
    expect(s.view.value.kind).toBe('book');
    s.booking.verify.phone.value = '1381234';
    await s.booking.verify.sendCode();
    expect(s.booking.verify.refusal.value?.code).toBe('phone-invalid');
  });
});

describe('a ticket from the phone', () => {
  it('verified by its code, lands on the ticket\'s tracking page', async () => {
    const { s } = open();
    await ready(s);
    s.openMatter('market-003');
    s.startRemote();
    s.remote.phone.value = '13812340004';
    await s.remote.sendCode();
    s.remote.code.value = await codeSentTo(server, '13812340004');
    await s.takeRemote();
    expect(s.remoteRefusal.value).toBeNull();
    expect(went).toHaveLength(1);
    const ticket = await server.app.inject({ url: `/api/tickets/${went[0]?.replace('/t/', '') ?? ''}` });
    expect(ticket.statusCode).toBe(200);
  });

  it('outside the hall\'s hours: refused, and told from when', async () => {
    const admin = await server.login('admin');
    const hours = await server.app.inject({ method: 'POST', url: '/api/settings', headers: { cookie: admin }, payload: { opensAt: '08:30', closesAt: '17:30' } });
    expect(hours.statusCode, hours.body).toBe(200);
    clock.set(NINE - 60 * 60_000); // 08:00, before the hall opens
    const { s } = open();
    await ready(s);
    s.openMatter('market-003');
    s.startRemote();
    s.remote.phone.value = '13812340005';
    await s.remote.sendCode();
    s.remote.code.value = await codeSentTo(server, '13812340005');
    await s.takeRemote();
    expect(went).toEqual([]);
    expect(s.remoteRefusal.value?.code).toBe('outside-hours');
    expect(refusalText(s.remoteRefusal.value ?? { code: 'internal', message: '' }, 'zh')).toContain('现在不在取号时间，08:30 起可取号');
  });
});
