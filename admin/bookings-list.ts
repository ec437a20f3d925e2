/**
 * 预约名单: a day's bookings for the hall's managers (GET /api/bookings, supervisors and admins),
 * names and phones masked by the server; the counts a duty manager asks for first.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { RouteResponse } from '../contract/routes.js';
import type { ApiClient } from '../ui/http.js';

export type BookingLine = RouteResponse<'GET /api/bookings'>['bookings'][number];
type Status = BookingLine['status'];

export interface BookingsList {
  /** YYYY-MM-DD; empty until the first load (the server's today). */
  day: ReadonlySignal<string>;
  rows: ReadonlySignal<BookingLine[] | null>;
  counts: ReadonlySignal<Record<Status, number>>;
  problem: ReadonlySignal<string | null>;
  load(day?: string): Promise<void>;
}

export function createBookingsList(deps: { request: ApiClient; failure: (e: unknown) => string }): BookingsList {
  const day = signal('');
  const rows = signal<BookingLine[] | null>(null);
  const problem = signal<string | null>(null);
  const counts = computed(() => {
    const c: Record<Status, number> = { booked: 0, 'checked-in': 0, missed: 0, cancelled: 0 };
    for (const r of rows.value ?? []) c[r.status] += 1;
    return c;
  });
  return {
    day, rows, counts, problem,
    async load(wanted) {
      try {
        const list = await deps.request('GET /api/bookings', wanted ? { query: { day: wanted } } : {});
        rows.value = list.bookings;
        day.value = list.day;
        problem.value = null;
      } catch (e) {
        problem.value = deps.failure(e);
      }
    },
  };
}
