/**
 * What a year of a hall's working-day calendar may hold. A calendar lists only the days that differ
 * from "Monday to Friday work": holidays on weekdays and make-up working days (调休) on weekends.
 * Anything else would change nothing and only hide a typo (a holiday on the wrong day), so it is
 * refused with the day and the reason.
 */
import { dayIndex, dayOfIndex, isValidDay, isWorkingDay, weekdayOf, type DayKind, type WorkCalendar } from './working-days.js';

export interface CalendarEntry {
  day: string;
  kind: DayKind;
  name: string;
}

export const MAX_DAY_NAME = 40;
const KINDS: ReadonlySet<string> = new Set<DayKind>(['holiday', 'workday']);
const WEEKDAY_ZH = ['周日', '周六'] as const;

/** Why one entry cannot be in `year`'s calendar, or null when it can. */
export function entryProblem(year: number, e: CalendarEntry): string | null {
  if (!isValidDay(e.day)) return `${e.day}: no such date · 日期无效`;
  if (!e.day.startsWith(`${year}-`)) return `${e.day}: not in ${year} · 不在 ${year} 年内`;
  if (!KINDS.has(e.kind)) return `${e.day}: kind must be holiday or workday · 类型只能是 holiday 或 workday`;
  if (e.name.length > MAX_DAY_NAME) return `${e.day}: name longer than ${MAX_DAY_NAME} characters · 名称超过 ${MAX_DAY_NAME} 字`;
  const weekend = weekdayOf(e.day) === 0 || weekdayOf(e.day) === 6;
  if (e.kind === 'holiday' && weekend) {
    return `${e.day} is a ${weekdayOf(e.day) === 0 ? 'Sunday' : 'Saturday'}, a day off already: leave it out · ${e.day} 是${WEEKDAY_ZH[weekdayOf(e.day) === 0 ? 0 : 1]}，本来就休息，无需列为节假日`;
  }
  if (e.kind === 'workday' && !weekend) {
    return `${e.day} is a weekday, a working day already: a make-up working day (调休) is a Saturday or Sunday · ${e.day} 是工作日，调休上班只能设在周六或周日`;
  }
  return null;
}

/** Every problem of a whole year's list (empty when it may be saved). */
export function yearProblems(year: number, entries: readonly CalendarEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const p = entryProblem(year, e);
    if (p) problems.push(p);
    if (seen.has(e.day)) problems.push(`${e.day}: listed twice · 重复`);
    seen.add(e.day);
  }
  return problems;
}

/** The calendar's working days from 1 January to 31 December of `year`. */
export function workingDaysInYear(cal: WorkCalendar, year: number): number {
  const first = dayIndex(`${year}-01-01`);
  const last = dayIndex(`${year}-12-31`);
  let count = 0;
  for (let i = first; i <= last; i++) if (isWorkingDay(cal, dayOfIndex(i))) count += 1;
  return count;
}
