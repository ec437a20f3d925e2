/**
 * Checking in a booking at the kiosk (签到): its code, scanned or typed, becomes an appointment
 * ticket in its slot's check-in window, once. Too early: when to come back; too late: a normal ticket.
 */
import { hallTime } from '../../common/hall-time.js';
import { bookingsRepo, type BookingRow } from '../db/bookings-repo.js';
import type { HallRow, MatterRow, QueueRow } from '../db/catalog-repo.js';
import { checkCheckIn, checkInWindow } from '../domain/appointments.js';
import { fail } from '../domain/errors.js';
import { appointmentRulesOf } from './appointment-rules.js';
import { slotInstant } from './booking-views.js';
import { normaliseBookingCode } from './bookings.js';
import type { HallServices } from './context.js';

export interface AppointmentTarget {
  booking: BookingRow;
  queue: QueueRow;
  matter: MatterRow | undefined;
}

export interface CheckInRequest {
  appointmentCode: string;
  matterId?: string;
  queueId?: string;
  caseRef?: string;
}

/** The booking behind a code, checked to be in its check-in window now; the ticket goes to its queue. */
export function appointmentTarget(s: HallServices, hall: HallRow, input: CheckInRequest, day: string, now: number): AppointmentTarget {
  const booking = bookingsRepo(s.database.db).byCode(hall.id, normaliseBookingCode(input.appointmentCode));
  if (!booking) fail('appointment-not-found', 'no booking with this code: check the code, or take a normal ticket');
  if (input.matterId !== undefined || input.queueId !== undefined || input.caseRef !== undefined) {
    fail('validation-failed', 'a check-in names the booking code only: the booking knows its matter');
  }
  const rules = appointmentRulesOf(hall);
  const at = slotInstant(hall, booking.serviceDay, booking.slotStart);
  const opens = hallTime(checkInWindow(at, rules).from, hall.timeZone);
  checkCheckIn(booking.status, at, now, rules, booking.serviceDay === day ? opens : `${booking.serviceDay} ${opens}`);
  const queue = s.catalog.queue(booking.queueId);
  if (!queue || queue.hallId !== hall.id) fail('queue-not-found', `no queue ${booking.queueId}`);
  if (!queue.open) fail('queue-closed', `${queue.name} is not taking tickets now`);
  return { booking, queue, matter: s.catalog.matter(booking.matterId) };
}

/** In the ticket's transaction: the code checks in once (a second kiosk meets 'appointment-used'). */
export function markCheckedIn(s: HallServices, booking: BookingRow, ticketId: string, now: number): void {
  bookingsRepo(s.database.db).update(booking.id, { status: 'checked-in', checkedInAt: now, ticketId });
}
