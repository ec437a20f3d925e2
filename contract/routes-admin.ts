/**
 * The administrator's changes to windows and staff accounts, and the audit log supervisors read.
 * Window changes use `/api/admin/windows/:windowNumber`: `/api/windows/:windowId/*` belongs to the
 * clerk's console and is keyed by the window's id, not its number.
 */
import { Type } from '@sinclair/typebox';
import { UserAccount } from './routes-accounts.js';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { S, Window } from './schemas.js';

const QueueId = Type.String({ minLength: 1, maxLength: 64 });
const QueueIds = (minItems: number) => Type.Array(QueueId, { minItems, maxItems: 50, uniqueItems: true });
const windowFields = {
  name: Type.String({ minLength: 1, maxLength: 60 }), nameEn: Type.String({ minLength: 1, maxLength: 100 }),
  queueIds: QueueIds(1), overflowQueueIds: QueueIds(0),
};
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'YYYY-MM-DD, hall-local' });
const accountFields = {
  name: Type.String({ minLength: 1, maxLength: 40 }), staffNo: Type.String({ maxLength: 20 }), role: S.Role,
  defaultWindowNumber: Type.Union([Type.Integer({ minimum: 1, maximum: 999 }), Type.Null()], { description: 'Clerks: the window they normally staff' }),
  departmentIds: Type.Union([Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 50, uniqueItems: true }), Type.Null()], {
    description: 'Approvers: the departments they decide for',
  }),
};

export const AuditEntry = Type.Object({
  at: Type.String({ format: 'date-time' }), actorName: Type.String(), action: Type.String(),
  detail: Type.Unknown({ description: 'What changed, as recorded (before → after for administrative changes); never a password' }),
});

const tags = ['admin'];

export const ADMIN_ROUTES = {
  'POST /api/windows': {
    access: 'admin', tags, summary: 'Create a window with the queues it serves and those it takes when idle (audited; screens get it live)',
    body: Type.Object({ number: Type.Integer({ minimum: 1, maximum: 999 }), ...windowFields, overflowQueueIds: Type.Optional(QueueIds(0)) }, { additionalProperties: false }),
    response: { 201: Window }, errors: ['queue-not-found', 'validation-failed'],
  },
  'POST /api/admin/windows/:windowNumber': {
    access: 'admin', tags, summary: 'Rename a window or change its queues (audited before → after; an open window uses them from its next call)',
    params: Type.Object({ windowNumber: Type.Integer({ minimum: 1, maximum: 999 }) }),
    body: Type.Partial(Type.Object(windowFields, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 }),
    response: { 200: Window }, errors: ['window-not-found', 'queue-not-found', 'validation-failed'],
  },
  'POST /api/users': {
    access: 'admin', tags, summary: 'Create a staff account; answers it with a one-time password to be changed at the first sign-in (audited)',
    body: Type.Object({
      username: Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' }), ...accountFields,
      staffNo: Type.Optional(accountFields.staffNo), defaultWindowNumber: Type.Optional(accountFields.defaultWindowNumber),
      departmentIds: Type.Optional(accountFields.departmentIds),
    }, { additionalProperties: false }),
    response: { 201: Type.Object({ account: UserAccount, temporaryPassword: Type.String() }) }, errors: ['window-not-found', 'validation-failed'],
  },
  'POST /api/users/:id': {
    access: 'admin', tags, summary: 'Change an account: name, staff number, role, window, departments, disabled (audited before → after)',
    description: 'Disabling ends every session of the account and its sign-ins answer account-disabled. An administrator cannot disable '
      + 'themself, nor disable or demote the last active administrator.',
    params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
    body: Type.Partial(Type.Object({ ...accountFields, disabled: Type.Boolean() }, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 }),
    response: { 200: UserAccount }, errors: ['user-not-found', 'window-not-found', 'validation-failed'],
  },
  'GET /api/audit': {
    access: 'supervisor', tags, summary: 'The audit log, newest first: who changed what, when, before → after',
    querystring: Type.Object({
      from: Type.Optional(Day), to: Type.Optional(Day),
      action: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
    }, { additionalProperties: false }),
    response: { 200: Type.Array(AuditEntry) }, errors: ['validation-failed'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
