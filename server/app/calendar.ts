/**
 * The hall's working-day calendar (工作日日历): read by every deadline computation, edited by the
 * administrator a year or a day at a time.
 */
import type { CalendarYearDto } from '../../contract/routes-calendar.js';
import { calendarRepo } from '../db/calendar-repo.js';
import type { Database_ } from '../db/client.js';
import { entryProblem, workingDaysInYear, yearProblems, type CalendarEntry } from '../domain/calendar-year.js';
import { fail } from '../domain/errors.js';
import { calendarOf, isValidDay, type DayKind, type WorkCalendar } from '../domain/working-days.js';
import type { AdminActor } from './actor.js';
import type { HallServices } from './context.js';

/*
 * Case code asks for the calendar inside its transactions, many times a request, and it changes a
 * few times a year: it is read once per database and hall and dropped on every write below. Keyed
 * by the database object, so two services over one database share it and a new database never
 * sees another's. Only these use cases write calendar_days while the server runs (seeding happens
 * before any read), so nothing else can make the cache stale.
 */
const cache = new WeakMap<Database_, Map<string, WorkCalendar>>();

function forget(s: HallServices): void {
  cache.get(s.database)?.delete(s.hallId);
}

/** The hall's working-day calendar as the domain reads it. */
export function workCalendarOf(s: HallServices): WorkCalendar {
  let halls = cache.get(s.database);
  if (!halls) cache.set(s.database, (halls = new Map()));
  const known = halls.get(s.hallId);
  if (known) return known;
  const cal = calendarOf(calendarRepo(s.database.db).all(s.hallId));
  halls.set(s.hallId, cal);
  return cal;
}

export function readYear(s: HallServices, year: number): CalendarYearDto {
  return { year, days: calendarRepo(s.database.db).ofYear(s.hallId, year), workingDays: workingDaysInYear(workCalendarOf(s), year) };
}

/** Shown problems are capped so a pasted year full of mistakes still gives a readable answer. */
const SHOWN_PROBLEMS = 5;

function refuse(problems: readonly string[]): never {
  const more = problems.length > SHOWN_PROBLEMS ? ` (+${problems.length - SHOWN_PROBLEMS} more · 另有 ${problems.length - SHOWN_PROBLEMS} 处)` : '';
  fail('calendar-invalid', problems.slice(0, SHOWN_PROBLEMS).join('; ') + more);
}

/** One write: validated, saved with its audit row in one transaction, and the cached calendar dropped. */
function write(s: HallServices, admin: AdminActor, action: string, detail: object, work: () => void): void {
  try {
    s.database.sqlite.transaction(() => {
      work();
      s.audit.add({ hallId: s.hallId, at: s.clock(), actorId: admin.userId, actorName: admin.name, action, detail: JSON.stringify(detail) });
    }).immediate();
  } finally {
    // Also after a rollback: harmless, and it never leaves a calendar that was not committed.
    forget(s);
  }
}

/** Replaces every entry of `year` (an empty list restores plain weekends for that year). */
export function replaceYear(s: HallServices, admin: AdminActor, year: number, entries: readonly CalendarEntry[]): CalendarYearDto {
  const problems = yearProblems(year, entries);
  if (problems.length > 0) refuse(problems);
  const repo = calendarRepo(s.database.db);
  const sorted = [...entries].sort((a, b) => a.day.localeCompare(b.day));
  write(s, admin, 'calendar-year', { year, before: repo.ofYear(s.hallId, year).length, after: sorted.length }, () => repo.replaceYear(s.hallId, year, sorted));
  return readYear(s, year);
}

const yearOfDay = (day: string): number => Number(day.slice(0, 4));

function checkedDay(day: string): string {
  if (!isValidDay(day)) refuse([`${day}: no such date · 日期无效`]);
  return day;
}

/** Makes one day a holiday or a make-up working day (or renames it). */
export function setDay(s: HallServices, admin: AdminActor, day: string, set: { kind: DayKind; name: string }): CalendarYearDto {
  const entry = { day: checkedDay(day), ...set };
  const problem = entryProblem(yearOfDay(day), entry);
  if (problem) refuse([problem]);
  write(s, admin, 'calendar-day', entry, () => calendarRepo(s.database.db).set(s.hallId, entry));
  return readYear(s, yearOfDay(day));
}

/** Back to the weekday rule for that day; clearing a day with no entry changes (and audits) nothing. */
export function clearDay(s: HallServices, admin: AdminActor, day: string): CalendarYearDto {
  checkedDay(day);
  const repo = calendarRepo(s.database.db);
  if (repo.ofYear(s.hallId, yearOfDay(day)).some((e) => e.day === day)) {
    write(s, admin, 'calendar-day-cleared', { day }, () => repo.clear(s.hallId, day));
  }
  return readYear(s, yearOfDay(day));
}
