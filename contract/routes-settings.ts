/** The hall's settings: supervisors read them, only administrators change them (audited before → after). */
import { Type } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { S } from './schemas.js';

const Weight = Type.Integer({ minimum: 0, maximum: 100 });
/** How the staff assessment's total is made from its five parts (at least one weight above 0). */
export const AssessmentWeights = Type.Object({
  attendance: Weight, proficiency: Weight, attitude: Weight, department: Weight, public: Weight,
}, { additionalProperties: false, description: 'Weights of the five assessment parts; a part with nothing to judge is left out of the total' });
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
};

export const HallSettings = Type.Object(fields);
export const HallSettingsChange = Type.Partial(Type.Object(fields, { additionalProperties: false }), { additionalProperties: false });

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
