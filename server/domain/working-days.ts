/**
 * Working-day arithmetic over a hall's calendar (工作日): Monday to Friday work, unless the
 * calendar says a day is a public holiday (off) or a make-up working day (调休, on). Promised
 * deadlines, supplement clocks and rating deadlines all count in these days.
 *
 * Days are hall-local dates "YYYY-MM-DD"; the arithmetic is on the date alone, so time zones and
 * daylight saving never shift a day.
 */

export type DayKind = 'holiday' | 'workday';

export interface WorkCalendar {
  /** Days that differ from the weekday rule. */
  readonly overrides: ReadonlyMap<string, DayKind>;
}

export const calendarOf = (entries: Iterable<{ day: string; kind: DayKind }>): WorkCalendar =>
  ({ overrides: new Map([...entries].map((e) => [e.day, e.kind])) });

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a "YYYY-MM-DD" date; throws on a malformed or impossible date. */
export function dayIndex(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`not a date: ${day}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new RangeError(`no such date: ${day}`);
  return ms / MS_PER_DAY;
}

export function dayOfIndex(index: number): string {
  return new Date(index * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (day: string, n: number): string => dayOfIndex(dayIndex(day) + n);

export function isValidDay(day: string): boolean {
  try {
    dayIndex(day);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: string): number => (((dayIndex(day) + 4) % 7) + 7) % 7;

export function isWorkingDay(cal: WorkCalendar, day: string): boolean {
  const override = cal.overrides.get(day);
  if (override) return override === 'workday';
  const wd = weekdayOf(day);
  return wd !== 0 && wd !== 6;
}

// No calendar has a run of days off this long; a bound keeps a broken calendar from looping forever.
const MAX_SCAN_DAYS = 3660;

/**
 * The n-th working day after `day` (the day itself is never counted, worked or not): a promise
 * of 5 working days made on Friday falls due the next Friday. n = 0 gives `day` itself.
 */
export function addWorkingDays(cal: WorkCalendar, day: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let at = dayIndex(day);
  let left = n;
  for (let scanned = 0; left > 0; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('the calendar has no working days ahead');
    at += 1;
    if (isWorkingDay(cal, dayOfIndex(at))) left -= 1;
  }
  return dayOfIndex(at);
}

/**
 * Working days in (from, to]: how many working days pass from the end of `from` to the end of
 * `to`. Negative when `to` is before `from`. `addWorkingDays(c, d, workingDaysBetween(c, d, x))`
 * is x whenever x is a working day after d.
 */
export function workingDaysBetween(cal: WorkCalendar, from: string, to: string): number {
  const a = dayIndex(from);
  const b = dayIndex(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let i = lo + 1; i <= hi; i++) if (isWorkingDay(cal, dayOfIndex(i))) count += 1;
  return sign * count;
}

/** The first working day on or after `day`. */
export function workingDayOnOrAfter(cal: WorkCalendar, day: string): string {
  return isWorkingDay(cal, day) ? day : addWorkingDays(cal, day, 1);
}
