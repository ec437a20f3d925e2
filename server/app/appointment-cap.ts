/**
 * The walk-in cap of issue 15, wired to the hall: the cap from the hall's appointment rules and a
 * window's recent calls of the day, for call-next, the console's waiting list and the forecast.
 */
import { hallInstant } from '../../common/hall-time.js';
import type { HallRow } from '../db/catalog-repo.js';
import type { AppointmentCap, RecentCall } from '../domain/ordering.js';
import { appointmentRulesOf } from './appointment-rules.js';
import type { HallServices } from './context.js';

const MIN = 60_000;

export function appointmentCapOf(hall: HallRow): AppointmentCap {
  const rules = appointmentRulesOf(hall);
  return { every: rules.capEvery, walkInWaitMs: rules.walkInWaitMin * MIN };
}

/**
 * The window's last K − 1 calls of the service day, newest first: the ones the cap looks at. A call
 * counts as ahead of walk-ins when its recorded reason was 'appointment' (ordering.ts `recentCallOf`).
 */
export function recentCallsOf(s: HallServices, hall: HallRow, windowId: number, day: string): RecentCall[] {
  const limit = appointmentCapOf(hall).every - 1;
  if (limit <= 0) return [];
  return s.tickets.recentCallReasons(windowId, day, hallInstant(day, 0, hall.timeZone), limit).map((reason) => ({ aheadOfWalkIns: reason === 'appointment' }));
}

/**
 * The recent calls for a pick among `waiting`, read only when an appointment is among them: the cap
 * reorders appointments and nothing else, so without one the pick is the same and the query is saved.
 */
export function recentCallsFor(s: HallServices, hall: HallRow, windowId: number, day: string, waiting: readonly { source: string }[]): RecentCall[] | undefined {
  return waiting.some((t) => t.source === 'appointment') ? recentCallsOf(s, hall, windowId, day) : undefined;
}
