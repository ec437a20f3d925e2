/**
 * Booking through /book's routes on a real server with a moved clock: slots from the roster, the
 * one-time code, fairness (duplicates, limits, misses), cut-offs and the city platform's keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { phoneCode, platformBook, platformKey, post, slotsOf, type BookingDto } from './booking-helpers.js';

// Monday 2026-11-30, 09:00 in Xiamen; the demo roster opens Mon–Fri 08:30–12:00 and 13:30–17:30.
const MONDAY_9 = Date.UTC(2026, 10, 30, 1, 0);
const clock = movableClock(MONDAY_9);
let server: TestServer;
let admin: string;
let key: string;

beforeAll(async () => {
  server = await startServer({ clock }, false);
  admin = await server.login('admin');
  key = (await platformKey(server, admin)).key;
});
afterAll(async () => server.close());

const book = async (b: { matterId: string; day: string; start: string; phone: string }, code?: string) =>
  post(server, '/api/bookings', { name: '林小姐', ...b, phoneCode: code ?? (await phoneCode(server, b.phone)) });
const errorOf = (r: { json: () => unknown }) => (r.json() as { error: { code: string; message: string } }).error;
const setRules = (appointments: object) => post(server, '/api/settings', { appointments }, { cookie: admin });

describe('slots', () => {
  it('offers working days from today to a week ahead, from the roster, none past the cut-off or over lunch', async () => {
    const slots = await slotsOf(server, 'market-005');
    expect(slots.queueId).toBe('market');
    expect(slots.days.map((d) => d.day)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07']);
    const today = slots.days[0]!.slots.map((s) => s.start);
    // 09:00 has started; 09:30 is exactly the 30-minute cut-off away.
    expect(today[0]).toBe('09:30');
    expect(today).not.toContain('12:00');
    expect(today).not.toContain('13:00');
    expect(today).toContain('13:30');
    for (const d of slots.days) for (const s of d.slots) expect(s.free).toBe(s.capacity);
    expect(Math.min(...slots.days.flatMap((d) => d.slots.map((s) => s.capacity)))).toBeGreaterThan(0);
  });

  it('has none on a holiday of the working-day calendar', async () => {
    const holiday = await post(server, '/api/calendar/days/2026-12-02', { kind: 'holiday', name: '测试假日' }, { cookie: admin });
    expect(holiday.statusCode, holiday.body).toBe(200);
    expect((await slotsOf(server, 'market-005')).days.map((d) => d.day)).not.toContain('2026-12-02');
    expect(errorOf(await platformBook(server, key, { matterId: 'market-005', day: '2026-12-02', start: '10:00', phone: '13900000099' })).code).toBe('slot-unavailable');
    await post(server, '/api/calendar/days/2026-12-02/clear', {}, { cookie: admin });
    expect((await slotsOf(server, 'market-005')).days.map((d) => d.day)).toContain('2026-12-02');
  });

  it('has none for a district matter, and none at all when the hall takes no appointments', async () => {
    const district = await server.app.inject({ url: '/api/booking/slots?matterId=market-001' });
    expect(errorOf(district).code).toBe('matter-elsewhere');
    await setRules({ enabled: false });
    expect(errorOf(await server.app.inject({ url: '/api/booking/slots?matterId=market-005' })).code).toBe('appointments-off');
    expect(errorOf(await post(server, '/api/phone-codes', { phone: '13900000001', purpose: 'booking' })).code).toBe('appointments-off');
    await setRules({ enabled: true });
  });
});

describe('booking with a one-time code', () => {
  it('books once, shows the booking by its link, and takes the place from the slot', async () => {
    const phone = '13900000002';
    const code = await phoneCode(server, phone);
    const r = await book({ matterId: 'market-005', day: '2026-12-01', start: '10:00', phone }, code);
    expect(r.statusCode, r.body).toBe(201);
    const b = r.json<BookingDto>();
    expect(b).toMatchObject({ day: '2026-12-01', start: '10:00', status: 'booked', channel: 'web', phoneMasked: '139****0002', checkInFrom: '09:30', checkInUntil: '10:15' });
    expect(b.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect((await server.app.inject(`/api/bookings/${b.manageToken}`)).json<BookingDto>().code).toBe(b.code);
    const slot = (await slotsOf(server, 'market-005')).days.find((d) => d.day === '2026-12-01')?.slots.find((s) => s.start === '10:00');
    expect(slot && slot.capacity - slot.free).toBe(1);
    // The code proved the phone once.
    expect(errorOf(await book({ matterId: 'market-008', day: '2026-12-02', start: '10:00', phone }, code)).code).toBe('phone-code-invalid');
    // The same matter on the same day again, with a fresh code.
    clock.advance(61_000);
    expect(errorOf(await book({ matterId: 'market-005', day: '2026-12-01', start: '14:00', phone })).code).toBe('booking-duplicate');
    // The SMS confirms the booking with its code.
    const texts = (await server.app.inject({ url: '/api/outbox?channel=sms', headers: { cookie: admin } })).json<{ sms: { to: string; text: string } }[]>();
    expect(texts.some((t) => t.sms.to === phone && t.sms.text.includes(b.code))).toBe(true);
  });

  it('counts wrong guesses: five kill the code, and codes cannot be asked for back to back', async () => {
    const phone = '13900000003';
    const code = await phoneCode(server, phone);
    expect(errorOf(await post(server, '/api/phone-codes', { phone, purpose: 'booking' })).code).toBe('phone-code-too-soon');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect(errorOf(await book({ matterId: 'market-005', day: '2026-12-02', start: '10:00', phone }, wrong)).code).toBe('phone-code-invalid');
    expect(errorOf(await book({ matterId: 'market-005', day: '2026-12-02', start: '10:00', phone }, code)).code).toBe('phone-code-invalid');
    clock.advance(61_000);
  });

  it('refuses a slot when full, past its cut-off, or not offered', async () => {
    const slot = (await slotsOf(server, 'hr-social-001')).days.find((d) => d.day === '2026-12-03')?.slots[0];
    if (!slot) throw new Error('no tax slot on Thursday');
    for (let i = 0; i < slot.capacity; i++) {
      const r = await platformBook(server, key, { matterId: 'hr-social-001', day: '2026-12-03', start: slot.start, phone: `1370000${String(i).padStart(4, '0')}` });
      expect(r.statusCode, r.body).toBe(201);
    }
    expect(errorOf(await platformBook(server, key, { matterId: 'hr-social-001', day: '2026-12-03', start: slot.start, phone: '13799999999' })).code).toBe('slot-full');
    expect(errorOf(await platformBook(server, key, { matterId: 'hr-social-001', day: '2026-11-30', start: '09:00', phone: '13799999999' })).code).toBe('slot-unavailable');
    expect(errorOf(await platformBook(server, key, { matterId: 'hr-social-001', day: '2026-12-05', start: '10:00', phone: '13799999999' })).code).toBe('slot-unavailable');
    expect(errorOf(await platformBook(server, key, { matterId: 'hr-social-001', day: '2026-12-08', start: '10:00', phone: '13799999999' })).code).toBe('slot-unavailable');
    expect(errorOf(await platformBook(server, key, { matterId: 'hr-social-001', day: '2026-12-03', start: '12:30', phone: '13799999999' })).code).toBe('slot-unavailable');
  });

  it('lets a number hold perPhone bookings at once', async () => {
    const phone = '13900000004';
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      expect((await platformBook(server, key, { matterId: 'market-008', day, start: '15:00', phone })).statusCode).toBe(201);
    }
    expect(errorOf(await platformBook(server, key, { matterId: 'market-008', day: '2026-12-04', start: '15:00', phone })).code).toBe('booking-limit');
  });

  it('cancels until the cut-off and frees the place', async () => {
    const phone = '13900000005';
    const b = (await platformBook(server, key, { matterId: 'market-005', day: '2026-11-30', start: '11:00', phone })).json<BookingDto>();
    expect(b.cancellableUntil).toBe('2026-11-30T02:00:00.000Z');
    const late = (await platformBook(server, key, { matterId: 'market-008', day: '2026-11-30', start: '10:00', phone })).json<BookingDto>();
    expect(late.cancellableUntil).toBeNull();
    expect(errorOf(await post(server, `/api/bookings/${late.manageToken}/cancel`)).code).toBe('cancel-too-late');
    const cancelled = await post(server, `/api/bookings/${b.manageToken}/cancel`);
    expect(cancelled.json<BookingDto>().status).toBe('cancelled');
    expect(errorOf(await post(server, `/api/bookings/${b.manageToken}/cancel`)).code).toBe('booking-not-active');
    const slot = (await slotsOf(server, 'market-005')).days[0]?.slots.find((s) => s.start === '11:00');
    expect(slot?.free).toBe(slot?.capacity);
    expect(errorOf(await server.app.inject('/api/bookings/no-such-token-at-all')).code).toBe('booking-not-found');
  });
});

describe('missed bookings', () => {
  it('block a number that missed missLimit bookings in 30 days, until blockDays after the last', async () => {
    await setRules({ missLimit: 2, blockDays: 3 });
    const phone = '13900000006';
    clock.set(Date.UTC(2026, 11, 1, 1, 0));
    expect((await platformBook(server, key, { matterId: 'market-005', day: '2026-12-01', start: '10:00', phone })).statusCode).toBe(201);
    expect((await platformBook(server, key, { matterId: 'market-008', day: '2026-12-01', start: '10:30', phone })).statusCode).toBe(201);
    // 10:46: both check-ins have closed without the visitor.
    clock.set(Date.UTC(2026, 11, 1, 2, 46));
    const refused = errorOf(await platformBook(server, key, { matterId: 'market-005', day: '2026-12-02', start: '10:00', phone }));
    expect(refused.code).toBe('phone-blocked');
    expect(refused.message).toContain('2026-12-04');
    clock.set(Date.UTC(2026, 11, 4, 17, 0));
    expect((await platformBook(server, key, { matterId: 'market-005', day: '2026-12-07', start: '10:00', phone })).statusCode).toBe(201);
    await setRules({ missLimit: 3, blockDays: 30 });
    clock.set(MONDAY_9);
  });
});

describe('the city platform\'s API', () => {
  it('answers only to a live key, and shows a client only its own bookings', async () => {
    const other = await platformKey(server, admin, '闽政通');
    const mine = (await platformBook(server, key, { matterId: 'legal-001', day: '2026-12-02', start: '09:00', phone: '13900000007' })).json<BookingDto>();
    expect((await server.app.inject({ url: `/api/platform/bookings/${mine.code}`, headers: { authorization: `Bearer ${key}` } })).json<BookingDto>().code).toBe(mine.code);
    expect(errorOf(await server.app.inject({ url: `/api/platform/bookings/${mine.code}`, headers: { authorization: `Bearer ${other.key}` } })).code).toBe('booking-not-found');
    expect((await server.app.inject({ url: `/api/platform/bookings/${mine.code}`, headers: { authorization: 'Bearer hqk_nonsense' } })).statusCode).toBe(401);
    expect((await server.app.inject({ url: `/api/platform/bookings/${mine.code}`, headers: { cookie: admin } })).statusCode).toBe(401);
    await post(server, `/api/api-clients/${other.id}/revoke`, {}, { cookie: admin });
    const revoked = await platformBook(server, other.key, { matterId: 'legal-001', day: '2026-12-03', start: '09:00', phone: '13900000008' });
    expect([revoked.statusCode, errorOf(revoked).code]).toEqual([401, 'api-key-invalid']);
    const clients = (await server.app.inject({ url: '/api/api-clients', headers: { cookie: admin } })).json<{ name: string; revokedAt: string | null; lastUsedAt: string | null; keyPrefix: string }[]>();
    expect(clients.map((c) => [c.name, c.revokedAt !== null])).toEqual([['i厦门', false], ['闽政通', true]]);
    expect(clients[0]?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(clients)).not.toContain(key);
    const cancelled = await post(server, `/api/platform/bookings/${mine.code.toLowerCase()}/cancel`, {}, { authorization: `Bearer ${key}` });
    expect(cancelled.json<BookingDto>().status).toBe('cancelled');
  });

  it('is documented in OpenAPI with its key as a bearer scheme', async () => {
    const doc = (await server.app.inject('/docs/json')).json<{
      paths: Record<string, Record<string, { security?: Record<string, string[]>[]; responses: Record<string, unknown> }>>;
      components: { securitySchemes: Record<string, { type: string; scheme?: string }> };
    }>();
    expect(doc.components.securitySchemes.platformKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, method] of [['/api/platform/bookings', 'post'], ['/api/platform/bookings/{code}', 'get'], ['/api/platform/bookings/{code}/cancel', 'post']] as const) {
      const op = doc.paths[path]?.[method];
      expect(op?.security, path).toEqual([{ platformKey: [] }]);
      expect(Object.keys(op?.responses ?? {}), path).toContain('401');
    }
  });
});

describe('the managers\' list', () => {
  it('shows a day\'s bookings in slot order with names and phones masked, never the code or the link', async () => {
    const supervisor = await server.login('supervisor');
    const b = (await platformBook(server, key, { matterId: 'market-005', day: '2026-12-04', start: '09:00', phone: '13900000031', name: '欧阳娜娜' })).json<BookingDto>();
    await platformBook(server, key, { matterId: 'market-008', day: '2026-12-04', start: '08:30', phone: '13900000032' });
    const r = await server.app.inject({ url: '/api/bookings?day=2026-12-04', headers: { cookie: supervisor } });
    expect(r.statusCode).toBe(200);
    const { day, bookings: rows } = r.json<{ day: string; bookings: { start: string; name: string; phoneMasked: string; status: string }[] }>();
    expect(day).toBe('2026-12-04');
    expect(rows.map((x) => [x.start, x.name, x.phoneMasked, x.status])).toEqual([
      ['08:30', '王**', '139****0032', 'booked'], ['09:00', '欧***', '139****0031', 'booked'],
    ]);
    expect(r.body).not.toContain(b.code);
    expect(r.body).not.toContain(b.manageToken);
    expect(r.body).not.toContain('13900000031');
    const clerk = await server.login('clerk01');
    expect((await server.app.inject({ url: '/api/bookings?day=2026-12-04', headers: { cookie: clerk } })).statusCode).toBe(403);
  });
});
