/** 领取结果 in the kiosk store, against a real listening server whose cases are driven over HTTP. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OutcomeDto, TicketDto } from '../contract/dto.js';
import { APPLICANT, post, serveAndFinish } from '../tests/cases/case-helpers.js';
import { movableClock } from '../tests/support/clock.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { testKiosk, type TestKiosk } from './kiosk-test-support.js';

let server: TestServer;
let clerk23: string;
const clock = movableClock(Date.UTC(2026, 11, 1, 1, 0, 0)); // Tue 2026-12-01 09:00 Xiamen
const kiosks: TestKiosk[] = [];
beforeAll(async () => {
  server = await startServer({ clock });
  clerk23 = await server.clerkAt(23);
});
afterEach(() => {
  for (const k of kiosks.splice(0)) k.kiosk.close();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

interface Accepted {
  number: string;
  trackUrl: string;
}

async function accept(outcome: Partial<OutcomeDto> = {}): Promise<Accepted> {
  const { answer } = await serveAndFinish(server, clerk23, 23, 'construction-approval-003', { kind: 'accepted', applicant: APPLICANT, ...outcome });
  expect(answer.case).not.toBeNull();
  return { number: answer.case?.number ?? '', trackUrl: answer.case?.trackUrl ?? '' };
}

async function makeReady(number: string): Promise<void> {
  const approver = await server.login('ap-construction');
  expect((await post(server, `/api/cases/${number}/decision`, { decision: 'approved', opinion: '同意' }, approver)).statusCode).toBe(200);
  const ready = await post(server, `/api/cases/${number}/result-ready`, {}, approver);
  expect(ready.statusCode, ready.body).toBe(200);
}

/** A kiosk on its pickup screen with the catalogue loaded (the hall code comes from it). */
async function kioskAtPickup(): Promise<TestKiosk> {
  const k = testKiosk(server.url);
  kiosks.push(k);
  await k.kiosk.hallData.start();
  k.kiosk.pickup.open();
  return k;
}

/** Tap the date and sequence of the number on the keypad, then 确定; wait for the ticket if one is taken. */
async function typeNumber(k: TestKiosk, number: string): Promise<void> {
  const { pickup, ticketing } = k.kiosk;
  for (const d of number.split('-').slice(1).join('')) pickup.press(d);
  expect(pickup.typedNumber.value).toBe(number);
  await pickup.submit();
  await ticketing.settled();
}

const ticketPosts = (k: TestKiosk) => k.net.sent.filter((r) => r.route === 'POST /api/tickets');

describe('领取结果 at the kiosk', () => {
  it('shows the number as it is typed, with the hall code printed for the visitor', async () => {
    const { kiosk: { pickup } } = await kioskAtPickup();
    expect(pickup.hallCode.value).toBe('XMSZ');
    for (const d of '2026120') pickup.press(d);
    pickup.press('x');
    expect(pickup.typedNumber.value).toBeNull();
    for (const d of '1004') pickup.press(d);
    expect(pickup.typedNumber.value).toBe('XMSZ-20261201-004');
    pickup.backspace();
    expect(pickup.typedNumber.value).toBeNull();
  });

  it('an unknown number: says so, takes no ticket', async () => {
    const k = await kioskAtPickup();
    await typeNumber(k, 'XMSZ-20261201-9999');
    expect(k.kiosk.pickup.answer.value).toEqual({ kind: 'unknown', ref: 'XMSZ-20261201-9999' });
    expect(ticketPosts(k)).toEqual([]);
    expect(k.kiosk.state.screen.value).toEqual({ name: 'pickup' });
  });

  it('a case not ready: its status and due day, no ticket', async () => {
    const c = await accept();
    const k = await kioskAtPickup();
    await typeNumber(k, c.number);
    expect(k.kiosk.pickup.answer.value).toMatchObject({ kind: 'not-ready', status: { number: c.number, status: 'received', dueDay: '2026-12-04', ready: false } });
    expect(ticketPosts(k)).toEqual([]);
    expect(k.kiosk.state.ticket.value.phase).toBe('none');
  });

  it('a ready case: a results ticket linked to it, through the kiosk\'s one issuing path', async () => {
    const c = await accept();
    await makeReady(c.number);
    const k = await kioskAtPickup();
    await typeNumber(k, c.number);
    const t = k.kiosk.state.ticket.value;
    if (t.phase !== 'issued') throw new Error(`no ticket: ${JSON.stringify(t)}`);
    expect(t.ticket.number).toMatch(/^R\d{3}$/);
    expect(t.ticket.case?.number).toBe(c.number);
    expect(k.kiosk.state.screen.value).toEqual({ name: 'ticket' });
    const [sent] = ticketPosts(k);
    expect(sent?.body).toEqual({ caseRef: c.number, source: 'kiosk', deviceId: 'K01' });
    expect(sent?.idempotencyKey).toBeTruthy();
    const onServer = (await server.app.inject(`/api/tickets/${t.ticket.id}`)).json<TicketDto>();
    expect(onServer.case?.number).toBe(c.number);

    // The next visitor with the same notice: already in line, with the number to watch for.
    k.kiosk.state.resetVisitor();
    k.kiosk.pickup.open();
    await typeNumber(k, c.number);
    expect(k.kiosk.pickup.answer.value).toEqual({ kind: 'taken', ticketNumber: t.ticket.number });
    expect(k.kiosk.state.ticket.value.phase).toBe('none');
    expect(k.kiosk.state.screen.value).toEqual({ name: 'pickup' });
  });

  it('a scan of the notice\'s tracking link finds the case the same way', async () => {
    const c = await accept();
    await makeReady(c.number);
    const k = await kioskAtPickup();
    await k.kiosk.pickup.scanned(`http://192.168.1.10:3000${new URL(c.trackUrl, 'http://x').pathname}\n`);
    await k.kiosk.ticketing.settled();
    const t = k.kiosk.state.ticket.value;
    expect(t.phase === 'issued' && t.ticket.case?.number).toBe(c.number);
  });

  it('a result to be mailed: no ticket, says it is mailed', async () => {
    const c = await accept({ delivery: { method: 'mail', address: '厦门市思明区湖滨北路 1 号' } });
    await makeReady(c.number);
    const k = await kioskAtPickup();
    await typeNumber(k, c.number);
    expect(k.kiosk.pickup.answer.value).toMatchObject({ kind: 'mail', status: { number: c.number } });
    expect(k.kiosk.state.ticket.value.phase).toBe('none');
  });

  it('the next visitor sees nothing of the last one', async () => {
    const k = await kioskAtPickup();
    await typeNumber(k, 'XMSZ-20261201-9998');
    k.kiosk.pickup.press('1');
    k.kiosk.state.resetVisitor();
    expect(k.kiosk.pickup.answer.value).toBeNull();
    expect(k.kiosk.pickup.digits.value).toBe('');
    expect(k.kiosk.state.screen.value).toEqual({ name: 'home' });
  });
});
