/** The hall's settings: supervisors read them, only administrators change them (audited before → after). */
import { Type } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { S } from './schemas.js';

const Weight = Type.Integer({ minimum: 0, maximum: 100 });
/** How the staff assessment's total is made from its five parts (at least one weight above 0). */
export const AssessmentWeights = Type.Object({
  attendance: Weight, proficiency: Weight, attitude: Weight, department: Weight, public: Weight,
}, { additionalProperties: false, description: 'Weights of the five assessment parts; a part with nothing to judge is left out of the total' });
const Int = (minimum: number, maximum: number, description: string) => Type.Integer({ minimum, maximum, description });
/** Appointments (预约), remote tickets and "your turn is near" (server/domain/appointments.ts has the defaults). */
export const AppointmentRules = Type.Object({
  enabled: Type.Boolean({ description: 'Bookings are taken (on /book and through the city platform\'s API)' }),
  share: Type.Number({ minimum: 0, maximum: 1, description: 'Share of the roster\'s planned capacity of a queue that may be booked' }),
  daysAhead: Int(0, 60, 'Bookable until this many days ahead'),
  bookCutoffMin: Int(0, 1440, 'Booking closes this many minutes before the slot'),
  cancelCutoffMin: Int(0, 1440, 'Cancelling online closes this many minutes before the slot'),
  perPhone: Int(1, 20, 'Bookings a phone number may hold at once'),
  missLimit: Int(0, 20, 'Missed bookings within 30 days that block the number (0: never)'),
  blockDays: Int(0, 365, 'Days a blocked number may not book'),
  checkInEarlyMin: Int(0, 240, 'Check-in opens this many minutes before the slot'),
  checkInLateMin: Int(0, 240, 'Check-in closes this many minutes after the slot started'),
  capEvery: Int(1, 20, 'K: while walk-ins wait past the limit, at most one appointment ahead of them in every K calls of a window'),
  walkInWaitMin: Int(0, 480, 'The walk-in wait that starts the cap'),
  remoteTickets: Type.Boolean({ description: 'Visitors may take a plain ticket from the phone during opening hours' }),
  remotePerPhone: Int(1, 20, 'Remote tickets per phone number per day'),
  nearAhead: Int(0, 50, '"Your turn is near" SMS when this many people are ahead'),
}, { additionalProperties: false });
const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$', maxLength: 5, description: 'HH:MM, hall-local' });
const fields = {
  name: Type.String({ minLength: 1, maxLength: 60 }), nameEn: Type.String({ minLength: 1, maxLength: 100 }),
  notice: Type.String({ maxLength: 200, description: 'One line on the lobby screen' }),
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA zone, e.g. Asia/Shanghai' }),
  opensAt: Clock, closesAt: Clock,
  recallLimit: Type.Integer({ minimum: 1, maximum: 10 }), recallMinIntervalSec: Type.Integer({ minimum: 0, maximum: 600 }),
  noShowMode: S.NoShowMode, noShowSlipPlaces: Type.Integer({ minimum: 0, maximum: 50 }),
  reactivateWithinMin: Type.Integer({ minimum: 0, maximum: 240 }), maxWaitMin: Type.Integer({ minimum: 5, maximum: 480 }),
  anonymousTickets: Type.Union([Type.Literal('open'), Type.Literal('devices-only')]),
  kioskIdleSec: Type.Integer({ minimum: 15, maximum: 3600, description: 'A kiosk untouched this long returns home' }),
  kioskTicketReturnSec: Type.Integer({ minimum: 5, maximum: 600, description: 'The ticket screen returns home after this long' }),
  ratingDays: Type.Integer({ minimum: 0, maximum: 10 }), ratingPads: Type.Union([Type.Literal('open'), Type.Literal('paired')]),
  assessmentWeights: AssessmentWeights,
  appointments: AppointmentRules,
};

export const HallSettings = Type.Object(fields);
export const HallSettingsChange = Type.Partial(Type.Object({ ...fields, appointments: Type.Partial(AppointmentRules, { additionalProperties: false }) }, { additionalProperties: false }), { additionalProperties: false });

export const SETTINGS_ROUTES = {
  'GET /api/settings': {
    access: 'supervisor', tags: ['admin'], summary: 'The hall\'s settings (hours, no-show and recall rules, notice, ratings, kiosks)', response: { 200: HallSettings }, errors: [],
  },
  'POST /api/settings': {
    access: 'admin', tags: ['admin'], summary: 'Change some of the hall\'s settings (audited before → after; screens get the new name and notice live)',
    body: HallSettingsChange, response: { 200: HallSettings }, errors: ['validation-failed'],
  },
  'GET /api/catalog/export': {
    access: 'supervisor', tags: ['admin'], summary: 'The hall\'s catalogue as one file in the demo file\'s format (departments, queues, matters with checklists and FAQ, windows, staff)',
    response: { 200: Type.Unknown({ description: 'server/db/seed-data/FORMAT.md' }) }, errors: [],
  },
  'POST /api/catalog/import': {
    access: 'admin', tags: ['admin'], summary: 'Import departments, queues and matters from such a file: checked whole, every problem reported, nothing changed unless all is right (audited)',
    description: 'Send the file\'s text as `file`. Windows and accounts in the file are not imported (they are the hall\'s own). Up to 1 MB.',
    body: Type.Object({ file: Type.String({ minLength: 1, maxLength: 1_000_000 }) }, { additionalProperties: false }),
    response: { 200: Type.Object({ departments: Type.Integer(), queues: Type.Integer(), matters: Type.Integer(), materials: Type.Integer() }) },
    errors: ['catalog-invalid'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
