import { and, asc, between, eq } from 'drizzle-orm';
import type { CalendarEntry } from '../domain/calendar-year.js';
import type { Db } from './client.js';
import { calendarDays } from './schema.js';

const entryColumns = { day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name };
const inYear = (hallId: string, year: number) =>
  and(eq(calendarDays.hallId, hallId), between(calendarDays.day, `${year}-01-01`, `${year}-12-31`));

/** A hall's working-day calendar: the days that differ from "Monday to Friday work". */
export function calendarRepo(db: Db) {
  return {
    all: (hallId: string): CalendarEntry[] =>
      db.select(entryColumns).from(calendarDays).where(eq(calendarDays.hallId, hallId)).all(),
    ofYear: (hallId: string, year: number): CalendarEntry[] =>
      db.select(entryColumns).from(calendarDays).where(inYear(hallId, year)).orderBy(asc(calendarDays.day)).all(),
    /** Call inside a transaction: the year is deleted and written again as one change. */
    replaceYear(hallId: string, year: number, entries: readonly CalendarEntry[]): void {
      db.delete(calendarDays).where(inYear(hallId, year)).run();
      for (const e of entries) db.insert(calendarDays).values({ hallId, ...e }).run();
    },
    set(hallId: string, e: CalendarEntry): void {
      db.insert(calendarDays).values({ hallId, ...e })
        .onConflictDoUpdate({ target: [calendarDays.hallId, calendarDays.day], set: { kind: e.kind, name: e.name } }).run();
    },
    /** True when the day had an entry. */
    clear: (hallId: string, day: string): boolean =>
      db.delete(calendarDays).where(and(eq(calendarDays.hallId, hallId), eq(calendarDays.day, day))).run().changes > 0,
  };
}

export type CalendarRepo = ReturnType<typeof calendarRepo>;
