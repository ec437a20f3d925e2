/** The admin page's working-day calendar: one year at a time, read by anyone, edited by the administrator. */
import { signal } from '@preact/signals';
import type { CalendarDayDto, CalendarYearDto } from '../contract/routes-calendar.js';
import { ApiError, type call as apiCall } from '../ui/api.js';
import { errorText } from './labels.js';
import { oneRequest } from './one-request.js';

export type DayKind = CalendarDayDto['kind'];

export interface CalendarDeps {
  call: typeof apiCall;
  /** The year shown first. */
  initialYear: number;
}

/** Names a new override gets unless the admin types one. */
export const DEFAULT_NAME: Record<DayKind, string> = { holiday: '节假日', workday: '调休上班' };

/** 0 = Sunday … 6 = Saturday, from the date alone (no time zone can shift it). */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

export const isWeekend = (day: string): boolean => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/** The only override a day can take: a weekday can become a holiday, a weekend day a make-up working day. */
export const overrideFor = (day: string): DayKind => (isWeekend(day) ? 'workday' : 'holiday');

/** The server's refusal names the day and the reason; other failures get the page's wording. */
function messageOf(e: unknown): string {
  if (e instanceof ApiError && (e.code === 'calendar-invalid' || e.code === 'validation-failed')) return e.message;
  return errorText(e);
}

/** `{"days":[…]}`, a bare `[…]`, or a year of calendar-cn.json: the days to send, or a message. */
export function daysOfJson(text: string): CalendarDayDto[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return '不是有效的 JSON · Not valid JSON';
  }
  const days = Array.isArray(parsed) ? parsed
    : typeof parsed === 'object' && parsed !== null && 'days' in parsed && Array.isArray(parsed.days) ? parsed.days : null;
  // The server checks every entry; this only finds the list.
  return days === null ? '需要 {"days": [...]} 或数组 · Expected {"days": [...]} or an array' : days.map((d: unknown) => d as CalendarDayDto);
}

export function createCalendarStore(deps: CalendarDeps) {
  const year = signal(deps.initialYear);
  const data = signal<CalendarYearDto | null>(null);
  const selected = signal<string | null>(null);
  const problem = signal<string | null>(null);
  const busy = signal(false);

  function run(work: () => Promise<CalendarYearDto>): Promise<boolean> {
    return oneRequest({ busy, problem }, messageOf, async () => {
      const answer = await work();
      if (answer.year === year.value) data.value = answer;
    });
  }

  const load = (y: number) => {
    year.value = y;
    data.value = null;
    selected.value = null;
    return run(() => deps.call('GET /api/calendar/:year', { params: { year: y } }));
  };

  return {
    year, data, selected, problem, busy, load,
    entryOf: (day: string): CalendarDayDto | undefined => data.value?.days.find((d) => d.day === day),
    select: (day: string | null) => { selected.value = day; problem.value = null; },
    async setDay(day: string, name: string): Promise<void> {
      if (await run(() => deps.call('POST /api/calendar/days/:day', { params: { day }, body: { kind: overrideFor(day), name } }))) selected.value = null;
    },
    async clearDay(day: string): Promise<void> {
      if (await run(() => deps.call('POST /api/calendar/days/:day/clear', { params: { day } }))) selected.value = null;
    },
    /** Replaces the shown year with the pasted list; true when the server took it. */
    async loadYear(text: string): Promise<boolean> {
      const days = daysOfJson(text);
      if (typeof days === 'string') {
        problem.value = days;
        return false;
      }
      return run(() => deps.call('POST /api/calendar/:year', { params: { year: year.value }, body: { days } }));
    },
  };
}

export type CalendarStore = ReturnType<typeof createCalendarStore>;
