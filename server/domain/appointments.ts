/**
 * Appointments (预约): how many can be booked in each half hour, who may book, when a booking may
 * be cancelled and when it checks in. Pure: the clock, the roster and the history are passed in.
 */
import type { Span } from '../../common/roster-spans.js';
import { minuteOfClock } from '../../common/roster-spans.js';
import { fail } from './errors.js';
import { addDays } from './working-days.js';

export interface AppointmentRules {
  /** Bookings are taken at all (on /book and through the city platform's API). */
  enabled: boolean;
  /** Share of the capacity the roster plans for a queue that may be booked; walk-ins keep the rest. */
  share: number;
  /** Bookable from today until this many days ahead. */
  daysAhead: number;
  /** A slot can be booked until this many minutes before it starts. */
  bookCutoffMin: number;
  /** A booking can be cancelled until this many minutes before its slot starts. */
  cancelCutoffMin: number;
  /** Bookings a phone number may hold at once (not yet checked in, not yet missed). */
  perPhone: number;
  /** This many missed bookings within 30 days … */
  missLimit: number;
  /** … block the phone number from booking for this many days after the last one. */
  blockDays: number;
  /** Check-in opens this many minutes before the slot starts … */
  checkInEarlyMin: number;
  /** … and closes this many minutes after it started (later: a normal ticket). */
  checkInLateMin: number;
  /** K: while a walk-in has waited past `walkInWaitMin`, a window calls at most one appointment ahead of walk-ins in every K calls. */
  capEvery: number;
  walkInWaitMin: number;
  /** Visitors may take a plain ticket from the phone during opening hours. */
  remoteTickets: boolean;
  /** Remote tickets one phone number may take a day. */
  remotePerPhone: number;
  /** A ticket with a verified phone is told "your turn is near" when this many people are ahead. */
  nearAhead: number;
}

export const DEFAULT_APPOINTMENT_RULES: AppointmentRules = {
  enabled: true, share: 0.3, daysAhead: 7, bookCutoffMin: 30, cancelCutoffMin: 60, perPhone: 3, missLimit: 3, blockDays: 30,
  checkInEarlyMin: 30, checkInLateMin: 15, capEvery: 3, walkInWaitMin: 20, remoteTickets: true, remotePerPhone: 2, nearAhead: 3,
};

export const SLOT_MINUTES = 30;
/** Misses are counted over this many days. */
export const MISS_WINDOW_DAYS = 30;
const MIN = 60_000;

const clockOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export interface SlotWindow {
  /** Own queues of the window (overflow is not planned capacity). */
  queueIds: readonly string[];
  /** Its planned spans on the day (排班). */
  spans: readonly Span[];
}

export interface SlotCapacity {
  start: string;
  capacity: number;
}

function overlapMinutes(spans: readonly Span[], from: number, to: number): number {
  let sum = 0;
  for (const [a, b] of spans) {
    const start = Math.max(minuteOfClock(a) ?? 0, from);
    const end = Math.min(minuteOfClock(b) ?? 0, to);
    if (end > start) sum += end - start;
  }
  return sum;
}

/**
 * The bookable capacity of each half hour of a queue on a day: the visitors the planned windows
 * can serve in it (a window serving n queues gives each 1/n of its time), times the share. The
 * fractions are carried through the day (a half hour gets a place each time the running total
 * passes a whole visitor), so a quiet queue still offers a few places instead of none, and the
 * day's total is the whole part of its share. Half hours without a place are left out; a day
 * without plan has no slots.
 */
export function slotCapacities(queueId: string, windows: readonly SlotWindow[], serviceMinutes: number, share: number): SlotCapacity[] {
  const serving = windows.filter((w) => w.queueIds.includes(queueId) && w.spans.length > 0);
  if (serving.length === 0 || serviceMinutes <= 0 || share <= 0) return [];
  const starts = serving.flatMap((w) => w.spans.map(([a]) => minuteOfClock(a) ?? 0));
  const ends = serving.flatMap((w) => w.spans.map(([, b]) => minuteOfClock(b) ?? 0));
  const first = Math.floor(Math.min(...starts) / SLOT_MINUTES) * SLOT_MINUTES;
  const last = Math.max(...ends);
  const slots: SlotCapacity[] = [];
  let total = 0;
  let given = 0;
  for (let from = first; from < last; from += SLOT_MINUTES) {
    const minutes = serving.reduce((sum, w) => sum + overlapMinutes(w.spans, from, from + SLOT_MINUTES) / w.queueIds.length, 0);
    total += (minutes / serviceMinutes) * share;
    // A small epsilon keeps 0.3 × 10 from rounding down to 2.
    const capacity = Math.floor(total + 1e-9) - given;
    given += capacity;
    if (capacity > 0) slots.push({ start: clockOf(from), capacity });
  }
  return slots;
}

