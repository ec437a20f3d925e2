import { and, asc, eq } from 'drizzle-orm';
import type { Span } from '../domain/roster.js';
import type { Db } from './client.js';
import { parseJson } from './json.js';
import { rosterDays, rosterWeek } from './schema.js';

export interface RosterWeekRow { windowId: number; weekday: number; spans: Span[] }
export interface RosterDayRow { windowId: number; day: string; spans: Span[] }

/**
 * The roster's two tables (排班): the week template and the per-day overrides. A closed template
 * cell has no row (closed is the default); a closed override is a row with "[]" (it hides the template).
 */
export function rosterRepo(db: Db) {
  return {
    week: (hallId: string): RosterWeekRow[] =>
      db.select().from(rosterWeek).where(eq(rosterWeek.hallId, hallId)).orderBy(asc(rosterWeek.windowId), asc(rosterWeek.weekday)).all()
        .map((r) => ({ windowId: r.windowId, weekday: r.weekday, spans: parseJson<Span[]>(r.spans) })),
    /** Empty spans delete the cell: closed. */
    setWeek(hallId: string, windowId: number, weekday: number, spans: readonly Span[]): void {
      const key = and(eq(rosterWeek.hallId, hallId), eq(rosterWeek.windowId, windowId), eq(rosterWeek.weekday, weekday));
      if (spans.length === 0) {
        db.delete(rosterWeek).where(key).run();
        return;
      }
      const text = JSON.stringify(spans);
      db.insert(rosterWeek).values({ hallId, windowId, weekday, spans: text })
        .onConflictDoUpdate({ target: [rosterWeek.hallId, rosterWeek.windowId, rosterWeek.weekday], set: { spans: text } }).run();
    },
    daysOf: (hallId: string, day: string): RosterDayRow[] =>
      db.select().from(rosterDays).where(and(eq(rosterDays.hallId, hallId), eq(rosterDays.day, day))).orderBy(asc(rosterDays.windowId)).all()
        .map((r) => ({ windowId: r.windowId, day: r.day, spans: parseJson<Span[]>(r.spans) })),
    /** spans null: the override is removed and the template applies again. */
    setDay(hallId: string, windowId: number, day: string, spans: readonly Span[] | null): void {
      const key = and(eq(rosterDays.hallId, hallId), eq(rosterDays.windowId, windowId), eq(rosterDays.day, day));
      if (spans === null) {
        db.delete(rosterDays).where(key).run();
        return;
      }
      const text = JSON.stringify(spans);
      db.insert(rosterDays).values({ hallId, windowId, day, spans: text })
        .onConflictDoUpdate({ target: [rosterDays.hallId, rosterDays.windowId, rosterDays.day], set: { spans: text } }).run();
    },
  };
}

export type RosterRepo = ReturnType<typeof rosterRepo>;
