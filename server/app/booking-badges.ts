/**
 * The booking behind an appointment ticket as the clerk's console shows it (预约 09:30 · 早到 12 分钟):
 * its slot and how early or late the visitor checked in. Staff DTOs only: public screens never carry it.
 */
import type { CurrentTicketDto } from '../../contract/dto.js';
import { bookingsRepo, type BookingRow } from '../db/bookings-repo.js';
import type { HallRow } from '../db/catalog-repo.js';
import type { TicketRow } from '../db/tickets-repo.js';
import { arrivalMinutes } from '../domain/appointments.js';
import { slotInstant } from './booking-views.js';
import type { HallServices } from './context.js';

export type BookingBadge = NonNullable<CurrentTicketDto['booking']>;

/** The check-in time is the booking's own; a ticket issued by check-in was issued at that same instant. */
function badgeOf(hall: HallRow, booking: BookingRow, issuedAt: number): BookingBadge {
  const slotAt = slotInstant(hall, booking.serviceDay, booking.slotStart);
  return { day: booking.serviceDay, start: booking.slotStart, arrivalMinutes: arrivalMinutes(slotAt, booking.checkedInAt ?? issuedAt) };
}

/** The badge of one ticket (the window's current one); null when it was not a checked-in booking. */
export function bookingBadgeOf(s: HallServices, hall: HallRow, row: Pick<TicketRow, 'bookingId' | 'issuedAt'>): BookingBadge | null {
  if (row.bookingId === null) return null;
  const booking = bookingsRepo(s.database.db).byId(row.bookingId);
  return booking ? badgeOf(hall, booking, row.issuedAt) : null;
}

/** The badges of the appointment tickets among `waiting`, by ticket id (one read of their bookings). */
export function bookingBadgesOf(s: HallServices, hall: HallRow, waiting: readonly Pick<TicketRow, 'id' | 'bookingId' | 'issuedAt'>[]): Map<string, BookingBadge> {
  const ticketOfBooking = new Map(waiting.flatMap((t) => (t.bookingId === null ? [] : [[t.bookingId, t] as const])));
  const badges = new Map<string, BookingBadge>();
  for (const booking of bookingsRepo(s.database.db).byIds([...ticketOfBooking.keys()])) {
    const ticket = ticketOfBooking.get(booking.id);
    if (ticket) badges.set(ticket.id, badgeOf(hall, booking, ticket.issuedAt));
  }
  return badges;
}
