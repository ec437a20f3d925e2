/**
 * Administration of the catalogue (管理): matters with their checklists and FAQ, sample and blank
 * forms, queues. Supervisors read the catalogue (GET /api/catalog, GET /api/catalog/export); only
 * admins change it, every change audited before → after and pushed to kiosks as a new catalogVersion.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { Matter, MatterForm, NoBody, Queue, S } from './schemas.js';

const tags = ['administration'];
const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });
const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$', maxLength: 5, description: 'Hall-local HH:MM' });

export const MaterialInput = Type.Object({
  name: Text(200, 1), nameEn: Text(200), copies: Type.Integer({ minimum: 1, maximum: 99 }), form: S.MaterialForm,
  notes: Text(1000), notesEn: Text(1000), required: Type.Boolean(),
  checkStandard: Text(2000), checkStandardEn: Text(2000), shared: Type.Boolean(),
}, { additionalProperties: false });

const FaqInput = Type.Object({ q: Text(500, 1), a: Text(2000, 1), qEn: Text(500), aEn: Text(2000) }, { additionalProperties: false });

/** Every field of a matter an admin writes: the catalogue DTO without its id and forms. */
const matterFields = {
  name: Text(200, 1), nameEn: Text(200), departmentId: Id, queueId: Id,
  promisedDays: Type.Integer({ minimum: 0, maximum: 365 }),
  statutoryDays: Type.Union([Type.Integer({ minimum: 0, maximum: 365 }), Type.Null()]),
  onTheSpot: Type.Boolean(), code: Text(64), legalBasis: Text(2000), fee: Text(500), feeEn: Text(500),
  online: S.OnlineLevel, handledBy: S.HandledBy,
  keywords: Type.Array(Text(50, 1), { maxItems: 50 }),
  faq: Type.Array(FaqInput, { maxItems: 50 }),
  jointDepartmentIds: Type.Array(Id, { maxItems: 20 }),
  materials: Type.Array(MaterialInput, { maxItems: 100, description: 'The whole checklist, in order (a form names its line by this order)' }),
};

export const MatterCreate = Type.Object(matterFields, { additionalProperties: false });
export const MatterChange = Type.Partial(Type.Object(matterFields), { additionalProperties: false, minProperties: 1 });

/** A queue as the administrator sees and sets it. */
export const QueueSettings = Type.Object({
  ...Queue.properties,
  defaultServiceMinutes: Type.Number(), dailyCap: Type.Integer({ description: '0: no cap' }),
  opensAt: Type.Union([Type.String(), Type.Null()], { description: 'null: the hall\'s' }), closesAt: Type.Union([Type.String(), Type.Null()]),
  stopIssuingMin: Type.Integer(), alertWaitMin: Type.Union([Type.Integer(), Type.Null()], { description: 'null: the hall\'s maxWaitMin' }),
});

export const QueueChange = Type.Object({
  name: Type.Optional(Text(100, 1)), nameEn: Type.Optional(Text(100)),
  prefix: Type.Optional(Type.String({ pattern: '^[A-HJ-NP-Z]$', maxLength: 1, description: 'One letter, not I or O (read as 1 and 0)' })),
  defaultServiceMinutes: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 240 })),
  dailyCap: Type.Optional(Type.Integer({ minimum: 0, maximum: 9999 })),
  opensAt: Type.Optional(Type.Union([Clock, Type.Null()])), closesAt: Type.Optional(Type.Union([Clock, Type.Null()])),
  stopIssuingMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 240 })),
  alertWaitMin: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 480 }), Type.Null()])),
  open: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1 });

export type MatterFormDto = Static<typeof MatterForm>;
export type QueueSettingsDto = Static<typeof QueueSettings>;

const MatterParams = Type.Object({ id: Id });

/** The raw file, one schema per accepted type (Fastify validates a body by its Content-Type; the bytes are checked in the handler). */
const RawFile = { schema: Type.Unsafe<Uint8Array>({ description: 'The file\'s bytes, at most 2 MB' }) };
const FormBody = Type.Unsafe<Uint8Array>({ content: { 'application/pdf': RawFile, 'image/png': RawFile, 'image/jpeg': RawFile } });

export const CATALOG_ADMIN_ROUTES = {
  'POST /api/matters': {
    access: 'admin', tags, summary: 'Create a matter with its checklist and FAQ (audited; kiosks reload the catalogue)',
    body: MatterCreate, response: { 201: Matter }, errors: ['validation-failed'],
  },
  'POST /api/matters/:id': {
    access: 'admin', tags, summary: 'Change a matter: any of its fields, the checklist and FAQ each as a whole (audited before → after)',
    description: 'A form attached to a checklist line that no longer exists becomes matter-wide (materialSeq null).',
    params: MatterParams, body: MatterChange, response: { 200: Matter }, errors: ['matter-not-found', 'validation-failed'],
  },
  'POST /api/matters/:id/forms': {
    access: 'admin', tags, summary: 'Upload a sample or blank form: the raw file as the body (application/pdf, image/png or image/jpeg, at most 2 MB)',
    description: 'The content must be what the Content-Type says (checked by its first bytes). Audited without the bytes.',
    params: MatterParams,
    querystring: Type.Object({
      kind: S.FormKind, title: Text(100, 1), titleEn: Type.Optional(Text(100)),
      materialSeq: Type.Optional(Type.Integer({ minimum: 0, maximum: 99, description: 'The checklist line (0-based); absent: the matter as a whole' })),
    }, { additionalProperties: false }),
    body: FormBody,
    response: { 201: MatterForm }, errors: ['matter-not-found', 'form-type-refused', 'form-too-large', 'validation-failed'],
  },
  'POST /api/matters/:id/forms/:formId/delete': {
    access: 'admin', tags, summary: 'Remove a form from a matter (audited)',
    params: Type.Object({ id: Id, formId: Id }), body: NoBody, response: { 200: Matter }, errors: ['matter-not-found', 'form-not-found'],
  },
  'GET /api/forms/:id': {
    access: 'public', tags, summary: 'A sample or blank form\'s file (public guidance): its bytes with the stored type; ETag is its SHA-256',
    params: Type.Object({ id: Id }),
    response: { 200: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: 'The file (application/pdf, image/png or image/jpeg); 304 when If-None-Match names its ETag' }) }, errors: ['form-not-found'],
  },
  'POST /api/queues/:id': {
    access: 'admin', tags, summary: 'Change a queue: names, service time, daily cap, own hours, stop margin, wait alert, open (audited)',
    params: Type.Object({ id: Id }), body: QueueChange, response: { 200: QueueSettings }, errors: ['queue-not-found', 'validation-failed'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
