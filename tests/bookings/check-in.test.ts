/**
 * From booking to window: check-in windows, one check-in per code even from many kiosks at once,
 * appointment tickets called ahead of walk-ins, tickets from the phone and their messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueTicketResponse, TicketDto } from '../../contract/dto.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';
import { phoneCode, platformBook, platformKey, post, smsTo, type BookingDto } from './booking-helpers.js';

// Monday 2026-11-30, 09:00 in Xiamen.
const clock = movableClock(Date.UTC(2026, 10, 30, 1, 0));
const at = (hh: number, mm: number) => clock.set(Date.UTC(2026, 10, 30, hh - 8, mm));
let server: TestServer;
let admin: string;
let key: string;

beforeAll(async () => {
  server = await startServer({ clock });
  admin = await server.login('admin');
  key = (await platformKey(server, admin)).key;
});
afterAll(async () => server.close());

const errorOf = (r: { json: () => unknown }) => (r.json() as { error: { code: string; message: string } }).error;
const checkIn = (appointmentCode: string) => post(server, '/api/tickets', { appointmentCode });
/** Serves the window's next ticket to the end (a no-show would only slip back in line). */
const serveNext = async (windowNumber: number, cookie: string) => {
  await post(server, `/api/windows/${windowNumber}/call-next`, {}, { cookie });
  await post(server, `/api/windows/${windowNumber}/start`, {}, { cookie });
  await post(server, `/api/windows/${windowNumber}/finish`, { outcome: { kind: 'consultation' } }, { cookie });
};
const bookToday = async (start: string, phone: string, matterId = 'market-005') => {
  const r = await platformBook(server, key, { matterId, day: '2026-11-30', start, phone });
  if (r.statusCode !== 201) throw new Error(r.body);
  return r.json<BookingDto>();
};

