/**
 * The window roster (排班): when each window is planned to be open on a day, and the questions the
 * estimator and the simulator ask of it. Pure: days are hall-local dates, times are minutes of the
 * hall's day; the clerks' real open/close/pause stays what the hall is actually doing.
 *
 * Which plan a day has:
 * - a per-day override (set for that window and date) always wins: spans, or [] = closed that day;
 * - a public holiday of the hall's calendar has no plan otherwise (节假日不排班);
 * - a make-up working day (调休上班, a Saturday or Sunday the calendar marks as worked) follows
 *   MONDAY's template: such a day is worked "as a weekday", and Monday is the one weekday whose
 *   template every hall fills in (its Saturday/Sunday columns are usually empty);
 * - any other day follows its own weekday's template. Saturdays and Sundays use their own columns,
 *   empty (closed) unless the hall runs weekend service (周末延时服务); a weekend day inside a holiday
 *   period is not in the calendar (it is off anyway), so such a hall closes it with an override.
 */
import { minuteOfClock, spanProblems, type Span } from '../../common/roster-spans.js';
import { fail } from './errors.js';
import { weekdayOf, type WorkCalendar } from './working-days.js';

export { spanProblems, type Span } from '../../common/roster-spans.js';

/** 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const MAKE_UP_DAY_TEMPLATE: IsoWeekday = 1;

/** weekdayOf's 0 = Sunday … 6 = Saturday, as ISO weekdays. */
const ISO_OF: readonly IsoWeekday[] = [7, 1, 2, 3, 4, 5, 6];
export const isoWeekdayOf = (day: string): IsoWeekday => ISO_OF[weekdayOf(day)] ?? 7;

/** Where a window's plan for a day comes from. */
export type PlanSource = 'template' | 'override' | 'holiday';

export interface DayKindOfRoster {
  /** The template column the day uses, or null on a public holiday. */
  templateWeekday: IsoWeekday | null;
  kind: 'workday' | 'weekend' | 'holiday' | 'make-up';
}

/** How the calendar shapes a day's roster (see the header). */
export function rosterDayKind(cal: WorkCalendar, day: string): DayKindOfRoster {
  const marked = cal.overrides.get(day);
  const weekday = isoWeekdayOf(day);
  if (marked === 'holiday') return { templateWeekday: null, kind: 'holiday' };
  if (marked === 'workday') return { templateWeekday: weekday >= 6 ? MAKE_UP_DAY_TEMPLATE : weekday, kind: 'make-up' };
  return { templateWeekday: weekday, kind: weekday >= 6 ? 'weekend' : 'workday' };
}

/** A window's template, by weekday; a weekday not in it is closed. */
export type WeekOfWindow = ReadonlyMap<IsoWeekday, readonly Span[]>;

export interface PlannedWindow {
  spans: readonly Span[];
  source: PlanSource;
}

/** One window's effective plan for a day: the override if any, else the template column the day uses. */
export function effectivePlan(kind: DayKindOfRoster, week: WeekOfWindow | undefined, override: readonly Span[] | undefined): PlannedWindow {
  if (override !== undefined) return { spans: override, source: 'override' };
  if (kind.templateWeekday === null) return { spans: [], source: 'holiday' };
  return { spans: week?.get(kind.templateWeekday) ?? [], source: 'template' };
}

/** Refuses spans a roster cannot hold, with every problem named (400 validation-failed). */
export function checkedSpans(spans: readonly Span[]): readonly Span[] {
  const problems = spanProblems(spans);
  if (problems.length > 0) fail('validation-failed', problems.join('; '));
  return spans;
}

/** Spans as minutes of the day, [start, end). Spans are validated on the way in, so a bad one here is a bug. */
function minutes(spans: readonly Span[]): [number, number][] {
  return spans.map(([a, b]) => {
    const start = minuteOfClock(a);
    const end = minuteOfClock(b);
    if (start === null || end === null) throw new RangeError(`not a span: ${a}-${b}`);
    return [start, end];
  });
}

/** Is the window planned to be open at this minute of the day (start inclusive, end exclusive)? */
export function isPlannedOpen(spans: readonly Span[], minuteOfDay: number): boolean {
  return minutes(spans).some(([a, b]) => a <= minuteOfDay && minuteOfDay < b);
}

/** The span the window is planned to be in at this minute, or null. */
export function spanAt(spans: readonly Span[], minuteOfDay: number): Span | null {
  const i = minutes(spans).findIndex(([a, b]) => a <= minuteOfDay && minuteOfDay < b);
  return i < 0 ? null : spans[i] ?? null;
}

/** The next planned opening or closing strictly after `minuteOfDay`, or null when the plan has no more today. */
export function nextChange(spans: readonly Span[], minuteOfDay: number): { at: number; opens: boolean } | null {
  for (const [a, b] of minutes(spans)) {
    if (a > minuteOfDay) return { at: a, opens: true };
    if (b > minuteOfDay) return { at: b, opens: false };
  }
  return null;
}

/** Planned open minutes left in the day from `from` (a span under way counts from `from`). */
export function remainingOpenMinutes(spans: readonly Span[], from: number): number {
  return minutes(spans).reduce((sum, [a, b]) => sum + Math.max(0, b - Math.max(a, from)), 0);
}

/** How long a window may stay closed into a planned span before the live board says so (a late start, not a crisis). */
export const NOT_OPEN_GRACE_MIN = 10;

/**
 * A closed window that the roster says should be open: closed for more than the grace since its
 * span started (or since it closed, when that was later in the span). `closedSince` is the minute
 * of the day the window last closed today, null when it has not been open today.
 */
export function notOpenAsPlanned(spans: readonly Span[], nowMinute: number, closedSince: number | null): { from: string; closedForMin: number } | null {
  const span = spanAt(spans, nowMinute);
  const start = span === null ? null : minuteOfClock(span[0]);
  if (span === null || start === null) return null;
  const closedFor = nowMinute - Math.max(start, closedSince ?? start);
  return closedFor > NOT_OPEN_GRACE_MIN ? { from: span[0], closedForMin: closedFor } : null;
}