/** Whether a slot may be booked now: not past its cut-off, not beyond the days ahead. */
export function checkBookable(slotAt: number, slotDay: string, today: string, now: number, rules: AppointmentRules): void {
  if (!rules.enabled) fail('appointments-off', 'this hall does not take appointments');
  if (slotDay < today || slotAt - now < rules.bookCutoffMin * MIN) {
    fail('slot-unavailable', `this slot can no longer be booked (booking closes ${rules.bookCutoffMin} min before it starts)`);
  }
  if (slotDay > addDays(today, rules.daysAhead)) fail('slot-unavailable', `bookings open ${rules.daysAhead} days ahead`);
}

/** What the hall knows of a phone number when it asks to book. */
export interface PhoneHistory {
  /** Bookings still ahead of it (booked, check-in not closed). */
  active: number;
  /** It already holds a booking (not cancelled) for this matter on this day. */
  sameMatterSameDay: boolean;
  /** Service days of its missed bookings within the last MISS_WINDOW_DAYS days. */
  missedDays: readonly string[];
}

/** The last day a phone number is blocked, or null when it may book. */
export function blockedUntil(missedDays: readonly string[], today: string, rules: AppointmentRules): string | null {
  const recent = missedDays.filter((d) => d > addDays(today, -MISS_WINDOW_DAYS) && d <= today).sort();
  if (recent.length < rules.missLimit || rules.missLimit <= 0) return null;
  const last = recent[recent.length - 1] ?? today;
  const until = addDays(last, rules.blockDays);
  return until >= today ? until : null;
}

/** Fairness (公平): one booking per matter and day, a limit per phone, and a block after misses. */
export function checkMayBook(history: PhoneHistory, today: string, rules: AppointmentRules): void {
  const until = blockedUntil(history.missedDays, today, rules);
  if (until !== null) fail('phone-blocked', `this phone number missed ${rules.missLimit} bookings within ${MISS_WINDOW_DAYS} days: it may book again after ${until}`);
  if (history.sameMatterSameDay) fail('booking-duplicate', 'this phone number already has a booking for this matter on this day');
  if (history.active >= rules.perPhone) fail('booking-limit', `a phone number may hold ${rules.perPhone} bookings at once`);
}

export type BookingStatus = 'booked' | 'checked-in' | 'cancelled';

/** A booking still `booked` after its check-in closed was missed (爽约). */
export function isMissed(status: BookingStatus, slotAt: number, now: number, rules: AppointmentRules): boolean {
  return status === 'booked' && now > slotAt + rules.checkInLateMin * MIN;
}

export function checkCancellable(status: BookingStatus, slotAt: number, now: number, rules: AppointmentRules): void {
  if (status !== 'booked') fail('booking-not-active', status === 'cancelled' ? 'this booking was cancelled already' : 'this booking was checked in already');
  if (now > slotAt - rules.cancelCutoffMin * MIN) fail('cancel-too-late', `bookings can be cancelled until ${rules.cancelCutoffMin} min before the slot`);
}

/** When check-in opens and closes for a slot starting at `slotAt`. */
export function checkInWindow(slotAt: number, rules: AppointmentRules): { from: number; until: number } {
  return { from: slotAt - rules.checkInEarlyMin * MIN, until: slotAt + rules.checkInLateMin * MIN };
}

/**
 * Whether a booking checks in now. Too early: told when to come back (`comeBackAt`, the hall's
 * HH:MM, is in the message); too late: the kiosk offers a normal ticket. A code checks in once.
 */
export function checkCheckIn(status: BookingStatus, slotAt: number, now: number, rules: AppointmentRules, comeBackAt: string): void {
  if (status === 'cancelled') fail('appointment-cancelled', 'this booking was cancelled: take a normal ticket');
  if (status === 'checked-in') fail('appointment-used', 'this booking has checked in already');
  const { from, until } = checkInWindow(slotAt, rules);
  if (now < from) fail('appointment-too-early', `check-in opens at ${comeBackAt}`);
  if (now > until) fail('appointment-too-late', `check-in closed ${rules.checkInLateMin} min after the slot started: take a normal ticket`);
}

/** Minutes the visitor came after (+) or before (−) the slot's start, for the console. */
export const arrivalMinutes = (slotAt: number, checkedInAt: number): number => Math.round((checkedInAt - slotAt) / MIN);

/** Rules as stored: every missing field is the default's, out-of-range numbers are clamped. */
export function rulesOf(stored: Partial<AppointmentRules> | null): AppointmentRules {
  const r = { ...DEFAULT_APPOINTMENT_RULES, ...(stored ?? {}) };
  return { ...r, share: Math.min(1, Math.max(0, r.share)), capEvery: Math.max(1, Math.round(r.capEvery)) };
}
