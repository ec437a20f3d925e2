/** The hall's working-day calendar (工作日日历): public to read, the administrator's to edit. */
import { Type, type Static } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { NoBody } from './schemas.js';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', minLength: 10, maxLength: 10, description: 'A hall-local date, YYYY-MM-DD' });
const Kind = Type.Union([Type.Literal('holiday'), Type.Literal('workday')], {
  description: 'holiday: a weekday off (public holiday); workday: a Saturday or Sunday worked (调休 make-up working day)',
});
const Name = Type.String({ maxLength: 40, description: 'e.g. 国庆节, 国庆节调休上班' });

export const CalendarDay = Type.Object({ day: Day, kind: Kind, name: Name }, { additionalProperties: false });
export const CalendarYear = Type.Object({
  year: Type.Integer(),
  days: Type.Array(CalendarDay, { description: 'The days that differ from "Monday to Friday work", by date' }),
  workingDays: Type.Integer({ description: 'Working days in the year under this calendar' }),
}, { additionalProperties: false });

export type CalendarDayDto = Static<typeof CalendarDay>;
export type CalendarYearDto = Static<typeof CalendarYear>;

const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
const DayParams = Type.Object({ day: Day });
const tags = ['calendar'];
const RULES = 'A year lists only days that differ from the weekday rule: a `holiday` must fall on Monday–Friday and a `workday` '
  + 'on Saturday or Sunday (a weekend day inside a holiday period is off anyway and is left out). Names ≤ 40 characters. '
  + 'Anything else is refused with 400 calendar-invalid naming the day. Writes are audited and take effect on the next deadline computed.';

export const CALENDAR_ROUTES = {
  'GET /api/calendar/:year': {
    access: 'public', tags, summary: 'A year of the hall’s working-day calendar: its holidays, make-up working days and number of working days',
    params: YearParams, response: { 200: CalendarYear }, errors: [],
  },
  'POST /api/calendar/:year': {
    access: 'admin', tags, summary: 'Replace a whole year of the calendar (administrators; audited)', description: RULES,
    params: YearParams,
    body: Type.Object({ days: Type.Array(CalendarDay, { maxItems: 366 }) }, { additionalProperties: false }),
    response: { 200: CalendarYear }, errors: ['calendar-invalid'],
  },
  'POST /api/calendar/days/:day': {
    access: 'admin', tags, summary: 'Make one day a holiday or a make-up working day, or rename it (administrators; audited)', description: RULES,
    params: DayParams,
    body: Type.Object({ kind: Kind, name: Name }, { additionalProperties: false }),
    response: { 200: CalendarYear }, errors: ['calendar-invalid'],
  },
  'POST /api/calendar/days/:day/clear': {
    access: 'admin', tags, summary: 'Return one day to the weekday rule (administrators; audited); answers the day’s year',
    params: DayParams, body: NoBody, response: { 200: CalendarYear }, errors: ['calendar-invalid'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
