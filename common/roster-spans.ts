/**
 * A window's planned opening on one day (排班): a list of spans "HH:MM"–"HH:MM" on the hall's clock.
 * Both ends use this one rule: the admin page checks what is typed before sending it, and the
 * server (server/domain/roster.ts) refuses the same things, so a cell the page accepts is never
 * refused for a different reason.
 */
import { parseClock } from './hall-time.js';

/** [start, end) on the hall's clock; "24:00" may end the last span. */
export type Span = [string, string];

/** More than this in a day is a typing mistake, not a roster. */
export const MAX_SPANS_PER_DAY = 6;

/** "08:30" → 510; null when it is not a time of day (00:00 … 24:00) to the minute. */
export function minuteOfClock(text: string): number | null {
  const ms = text.length === 5 ? parseClock(text) : undefined;
  return ms === undefined ? null : ms / 60_000;
}

/**
 * What is wrong with a day's spans, in Chinese and English, one line a problem; empty when right.
 * Spans must be in order and apart: two spans that touch are one span, written as one.
 */
export function spanProblems(spans: readonly Span[]): string[] {
  const problems: string[] = [];
  if (spans.length > MAX_SPANS_PER_DAY) problems.push(`一天最多 ${MAX_SPANS_PER_DAY} 段 · at most ${MAX_SPANS_PER_DAY} spans a day`);
  let lastEnd = -1;
  for (const [start, end] of spans) {
    const a = minuteOfClock(start);
    const b = minuteOfClock(end);
    if (a === null || b === null) {
      problems.push(`${start}-${end}: 时间应为 HH:MM（00:00–24:00） · times are HH:MM within the day`);
      continue;
    }
    if (a >= b) problems.push(`${start}-${end}: 开始应早于结束 · the start must come before the end`);
    else if (a <= lastEnd) problems.push(`${start}-${end}: 时段应按先后排列且互不重叠 · spans must be in order and not overlap or touch`);
    lastEnd = Math.max(lastEnd, b);
  }
  return problems;
}

export type SpansParse = { ok: true; spans: Span[] } | { ok: false; problem: string };

/** Words a person types for a closed day. */
const CLOSED_WORDS = new Set(['', '休', '休息', '-', '—', 'closed', 'off']);

/**
 * What an admin types in a cell — "08:30-12:00, 13:30-17:30" (also with – or ~ and ，、; between
 * spans), or 休 / empty for closed — to checked spans, or the first problem to show.
 */
export function parseSpansText(text: string): SpansParse {
  const t = text.trim();
  if (CLOSED_WORDS.has(t.toLowerCase())) return { ok: true, spans: [] };
  const spans: Span[] = [];
  for (const part of t.split(/[,，、;；\s]+/).filter((p) => p !== '')) {
    const m = /^(\d{1,2}:\d{2})\s*[-–—~～至]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!m) return { ok: false, problem: `“${part}” 应写作 08:30-12:00 · write spans as 08:30-12:00` };
    const pad = (c: string) => c.padStart(5, '0');
    spans.push([pad(m[1] ?? ''), pad(m[2] ?? '')]);
  }
  const problems = spanProblems(spans);
  return problems.length === 0 ? { ok: true, spans } : { ok: false, problem: problems[0] ?? '' };
}

/** The text of a cell being edited: "08:30-12:00, 13:30-17:30"; empty when closed. */
export const spansText = (spans: readonly Span[]): string => spans.map(([a, b]) => `${a}-${b}`).join(', ');

/** As shown to people: "08:30–12:00 · 13:30–17:30". */
export const spansLabel = (spans: readonly Span[]): string => spans.map(([a, b]) => `${a}–${b}`).join(' · ');

export const sameSpans = (a: readonly Span[] | null, b: readonly Span[] | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/** ISO weekday labels, index 0 = Monday (1) … 6 = Sunday (7). */
export const WEEKDAY_LABELS: readonly { zh: string; en: string }[] = [
  { zh: '周一', en: 'Mon' }, { zh: '周二', en: 'Tue' }, { zh: '周三', en: 'Wed' }, { zh: '周四', en: 'Thu' },
  { zh: '周五', en: 'Fri' }, { zh: '周六', en: 'Sat' }, { zh: '周日', en: 'Sun' },
];
