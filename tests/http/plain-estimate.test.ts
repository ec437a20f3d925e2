/**
 * The plain rule (people ahead × average service ÷ open windows), which a ticket beyond the day's
 * capacity is told and the simulator's plain estimator uses: it divides by the windows open now
 * that serve the queue as their own — not paused, not closed, not another queue's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateFor, hallOf, today } from '../../server/app/views.js';
import { movableClock } from '../support/clock.js';
import { startServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startServer({ clock: movableClock() }, false); });
afterAll(() => server.close());

describe('the plain estimate counts the open windows of the queue', () => {
  it('divides by open windows serving the queue, and by one when none is open', () => {
    const s = server.app.hall;
    const hall = hallOf(s);
    const day = today(s, hall, s.clock());
    const minutes = s.catalog.queue('market')?.defaultServiceMinutes ?? 0;
    expect(minutes).toBeGreaterThan(0);
    const byNumber = new Map(s.windows.ofHall(hall.id).map((w) => [w.number, w]));
    const set = (number: number, state: 'open' | 'paused' | 'closed') => s.windows.update(byNumber.get(number)?.id ?? -1, { state });

    // Nobody open: counted as one window.
    expect(estimateFor(s, hall, 'market', day, 6)).toBe(6 * minutes);
    // Windows 1–3 serve market; 3 is paused and 5 (another queue's) is open.
    set(1, 'open'); set(2, 'open'); set(3, 'paused'); set(5, 'open');
    expect(estimateFor(s, hall, 'market', day, 6)).toBe(Math.ceil((6 * minutes) / 2));
    set(3, 'open');
    expect(estimateFor(s, hall, 'market', day, 6)).toBe(Math.ceil((6 * minutes) / 3));
  });
});
