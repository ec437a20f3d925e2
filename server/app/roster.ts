/**
 * The window roster (排班): a week template per window plus per-day overrides, shaped by the
 * working-day calendar (the rule is server/domain/roster.ts). Staff read a day, supervisors the
 * week, administrators change both; every change is audited before → after and announced as
 * `roster:changed` (the day, or null for the template) so consoles and the live board redraw.
 */
import type { RosterDayDto, RosterWeekDto } from '../../contract/routes-roster.js';
import { rosterRepo } from '../db/roster-repo.js';
import type { WindowRow } from '../db/windows-repo.js';
import { fail } from '../domain/errors.js';
import {
  checkedSpans, effectivePlan, isoWeekdayOf, rosterDayKind, type IsoWeekday, type PlannedWindow, type Span, type WeekOfWindow,
} from '../domain/roster.js';
import { isValidDay } from '../domain/working-days.js';
import type { AdminActor } from './actor.js';
import { workCalendarOf } from './calendar.js';
import type { HallServices } from './context.js';
import { hallOf, today } from './views.js';

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

function weekByWindow(s: HallServices): Map<number, Map<IsoWeekday, readonly Span[]>> {
  const out = new Map<number, Map<IsoWeekday, readonly Span[]>>();
  for (const r of rosterRepo(s.database.db).week(s.hallId)) {
    const wd = WEEKDAYS.find((d) => d === r.weekday);
    if (wd === undefined) continue;
    let m = out.get(r.windowId);
    if (!m) out.set(r.windowId, (m = new Map()));
    m.set(wd, r.spans);
  }
  return out;
}

function checkedDay(day: string): string {
  if (!isValidDay(day)) fail('validation-failed', `${day}: no such date · 日期无效`);
  return day;
}

/** Every window's effective plan for a hall-local day, by window id. */
function planOfDay(s: HallServices, day: string): Map<number, PlannedWindow> {
  const kind = rosterDayKind(workCalendarOf(s), day);
  const week = weekByWindow(s);
  const overrides = new Map(rosterRepo(s.database.db).daysOf(s.hallId, day).map((r) => [r.windowId, r.spans]));
  return new Map(s.windows.ofHall(s.hallId).map((w) => [w.id, effectivePlan(kind, week.get(w.id), overrides.get(w.id))]));
}

/**
 * THE SEAM for the wait estimator, the simulator and the What-if page: every window's planned
 * spans on a hall-local day, by window id (closed windows have []). The roster says what the hall
 * PLANS; what a window is doing now is its real state (open/paused/closed, from the clerks). So
 * the estimator must only assume the roster for the FUTURE — openings and closings after "now" —
 * and take the present from the windows themselves (a window planned open but closed is closed).
 */
export function plannedSpansOf(s: HallServices, day: string): Map<number, readonly Span[]> {
  return new Map([...planOfDay(s, checkedDay(day))].map(([id, p]) => [id, p.spans]));
}

export function readRosterDay(s: HallServices, day?: string): RosterDayDto {
  const d = checkedDay(day ?? today(s, hallOf(s), s.clock()));
  const plan = planOfDay(s, d);
  return {
    day: d, weekday: isoWeekdayOf(d), kind: rosterDayKind(workCalendarOf(s), d).kind,
    windows: s.windows.ofHall(s.hallId).map((w) => {
      const p = plan.get(w.id) ?? { spans: [], source: 'template' };
      return { windowId: w.id, number: w.number, name: w.name, nameEn: w.nameEn, spans: p.spans.map(([a, b]) => [a, b]), source: p.source };
    }),
  };
}

const cellsOf = (week: WeekOfWindow | undefined): [string, string][][] => WEEKDAYS.map((d) => (week?.get(d) ?? []).map(([a, b]) => [a, b]));

export function readRosterWeek(s: HallServices): RosterWeekDto {
  const week = weekByWindow(s);
  return { windows: s.windows.ofHall(s.hallId).map((w) => ({ windowId: w.id, number: w.number, name: w.name, nameEn: w.nameEn, week: cellsOf(week.get(w.id)) })) };
}

