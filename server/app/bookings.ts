/**
 * Booking a half-hour slot (预约): on /book with a phone proven by a one-time code, or by the city
 * platform with its API key. Capacity comes from the roster; fairness from domain/appointments.ts.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { BookingSlots } from '../../contract/routes-bookings.js';
import { bookingsRepo, type BookingRow } from '../db/bookings-repo.js';
import type { HallRow, MatterRow, QueueRow } from '../db/catalog-repo.js';
import { queuesOfWindow } from '../db/windows-repo.js';
import {
  checkBookable, checkCancellable, checkMayBook, isMissed, MISS_WINDOW_DAYS, slotCapacities, type AppointmentRules, type SlotCapacity,
} from '../domain/appointments.js';
import { fail } from '../domain/errors.js';
import { addDays, isValidDay } from '../domain/working-days.js';
import { appointmentRulesOf } from './appointment-rules.js';
import { bookingDto, bookingRowDto, slotInstant, type BookingDto, type BookingRowDto } from './booking-views.js';
import { runCommand, type HallServices } from './context.js';
import { enqueueOutbox } from './outbox.js';
import { consumePhoneCode } from './phone-codes.js';
import { plannedSpansOf } from './roster.js';
import { hallOf, today } from './views.js';

type SlotsDto = Static<typeof BookingSlots>;

export interface NewBooking {
  matterId: string;
  day: string;
  start: string;
  phone: string;
  name: string;
}

/** Who books: a visitor on /book (their phone proven by a code) or a platform client. */
export type Booker = { kind: 'web'; phoneCodeId: number } | { kind: 'platform'; clientId: string };

/** Visitors type the code: no 0/O, 1/I/L to confuse. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const normaliseBookingCode = (raw: string): string => raw.trim().toUpperCase().replace(/[\s-]/g, '');

function bookableMatter(s: HallServices, matterId: string, rules: AppointmentRules): { matter: MatterRow; queue: QueueRow } {
  if (!rules.enabled) fail('appointments-off', 'this hall does not take appointments');
  const matter = s.catalog.matter(matterId);
  const queue = matter ? s.catalog.queue(matter.queueId) : undefined;
  if (!matter || !queue || queue.hallId !== s.hallId) fail('matter-not-found', `no matter ${matterId}`);
  if (matter.handledBy === 'district') fail('matter-elsewhere', `${matter.name} is handled by the district halls`);
  return { matter, queue };
}

/** The hall's windows and their own queues: read once, then planned day by day. */
const windowsOf = (s: HallServices) => s.windows.ofHall(s.hallId).map((w) => ({ id: w.id, queueIds: queuesOfWindow(w).queueIds }));

function capacitiesOf(s: HallServices, windows: ReturnType<typeof windowsOf>, queue: QueueRow, day: string, rules: AppointmentRules): SlotCapacity[] {
  const spans = plannedSpansOf(s, day);
  return slotCapacities(queue.id, windows.map((w) => ({ queueIds: w.queueIds, spans: spans.get(w.id) ?? [] })), queue.defaultServiceMinutes, rules.share);
}

const bookableNow = (hall: HallRow, day: string, start: string, now: number, rules: AppointmentRules): boolean =>
  slotInstant(hall, day, start) - now >= rules.bookCutoffMin * 60_000;

export function bookingSlots(s: HallServices, matterId: string): SlotsDto {
  const hall = hallOf(s);
  const rules = appointmentRulesOf(hall);
  const { matter, queue } = bookableMatter(s, matterId, rules);
  const now = s.clock();
  const first = today(s, hall, now);
  const repo = bookingsRepo(s.database.db);
  const windows = windowsOf(s);
  const days: SlotsDto['days'] = [];
  for (let i = 0; i <= rules.daysAhead; i++) {
    const day = addDays(first, i);
    const taken = repo.takenOfDay(hall.id, queue.id, day);
    const slots = capacitiesOf(s, windows, queue, day, rules).filter((c) => bookableNow(hall, day, c.start, now, rules))
      .map((c) => ({ start: c.start, capacity: c.capacity, free: Math.max(0, c.capacity - (taken.get(c.start) ?? 0)) }));
    if (slots.length > 0) days.push({ day, slots });
  }
  return { matterId: matter.id, queueId: queue.id, days };
}

function newCode(s: HallServices): string {
  const repo = bookingsRepo(s.database.db);
  for (;;) {
    const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    if (!repo.byCode(s.hallId, code)) return code;
  }
}

/** Limits, duplicates and misses of the phone number, read from its bookings of the last 30 days on. */
function checkPhone(s: HallServices, hall: HallRow, input: NewBooking, day: string, now: number, rules: AppointmentRules): void {
  const mine = bookingsRepo(s.database.db).ofPhoneSince(hall.id, input.phone, addDays(day, -MISS_WINDOW_DAYS));
  const missed = (b: BookingRow) => isMissed(b.status, slotInstant(hall, b.serviceDay, b.slotStart), now, rules);
  checkMayBook({
    active: mine.filter((b) => b.status === 'booked' && !missed(b) && b.serviceDay >= day).length,
    sameMatterSameDay: mine.some((b) => b.matterId === input.matterId && b.serviceDay === input.day),
    missedDays: mine.filter(missed).map((b) => b.serviceDay),
  }, day, rules);
}

