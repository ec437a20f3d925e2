import { describe, expect, it } from 'vitest';
import { parseSpansText, spanProblems, spansLabel, spansText, type Span } from '../../common/roster-spans.js';
import {
  effectivePlan, isPlannedOpen, isoWeekdayOf, nextChange, notOpenAsPlanned, remainingOpenMinutes, rosterDayKind, type WeekOfWindow,
} from './roster.js';
import { calendarOf } from './working-days.js';

const DAY: Span[] = [['08:30', '12:00'], ['13:30', '17:30']];
const m = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

describe('span validation (one rule for the page and the server)', () => {
  it.each<[string, Span[], number]>([
    ['a normal day', DAY, 0],
    ['closed', [], 0],
    ['all day to midnight', [['00:00', '24:00']], 0],
    ['not a time', [['8:30', '12:00']], 1],
    ['minutes past 59', [['08:60', '12:00']], 1],
    ['past midnight', [['23:00', '24:30']], 1],
    ['end before start', [['12:00', '08:30']], 1],
    ['empty span', [['09:00', '09:00']], 1],
    ['out of order', [['13:30', '17:30'], ['08:30', '12:00']], 1],
    ['overlapping', [['08:30', '12:00'], ['11:00', '17:30']], 1],
    ['touching', [['08:30', '12:00'], ['12:00', '17:30']], 1],
    ['too many', Array.from({ length: 7 }, (_, i): Span => [`0${i}:00`, `0${i}:30`]), 1],
  ])('%s', (_name, spans, problems) => {
    expect(spanProblems(spans)).toHaveLength(problems);
  });

  it('reads what an admin types in a cell, and writes it back the same', () => {
    expect(parseSpansText('08:30-12:00, 13:30-17:30')).toEqual({ ok: true, spans: DAY });
    expect(parseSpansText(' 8:30–12:00，13:30~17:30 ')).toEqual({ ok: true, spans: DAY });
    expect(parseSpansText('休')).toEqual({ ok: true, spans: [] });
    expect(parseSpansText('')).toEqual({ ok: true, spans: [] });
    expect(parseSpansText('morning')).toMatchObject({ ok: false });
    expect(parseSpansText('13:30-17:30, 08:30-12:00')).toMatchObject({ ok: false });
    expect(spansText(DAY)).toBe('08:30-12:00, 13:30-17:30');
    expect(spansLabel(DAY)).toBe('08:30–12:00 · 13:30–17:30');
  });
});

describe('the effective plan of a day', () => {
  // 2026: 10-01 (Thu) National Day holiday; 09-20 (Sun) and 10-10 (Sat) make-up working days.
  const cal = calendarOf([{ day: '2026-10-01', kind: 'holiday' }, { day: '2026-09-20', kind: 'workday' }, { day: '2026-10-10', kind: 'workday' }]);
  const week: WeekOfWindow = new Map([[1, DAY], [3, [['09:20', '12:00'], ['13:30', '17:30']]], [6, [['09:00', '12:00']]]]);

  it.each<[string, string, readonly Span[] | undefined, { spans: readonly Span[]; source: string }]>([
    ['a Monday uses Monday', '2026-12-07', undefined, { spans: DAY, source: 'template' }],
    ['a Wednesday uses Wednesday', '2026-12-02', undefined, { spans: [['09:20', '12:00'], ['13:30', '17:30']], source: 'template' }],
    ['a Tuesday with no template is closed', '2026-12-01', undefined, { spans: [], source: 'template' }],
    ['a Saturday uses its own column (weekend service)', '2026-12-05', undefined, { spans: [['09:00', '12:00']], source: 'template' }],
    ['a Sunday with nothing is closed', '2026-12-06', undefined, { spans: [], source: 'template' }],
    ['a holiday has no plan', '2026-10-01', undefined, { spans: [], source: 'holiday' }],
    ['an override opens a holiday', '2026-10-01', [['09:00', '11:00']], { spans: [['09:00', '11:00']], source: 'override' }],
    ['an override closes a working day', '2026-12-07', [], { spans: [], source: 'override' }],
    ['a make-up Sunday works as a Monday', '2026-09-20', undefined, { spans: DAY, source: 'template' }],
    ['a make-up Saturday works as a Monday, not as a Saturday', '2026-10-10', undefined, { spans: DAY, source: 'template' }],
  ])('%s', (_name, day, override, expected) => {
    expect(effectivePlan(rosterDayKind(cal, day), week, override)).toEqual(expected);
  });

  it('names the day as the calendar shapes it', () => {
    expect(isoWeekdayOf('2026-11-30')).toBe(1);
    expect(isoWeekdayOf('2026-12-06')).toBe(7);
    expect(rosterDayKind(cal, '2026-10-01')).toEqual({ templateWeekday: null, kind: 'holiday' });
    expect(rosterDayKind(cal, '2026-09-20')).toEqual({ templateWeekday: 1, kind: 'make-up' });
    expect(rosterDayKind(cal, '2026-12-05')).toEqual({ templateWeekday: 6, kind: 'weekend' });
  });
});

describe('what the estimator and the simulator ask of a day', () => {
  it.each<[string, boolean, { at: number; opens: boolean } | null, number]>([
    ['07:00', false, { at: m('08:30'), opens: true }, 450],
    ['08:30', true, { at: m('12:00'), opens: false }, 450],
    ['11:59', true, { at: m('12:00'), opens: false }, 241],
    ['12:00', false, { at: m('13:30'), opens: true }, 240],
    ['15:00', true, { at: m('17:30'), opens: false }, 150],
    ['17:30', false, null, 0],
    ['20:00', false, null, 0],
  ])('at %s', (clock, open, next, remaining) => {
    expect(isPlannedOpen(DAY, m(clock))).toBe(open);
    expect(nextChange(DAY, m(clock))).toEqual(next);
    expect(remainingOpenMinutes(DAY, m(clock))).toBe(remaining);
  });

  it('a closed day is never open and has nothing ahead', () => {
    expect(isPlannedOpen([], 600)).toBe(false);
    expect(nextChange([], 0)).toBeNull();
    expect(remainingOpenMinutes([], 0)).toBe(0);
  });

  it.each<[string, string, number | null, { from: string; closedForMin: number } | null]>([
    ['within the grace of the span', '08:40', null, null],
    ['past the grace', '08:41', null, { from: '08:30', closedForMin: 11 }],
    ['closed before the span: counts from its start', '13:45', m('11:55'), { from: '13:30', closedForMin: 15 }],
    ['closed mid-span: counts from the closing', '10:05', m('10:00'), null],
    ['closed mid-span long ago', '10:30', m('10:00'), { from: '08:30', closedForMin: 30 }],
    ['outside every span', '12:30', null, null],
  ])('not open as planned: %s', (_name, now, closedSince, expected) => {
    expect(notOpenAsPlanned(DAY, m(now), closedSince)).toEqual(expected);
  });
});