function windowsNamed(s: HallServices, numbers: readonly number[]): WindowRow[] {
  const byNumber = new Map(s.windows.ofHall(s.hallId).map((w) => [w.number, w]));
  const missing = numbers.filter((n) => !byNumber.has(n));
  if (missing.length > 0) fail('window-not-found', `no window ${missing.join(', ')} · 没有 ${missing.join('、')} 号窗口`);
  return [...new Set(numbers)].sort((a, b) => a - b).flatMap((n) => byNumber.get(n) ?? []);
}

const generations = new WeakMap<HallServices, number>();
/**
 * Counts roster writes. The notice is unversioned (screens need not resync), so what caches a
 * plan by hall version (app/estimates.ts) adds this to its key.
 */
export const rosterGeneration = (s: HallServices): number => generations.get(s) ?? 0;

/** One write: its rows and audit row in one transaction; then the notice (never from inside it). */
function write(s: HallServices, admin: AdminActor, action: string, detail: object, day: string | null, work: () => void): void {
  s.database.sqlite.transaction(() => {
    work();
    s.audit.add({ hallId: s.hallId, at: s.clock(), actorId: admin.userId, actorName: admin.name, action, detail: JSON.stringify(detail) });
  }).immediate();
  generations.set(s, rosterGeneration(s) + 1);
  s.bus.notice(s.hallId, { name: 'roster:changed', payload: { day } });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Sets the template cells (windows × weekdays) to `spans`; only cells that change are written and audited. */
export function setRosterWeek(s: HallServices, admin: AdminActor, change: { windows: readonly number[]; weekdays: readonly number[]; spans: readonly Span[] }): RosterWeekDto {
  const spans = checkedSpans(change.spans);
  const targets = windowsNamed(s, change.windows);
  const weekdays = WEEKDAYS.filter((d) => change.weekdays.includes(d));
  const week = weekByWindow(s);
  const before: Record<string, Record<string, readonly Span[]>> = {};
  const cells: { w: WindowRow; d: IsoWeekday }[] = [];
  for (const w of targets) {
    for (const d of weekdays) {
      const was = week.get(w.id)?.get(d) ?? [];
      if (same(was, spans)) continue;
      (before[w.number] ??= {})[d] = was;
      cells.push({ w, d });
    }
  }
  if (cells.length > 0) {
    const after = Object.fromEntries(Object.entries(before).map(([n, days]) => [n, Object.fromEntries(Object.keys(days).map((d) => [d, spans]))]));
    const repo = rosterRepo(s.database.db);
    write(s, admin, 'roster-week-changed', { before, after }, null, () => {
      for (const { w, d } of cells) repo.setWeek(s.hallId, w.id, d, spans);
    });
  }
  return readRosterWeek(s);
}

/** Overrides the windows' plan on one day (spans; [] closed) or clears the override (null). */
export function setRosterDay(s: HallServices, admin: AdminActor, day: string, change: { windows: readonly number[]; spans: readonly Span[] | null }): RosterDayDto {
  checkedDay(day);
  const spans = change.spans === null ? null : checkedSpans(change.spans);
  const targets = windowsNamed(s, change.windows);
  const current = new Map(rosterRepo(s.database.db).daysOf(s.hallId, day).map((r) => [r.windowId, r.spans]));
  const changed = targets.filter((w) => !same(current.get(w.id) ?? null, spans));
  if (changed.length > 0) {
    const before = Object.fromEntries(changed.map((w) => [w.number, current.get(w.id) ?? null]));
    const after = Object.fromEntries(changed.map((w) => [w.number, spans]));
    const repo = rosterRepo(s.database.db);
    write(s, admin, 'roster-day-changed', { day, before, after }, day, () => {
      for (const w of changed) repo.setDay(s.hallId, w.id, day, spans);
    });
  }
  return readRosterDay(s, day);
}