export function createBooking(s: HallServices, input: NewBooking, booker: Booker): BookingDto {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const rules = appointmentRulesOf(hall);
    const { matter, queue } = bookableMatter(s, input.matterId, rules);
    if (!isValidDay(input.day)) fail('validation-failed', `${input.day}: no such date`);
    const day = today(s, hall, now);
    const at = slotInstant(hall, input.day, input.start);
    checkBookable(at, input.day, day, now, rules);
    const slot = capacitiesOf(s, windowsOf(s), queue, input.day, rules).find((c) => c.start === input.start);
    if (!slot) fail('slot-unavailable', `${input.day} ${input.start} is not offered for ${matter.name}`);
    const repo = bookingsRepo(s.database.db);
    if ((repo.takenOfDay(hall.id, queue.id, input.day).get(input.start) ?? 0) >= slot.capacity) fail('slot-full', `${input.day} ${input.start} is fully booked`);
    checkPhone(s, hall, input, day, now, rules);
    if (booker.kind === 'web') consumePhoneCode(s, booker.phoneCodeId, now);
    const row: BookingRow = {
      id: randomBytes(12).toString('base64url'), hallId: hall.id, code: newCode(s), manageToken: randomBytes(16).toString('base64url'),
      queueId: queue.id, matterId: matter.id, serviceDay: input.day, slotStart: input.start, phone: input.phone, name: input.name,
      status: 'booked', channel: booker.kind, clientId: booker.kind === 'platform' ? booker.clientId : null,
      createdAt: now, cancelledAt: null, checkedInAt: null, ticketId: null,
    };
    repo.insert(row);
    enqueueOutbox(s, {
      type: 'booking.created', data: null, smsOnly: true,
      sms: { to: input.phone, text: `【${hall.name}】您已预约 ${input.day} ${input.start}「${matter.name}」，预约码 ${row.code}。请在预约时间前 ${rules.checkInEarlyMin} 分钟至后 ${rules.checkInLateMin} 分钟内到大厅自助机签到。` },
    }, now);
    return { result: bookingDto(s, hall, rules, row, now), events: [] };
  });
}

/** The day's bookings for the hall's managers (default: today). */
export function bookingsOfDay(s: HallServices, day?: string): { day: string; bookings: BookingRowDto[] } {
  const hall = hallOf(s);
  const now = s.clock();
  const d = day ?? today(s, hall, now);
  if (!isValidDay(d)) fail('validation-failed', `${d}: no such date`);
  const rules = appointmentRulesOf(hall);
  return { day: d, bookings: bookingsRepo(s.database.db).ofDay(hall.id, d).map((b) => bookingRowDto(s, hall, rules, b, now)) };
}

export function bookingByToken(s: HallServices, token: string): BookingDto {
  const hall = hallOf(s);
  const b = bookingsRepo(s.database.db).byToken(token);
  if (!b || b.hallId !== hall.id) fail('booking-not-found', 'no booking behind this link');
  return bookingDto(s, hall, appointmentRulesOf(hall), b, s.clock());
}

function cancel(s: HallServices, find: () => BookingRow | undefined): BookingDto {
  return runCommand(s, (now) => {
    const hall = hallOf(s);
    const rules = appointmentRulesOf(hall);
    const b = find();
    if (!b || b.hallId !== hall.id) fail('booking-not-found', 'no such booking');
    checkCancellable(b.status, slotInstant(hall, b.serviceDay, b.slotStart), now, rules);
    bookingsRepo(s.database.db).update(b.id, { status: 'cancelled', cancelledAt: now });
    return { result: bookingDto(s, hall, rules, { ...b, status: 'cancelled', cancelledAt: now }, now), events: [] };
  });
}

export const cancelBookingByToken = (s: HallServices, token: string): BookingDto => cancel(s, () => bookingsRepo(s.database.db).byToken(token));

/** The platform sees and cancels only the bookings it made. */
function platformFind(s: HallServices, clientId: string, code: string): BookingRow | undefined {
  const b = bookingsRepo(s.database.db).byCode(s.hallId, normaliseBookingCode(code));
  return b && b.clientId === clientId ? b : undefined;
}

export function platformBooking(s: HallServices, clientId: string, code: string): BookingDto {
  const hall = hallOf(s);
  const b = platformFind(s, clientId, code);
  if (!b) fail('booking-not-found', `no booking ${code} made by this client`);
  return bookingDto(s, hall, appointmentRulesOf(hall), b, s.clock());
}

export const cancelPlatformBooking = (s: HallServices, clientId: string, code: string): BookingDto => cancel(s, () => platformFind(s, clientId, code));
