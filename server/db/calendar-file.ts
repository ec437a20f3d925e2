/** The national holiday arrangements every seeded hall starts with (seed-data/calendar-cn.json, FORMAT.md). */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { readFileSync } from 'node:fs';
import { CalendarDay } from '../../contract/routes-calendar.js';
import { yearProblems } from '../domain/calendar-year.js';
import { calendarRepo } from './calendar-repo.js';
import type { Db } from './client.js';
import { fromRoot } from '../paths.js';

const CalendarFile = Type.Object({
  years: Type.Array(Type.Object({
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    provisional: Type.Boolean(),
    source: Type.String({ minLength: 1 }),
    days: Type.Array(CalendarDay),
  }, { additionalProperties: false })),
}, { additionalProperties: false });
export type CalendarFile = Static<typeof CalendarFile>;

export const CN_CALENDAR_FILE = fromRoot('server/db/seed-data/calendar-cn.json');

/** Reads and checks a calendar file by the same rules as an administrator's edit; a bad file fails loudly. */
export function readCalendarFile(file = CN_CALENDAR_FILE): CalendarFile {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Value.Check(CalendarFile, raw)) {
    const first = [...Value.Errors(CalendarFile, raw)][0];
    throw new Error(`${file}: ${first?.path ?? ''} ${first?.message ?? 'invalid'}`);
  }
  const problems = raw.years.flatMap((y) => yearProblems(y.year, y.days));
  if (new Set(raw.years.map((y) => y.year)).size !== raw.years.length) problems.push('a year is listed twice');
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return raw;
}

/** Call inside the seeding transaction. */
export function seedCalendar(db: Db, hallId: string, file = CN_CALENDAR_FILE): void {
  const repo = calendarRepo(db);
  for (const y of readCalendarFile(file).years) repo.replaceYear(hallId, y.year, y.days);
}
