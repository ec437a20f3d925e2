/**
 * The window roster (排班): when each window is planned to be open. Staff read a day's plan (the
 * clerk console shows its window's), supervisors the week template, administrators change both
 * (audited before → after). Every change is pushed as `roster:changed`.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', minLength: 10, maxLength: 10, description: 'A hall-local date, YYYY-MM-DD' });
const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$', minLength: 5, maxLength: 5, description: 'HH:MM on the hall\'s clock' });
export const RosterSpan = Type.Tuple([Clock, Clock], { description: '[start, end): e.g. ["08:30", "12:00"]' });
const Spans = Type.Array(RosterSpan, {
  maxItems: 6, description: 'In order, start before end, not overlapping or touching; [] = closed',
});
const Weekday = Type.Integer({ minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday' });
const WindowNumbers = Type.Array(Type.Integer({ minimum: 1, maximum: 9999 }), { minItems: 1, maxItems: 200, description: 'Window numbers' });

const WindowOf = { windowId: Type.Integer(), number: Type.Integer(), name: Type.String(), nameEn: Type.String() };

export const RosterDay = Type.Object({
  day: Day,
  weekday: Weekday,
  kind: Type.Union([Type.Literal('workday'), Type.Literal('weekend'), Type.Literal('holiday'), Type.Literal('make-up')], {
    description: 'From the working-day calendar: a holiday has no plan but overrides; a make-up working day (调休) follows Monday\'s template',
  }),
  windows: Type.Array(Type.Object({
    ...WindowOf,
    spans: Spans,
    source: Type.Union([Type.Literal('template'), Type.Literal('override'), Type.Literal('holiday')], { description: 'Where the plan comes from' }),
  })),
}, { additionalProperties: false });

export const RosterWeek = Type.Object({
  windows: Type.Array(Type.Object({
    ...WindowOf,
    week: Type.Array(Spans, { minItems: 7, maxItems: 7, description: 'Monday first; [] = closed' }),
  })),
}, { additionalProperties: false });

export type RosterDayDto = Static<typeof RosterDay>;
export type RosterWeekDto = Static<typeof RosterWeek>;
export type RosterSpanDto = Static<typeof RosterSpan>;

const tags = ['roster'];
const SPAN_RULES = 'Spans are refused with 400 validation-failed naming the problem when out of order, overlapping, touching or not within the day; '
  + 'an unknown window number answers 404 window-not-found. Nothing is changed unless all is right.';

export const ROSTER_ROUTES = {
  'GET /api/roster': {
    access: 'staff', tags, summary: 'Every window\'s planned opening for a day (default: today in the hall\'s zone), and whether it comes from the template or an override',
    querystring: Type.Object({ day: Type.Optional(Day) }, { additionalProperties: false }),
    response: { 200: RosterDay }, errors: ['validation-failed'],
  },
  'GET /api/roster/week': {
    access: 'supervisor', tags, summary: 'The week template: per window, Monday to Sunday', response: { 200: RosterWeek }, errors: [],
  },
  'POST /api/roster/week': {
    access: 'admin', tags, summary: 'Set the template spans of some windows on some weekdays (administrators; audited before → after)',
    description: SPAN_RULES,
    body: Type.Object({ windows: WindowNumbers, weekdays: Type.Array(Weekday, { minItems: 1, maxItems: 7 }), spans: Spans }, { additionalProperties: false }),
    response: { 200: RosterWeek }, errors: ['validation-failed', 'window-not-found'],
  },
  'POST /api/roster/days/:day': {
    access: 'admin', tags, summary: 'Override some windows\' plan on one day, or (spans: null) go back to the template (administrators; audited before → after)',
    description: `${SPAN_RULES} spans [] closes the windows that day.`,
    params: Type.Object({ day: Day }),
    body: Type.Object({ windows: WindowNumbers, spans: Type.Union([Spans, Type.Null()]) }, { additionalProperties: false }),
    response: { 200: RosterDay }, errors: ['validation-failed', 'window-not-found'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
