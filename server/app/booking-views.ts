/** What a booking looks like from outside, and where a booking's slot falls in time. */
import type { Static } from '@sinclair/typebox';
import type { Booking, BookingListRow } from '../../contract/routes-bookings.js';
import { hallInstant, hallTime, parseClock } from '../../common/hall-time.js';
import { maskName, maskPhone } from '../../common/identity.js';
import type { BookingRow } from '../db/bookings-repo.js';
import type { HallRow } from '../db/catalog-repo.js';
import { checkInWindow, isMissed, type AppointmentRules } from '../domain/appointments.js';
import type { HallServices } from './context.js';
import { iso } from './dto.js';

export type BookingDto = Static<typeof Booking>;
export type BookingRowDto = Static<typeof BookingListRow>;

const MIN = 60_000;

/** The instant a slot starts (its day at its HH:MM on the hall's clock). */
export const slotInstant = (hall: Pick<HallRow, 'timeZone'>, day: string, start: string): number => hallInstant(day, parseClock(start) ?? 0, hall.timeZone);

export function bookingDto(s: HallServices, hall: HallRow, rules: AppointmentRules, b: BookingRow, now: number): BookingDto {
  const at = slotInstant(hall, b.serviceDay, b.slotStart);
  const window = checkInWindow(at, rules);
  const matter = s.catalog.matter(b.matterId);
  const ticket = b.ticketId === null ? undefined : s.tickets.get(b.ticketId);
  const cancellable = b.status === 'booked' && now <= at - rules.cancelCutoffMin * MIN;
  return {
    code: b.code, manageToken: b.manageToken, manageUrl: `/book/b/${b.manageToken}`,
    matterId: b.matterId, matterName: matter?.name ?? b.matterId, matterNameEn: matter?.nameEn ?? b.matterId, queueId: b.queueId,
    day: b.serviceDay, start: b.slotStart, status: isMissed(b.status, at, now, rules) ? 'missed' : b.status, channel: b.channel,
    phoneMasked: maskPhone(b.phone), name: b.name,
    checkInFrom: hallTime(window.from, hall.timeZone), checkInUntil: hallTime(window.until, hall.timeZone),
    cancellableUntil: cancellable ? iso(at - rules.cancelCutoffMin * MIN) : null, ticketNumber: ticket?.number ?? null,
  };
}

/** The supervisor's list: who comes when, masked; never the code or the link (the visitor's capabilities). */
export function bookingRowDto(s: HallServices, hall: HallRow, rules: AppointmentRules, b: BookingRow, now: number): BookingRowDto {
  const at = slotInstant(hall, b.serviceDay, b.slotStart);
  const matter = s.catalog.matter(b.matterId);
  const ticket = b.ticketId === null ? undefined : s.tickets.get(b.ticketId);
  return {
    day: b.serviceDay, start: b.slotStart, matterId: b.matterId, matterName: matter?.name ?? b.matterId, queueId: b.queueId,
    status: isMissed(b.status, at, now, rules) ? 'missed' : b.status, channel: b.channel, name: maskName(b.name), phoneMasked: maskPhone(b.phone),
    checkedInAt: iso(b.checkedInAt), ticketNumber: ticket?.number ?? null,
  };
}