describe('checking in at the kiosk', () => {
  it('opens 30 minutes before the slot, says when to come back, checks in once, closes 15 minutes after', async () => {
    at(9, 0);
    const b = await bookToday('10:30', '13600000001');
    const early = await checkIn(b.code);
    expect([early.statusCode, errorOf(early).code]).toEqual([409, 'appointment-too-early']);
    expect(errorOf(early).message).toContain('10:00');
    at(10, 0);
    // Typed in lower case with a space, as a visitor might.
    const r = await checkIn(`${b.code.slice(0, 4).toLowerCase()} ${b.code.slice(4)}`);
    expect(r.statusCode, r.body).toBe(201);
    const ticket = r.json<IssueTicketResponse>();
    expect(ticket).toMatchObject({ source: 'appointment', queueId: 'market', matterId: 'market-005', status: 'waiting' });
    expect(errorOf(await checkIn(b.code)).code).toBe('appointment-used');
    const seen = (await server.app.inject(`/api/bookings/${b.manageToken}`)).json<BookingDto>();
    expect([seen.status, seen.ticketNumber]).toEqual(['checked-in', ticket.number]);
    // Out of the way of the later stories' lines.
    await post(server, `/api/tickets/${ticket.id}/cancel`);
    const late = await bookToday('11:00', '13600000002');
    at(11, 16);
    expect(errorOf(await checkIn(late.code)).code).toBe('appointment-too-late');
    expect((await server.app.inject(`/api/bookings/${late.manageToken}`)).json<BookingDto>().status).toBe('missed');
    expect([(await checkIn('ZZZZ9999')).statusCode, errorOf(await checkIn('ZZZZ9999')).code]).toEqual([404, 'appointment-not-found']);
  });

  it('tells a visitor on the wrong day when check-in opens', async () => {
    at(9, 0);
    const r = await platformBook(server, key, { matterId: 'market-005', day: '2026-12-01', start: '10:00', phone: '13600000003' });
    const refused = errorOf(await checkIn(r.json<BookingDto>().code));
    expect(refused.code).toBe('appointment-too-early');
    expect(refused.message).toContain('2026-12-01 09:30');
  });

  it('gives one ticket for one code when many kiosks send it at once', async () => {
    at(13, 0);
    const b = await bookToday('14:00', '13600000004');
    at(13, 50);
    const answers = await Promise.all(Array.from({ length: 12 }, () =>
      fetch(`${server.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appointmentCode: b.code }) })
        .then(async (res) => ({ status: res.status, body: (await res.json()) as { id?: string; error?: { code: string } } }))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 201).map((a) => a.body.error?.code)).toEqual(Array.from({ length: 11 }, () => 'appointment-used'));
    await post(server, `/api/tickets/${answers.find((a) => a.status === 201)?.body.id ?? ''}/cancel`);
  });

  it('is called ahead of walk-ins who came earlier, and the booking\'s phone hears where to go', async () => {
    at(15, 0);
    const clerk = await server.clerkAt(1);
    for (let i = 0; i < 3; i++) await post(server, '/api/tickets', { matterId: 'market-005' });
    const b = await bookToday('15:30', '13600000005');
    const appointment = (await checkIn(b.code)).json<IssueTicketResponse>();
    const called = await post(server, '/api/windows/1/call-next', {}, { cookie: clerk });
    expect(called.json<{ ticket: TicketDto; reason: string }>()).toMatchObject({ ticket: { id: appointment.id }, reason: 'appointment' });
    expect((await smsTo(server, '13600000005')).filter((t) => t.includes('1 号窗口'))).toHaveLength(1);
    await post(server, '/api/windows/1/recall', {}, { cookie: clerk });
    expect((await smsTo(server, '13600000005')).filter((t) => t.includes('1 号窗口'))).toHaveLength(1);
    await post(server, '/api/windows/1/start', {}, { cookie: clerk });
    await post(server, '/api/windows/1/finish', { outcome: { kind: 'consultation' } }, { cookie: clerk });
  });
});

describe('tickets from the phone', () => {
  it('take a plain ticket with a proven phone, a limited number a day', async () => {
    at(9, 30);
    const phone = '13600000010';
    const take = async () => post(server, '/api/remote-tickets', { matterId: 'legal-001', phone, phoneCode: await phoneCode(server, phone, 'remote-ticket') });
    const first = await take();
    expect(first.statusCode, first.body).toBe(201);
    const t = first.json<IssueTicketResponse>();
    expect(t).toMatchObject({ source: 'phone', queueId: 'legal', priority: null });
    expect(t.trackUrl).toMatch(new RegExp(`/t/${t.id}$`));
    clock.advance(61_000);
    expect((await take()).statusCode).toBe(201);
    clock.advance(61_000);
    expect(errorOf(await take()).code).toBe('remote-ticket-limit');
    clock.advance(61_000);
    const wrong = await post(server, '/api/remote-tickets', { matterId: 'legal-001', phone: '13600000011', phoneCode: '123456' });
    expect(errorOf(wrong).code).toBe('phone-code-invalid');
    await post(server, '/api/settings', { appointments: { remoteTickets: false } }, { cookie: admin });
    expect(errorOf(await post(server, '/api/phone-codes', { phone: '13600000012', purpose: 'remote-ticket' })).code).toBe('remote-tickets-off');
    await post(server, '/api/settings', { appointments: { remoteTickets: true } }, { cookie: admin });
  });

  it('hears "your turn is near" once when nearAhead people are left, and "called" once', async () => {
    at(10, 0);
    const clerk = await server.clerkAt(2);
    const queue = (await server.app.inject({ url: '/api/windows/2/queue', headers: { cookie: clerk } })).json<{ waitingTotal: number }>();
    const served = (await server.app.inject({ url: '/api/snapshot' })).json<{ windows: { number: number; queueIds: string[] }[] }>().windows.find((w) => w.number === 2);
    const queueId = served?.queueIds[0];
    const matter = (await server.app.inject({ url: '/api/catalog' })).json<{ matters: { id: string; queueId: string; handledBy?: string }[] }>()
      .matters.find((m) => m.queueId === queueId && m.handledBy !== 'district');
    if (!matter) throw new Error(`no matter for window 2 (${queueId})`);
    // Empty window 2's line, then five walk-ins ahead of the phone.
    for (let i = 0; i < queue.waitingTotal; i++) await serveNext(2, clerk);
    for (let i = 0; i < 5; i++) await post(server, '/api/tickets', { matterId: matter.id });
    const phone = '13600000020';
    const r = await post(server, '/api/remote-tickets', { matterId: matter.id, phone, phoneCode: await phoneCode(server, phone, 'remote-ticket') });
    const mine = r.json<IssueTicketResponse>();
    expect(mine.peopleAhead).toBe(5);
    const near = async () => (await smsTo(server, phone)).filter((t) => t.includes('前面还有') || t.includes('即将叫到'));
    const callAndFinish = () => serveNext(2, clerk);
    await callAndFinish();
    expect(await near()).toEqual([]);
    await callAndFinish();
    expect(await near()).toHaveLength(1);
    expect((await near())[0]).toContain('前面还有 3 人');
    await callAndFinish();
    await callAndFinish();
    await callAndFinish();
    expect(await near()).toHaveLength(1);
    const called = await post(server, '/api/windows/2/call-next', {}, { cookie: clerk });
    expect(called.json<{ ticket: TicketDto }>().ticket.id).toBe(mine.id);
    expect((await smsTo(server, phone)).filter((t) => t.includes('2 号窗口'))).toHaveLength(1);
  });
});
