/** The manage link's store (/book/b/<token>) against a real listening hall server. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callAt } from '../kiosk/kiosk-test-support.js';
import { movableClock } from '../tests/support/clock.js';
import { platformBooker, type PlatformBooker } from '../tests/support/platform-booking.js';
import { startServer, type TestServer } from '../tests/support/server.js';
import { createManageStore, manageTokenFromPath, type ManageStore } from './manage-store.js';

const NINE = Date.UTC(2026, 10, 30, 1, 0, 0); // Monday 2026-11-30 09:00 in Shanghai
let server: TestServer;
let booker: PlatformBooker;

beforeAll(async () => {
  server = await startServer({ clock: movableClock(NINE) });
  booker = await platformBooker(server);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await server?.close();
});

function manage(token: string): ManageStore {
  return createManageStore({ token, call: callAt(server.url).call });
}

const statusOf = (m: ManageStore) => (m.load.value.kind === 'booking' ? m.load.value.booking.status : m.load.value.kind);

describe('the manage link', () => {
  it('shows the booking and cancels it after a confirmation; the server agrees', async () => {
    const b = await booker.book({ matterId: 'market-003', day: '2026-12-01', start: '10:00' });
    const m = manage(b.manageToken);
    await vi.waitFor(() => expect(statusOf(m)).toBe('booked'));
    m.askCancel();
    expect(m.confirming.value).toBe(true);
    await m.confirmCancel();
    expect(statusOf(m)).toBe('cancelled');
    expect(m.confirming.value).toBe(false);
    const stored = await server.app.inject({ url: `/api/bookings/${b.manageToken}` });
    expect(stored.json<{ status: string; cancellableUntil: string | null }>()).toMatchObject({ status: 'cancelled', cancellableUntil: null });
  });

  it('past the cancel cut-off: no cancel offered, and a cancel anyway is refused with its code', async () => {
    const b = await booker.book({ matterId: 'market-002', day: '2026-11-30', start: '09:30' });
    const m = manage(b.manageToken);
    await vi.waitFor(() => expect(statusOf(m)).toBe('booked'));
    expect(m.load.value.kind === 'booking' && m.load.value.booking.cancellableUntil).toBeNull();
    await m.confirmCancel();
    expect(m.refusal.value?.code).toBe('cancel-too-late');
    expect(statusOf(m)).toBe('booked');
  });

  it('an unknown token says not found', async () => {
    const m = manage('A'.repeat(22));
    await vi.waitFor(() => expect(m.load.value.kind).toBe('missing'));
  });

  it('reads the token from the path, nothing else', () => {
    expect(manageTokenFromPath('/book/b/abcdefghijklmnopqrstuv')).toBe('abcdefghijklmnopqrstuv');
    expect(manageTokenFromPath('/book')).toBeNull();
    expect(manageTokenFromPath('/book/b/short')).toBeNull();
  });
});
