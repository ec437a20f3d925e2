/**
 * 排班 Roster: the week template (windows × Monday–Sunday) and one day's effective plan with its
 * overrides. An administrator edits a cell in place, typed as "08:30-12:00, 13:30-17:30" (休 or
 * empty: closed), checked here by the same rule the server applies (common/roster-spans.ts) before
 * anything is sent; supervisors read.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { parseSpansText, spansText, type Span } from '../common/roster-spans.js';
import type { RosterDayDto, RosterWeekDto } from '../contract/routes-roster.js';
import type { ApiClient } from '../ui/http.js';
import { oneRequest } from './one-request.js';

/** The cell being edited: a template cell (weekday 1–7) or a window on the chosen day (weekday null). */
export interface RosterEditing { windowNumber: number; weekday: number | null; text: string; problem: string | null }

/** How far a template cell's spans are applied when saved. */
export type ApplyTo = 'cell' | 'workdays' | 'week';

export interface RosterEditor {
  week: ReadonlySignal<RosterWeekDto | null>;
  day: ReadonlySignal<string>;
  dayPlan: ReadonlySignal<RosterDayDto | null>;
  editing: ReadonlySignal<RosterEditing | null>;
  /** "复制到窗口": the window numbers typed, e.g. "6-8, 12". */
  copyTargets: ReadonlySignal<string>;
  busy: ReadonlySignal<boolean>;
  problem: ReadonlySignal<string | null>;
  mayChange(): boolean;
  load(): Promise<void>;
  chooseDay(day: string): Promise<void>;
  edit(windowNumber: number, weekday: number | null): void;
  setText(text: string): void;
  setCopyTargets(text: string): void;
  cancel(): void;
  /** Saves the edited template cell to itself, Monday–Friday or the whole week of its window. */
  saveCell(applyTo?: ApplyTo): Promise<boolean>;
  /** Saves the edited template cell's spans to the same weekday of the windows in copyTargets too. */
  copyToWindows(): Promise<boolean>;
  /** Saves the edited day cell as an override of the chosen day. */
  saveDay(): Promise<boolean>;
  /** 恢复模板: drops the window's override on the chosen day. */
  backToTemplate(windowNumber: number): Promise<boolean>;
}

/** "6-8, 12" → [6, 7, 8, 12]; null when it is not a list of numbers and ranges. */
export function windowNumbersOf(text: string): number[] | null {
  const out = new Set<number>();
  for (const part of text.split(/[,，、\s]+/).filter((p) => p !== '')) {
    const m = /^(\d{1,4})(?:\s*[-–~]\s*(\d{1,4}))?$/.exec(part);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[1]);
    if (b < a || b - a > 200) return null;
    for (let n = a; n <= b; n++) out.add(n);
  }
  return out.size === 0 ? null : [...out];
}

const WORKDAYS = [1, 2, 3, 4, 5];
const WHOLE_WEEK = [1, 2, 3, 4, 5, 6, 7];

export function createRosterEditor(deps: {
  request: ApiClient; failure: (e: unknown) => string; mayChange: () => boolean;
}): RosterEditor {
  const week = signal<RosterWeekDto | null>(null);
  const day = signal('');
  const dayPlan = signal<RosterDayDto | null>(null);
  const editing = signal<RosterEditing | null>(null);
  const copyTargets = signal('');
  const busy = signal(false);
  const problem = signal<string | null>(null);

  // No day chosen yet: the server's today in the hall's zone (the browser's clock or zone may differ).
  const loadDay = async () => {
    const plan = await deps.request('GET /api/roster', day.value === '' ? {} : { query: { day: day.value } });
    dayPlan.value = plan;
    day.value = plan.day;
  };
  /** One request at a time; a refusal is shown and keeps the cell open for a correction. */
  const run = (work: () => Promise<void>): Promise<boolean> => oneRequest({ busy, problem }, deps.failure, work);
  /** The typed spans, or null with the problem shown in the cell. */
  const typed = (): { e: RosterEditing; spans: Span[] } | null => {
    const e = editing.value;
    if (!e) return null;
    const parsed = parseSpansText(e.text);
    if (!parsed.ok) {
      editing.value = { ...e, problem: parsed.problem };
      return null;
    }
    return { e, spans: parsed.spans };
  };
  const spansOfCell = (windowNumber: number, weekday: number | null): readonly Span[] => {
    if (weekday === null) return dayPlan.value?.windows.find((w) => w.number === windowNumber)?.spans ?? [];
    return week.value?.windows.find((w) => w.number === windowNumber)?.week[weekday - 1] ?? [];
  };
  const saveWeek = (windows: number[], weekdays: number[], spans: Span[]) => run(async () => {
    week.value = await deps.request('POST /api/roster/week', { body: { windows, weekdays, spans } });
    editing.value = null;
    await loadDay();
  });

  return {
    week, day, dayPlan, editing, copyTargets, busy, problem,
    mayChange: deps.mayChange,
    async load() {
      await run(async () => {
        week.value = await deps.request('GET /api/roster/week', {});
        await loadDay();
      });
    },
    async chooseDay(d) {
      day.value = d;
      editing.value = null;
      await run(loadDay);
    },
    edit(windowNumber, weekday) {
      if (!deps.mayChange()) return;
      editing.value = { windowNumber, weekday, text: spansText(spansOfCell(windowNumber, weekday)), problem: null };
    },
    setText(text) {
      const e = editing.value;
      if (e) editing.value = { ...e, text, problem: null };
    },
    setCopyTargets(text) { copyTargets.value = text; },
    cancel() { editing.value = null; problem.value = null; },
    async saveCell(applyTo = 'cell') {
      const t = typed();
      if (!t || t.e.weekday === null) return false;
      const weekdays = applyTo === 'workdays' ? WORKDAYS : applyTo === 'week' ? WHOLE_WEEK : [t.e.weekday];
      return saveWeek([t.e.windowNumber], weekdays, t.spans);
    },
    async copyToWindows() {
      const t = typed();
      if (!t || t.e.weekday === null) return false;
      const targets = windowNumbersOf(copyTargets.value);
      if (!targets) {
        problem.value = '窗口号应写作 6-8, 12 · write window numbers as 6-8, 12';
        return false;
      }
      return saveWeek([t.e.windowNumber, ...targets], [t.e.weekday], t.spans);
    },
    async saveDay() {
      const t = typed();
      if (!t || t.e.weekday !== null) return false;
      return run(async () => {
        dayPlan.value = await deps.request('POST /api/roster/days/:day', { params: { day: day.value }, body: { windows: [t.e.windowNumber], spans: t.spans } });
        editing.value = null;
      });
    },
    backToTemplate(windowNumber) {
      return run(async () => {
        dayPlan.value = await deps.request('POST /api/roster/days/:day', { params: { day: day.value }, body: { windows: [windowNumber], spans: null } });
        editing.value = null;
      });
    },
  };
}
