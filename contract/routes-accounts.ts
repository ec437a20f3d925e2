/** Staff accounts, kiosk pairing and the operator's backups: sign-in and the administrator's routes. */
import { Type } from '@sinclair/typebox';
import { DEVICE_KEY_HEADER } from './access.js';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { Device, DeviceCredential, DeviceSelf, NoBody, PairDeviceBody, PairingCode, S, SessionUser } from './schemas.js';

export const UserAccount = Type.Object({
  id: Type.Integer(), username: Type.String(), name: Type.String(), staffNo: Type.String(),
  role: S.Role,
  departmentIds: Type.Union([Type.Array(Type.String()), Type.Null()]),
  defaultWindowId: Type.Union([Type.Integer(), Type.Null()]),
  lockedUntil: Type.Union([Type.Integer({ description: 'ms since the epoch' }), Type.Null()]),
  mustChangePassword: Type.Boolean(),
  allowedWindowIds: Type.Union([Type.Array(Type.Integer()), Type.Null()], {
    description: 'Windows the account may staff as set by an administrator; null: its own and those serving the same queues',
  }),
  disabled: Type.Boolean({ description: 'Cannot sign in; kept for the records it signed' }),
}, { additionalProperties: false });

export const BackupFile = Type.Object({
  name: Type.String({ description: 'hall-YYYYMMDD-HHMMSS.db, in the hall’s local time' }),
  size: Type.Integer({ description: 'bytes' }),
  time: Type.String({ format: 'date-time', description: 'when it was finished' }),
});

const DeviceParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 32 }) });
const auth = ['auth'];
const devices = ['devices'];

export const ACCOUNT_ROUTES = {
  'POST /api/auth/login': {
    access: 'public', tags: auth, summary: 'Sign in; sets the session cookie',
    body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
    response: { 200: SessionUser }, errors: ['bad-credentials', 'account-locked', 'account-disabled', 'rate-limited'],
  },
  'POST /api/auth/logout': {
    access: 'public', tags: auth, summary: 'Sign out; leaves idle windows', body: NoBody,
    response: { 200: Type.Object({ ok: Type.Literal(true) }) }, errors: [],
  },
  'GET /api/auth/me': {
    access: 'staff', allowStalePassword: true, tags: auth, summary: 'Who is signed in, and at which window',
    response: { 200: SessionUser }, errors: [],
  },
  'POST /api/auth/password': {
    access: 'staff', allowStalePassword: true, tags: auth,
    summary: 'Change the signed-in account’s password; ends its other sessions',
    description: 'At least 8 characters, not the username, not a common password. Required before anything else after a seeded or reset password.',
    body: Type.Object({
      currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
      newPassword: Type.String({ minLength: 1, maxLength: 256 }),
    }, { additionalProperties: false }),
    response: { 200: SessionUser }, errors: ['bad-credentials', 'account-locked', 'password-unchanged', 'password-too-weak', 'rate-limited'],
  },
  'GET /api/users': {
    access: 'supervisor', tags: ['admin'], summary: 'Staff accounts with lockout, password and disabled state (supervisors read, administrators change)',
    response: { 200: Type.Array(UserAccount) }, errors: [],
  },
  'POST /api/users/:id/password': {
    access: 'admin', tags: ['admin'], summary: 'Reset an account’s password to a one-time one (administrators only; audited)',
    description: 'The account must change it at the next sign-in; its lockout is lifted and all its sessions end.',
    params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
    body: Type.Object({}, { additionalProperties: false }),
    response: { 200: Type.Object({ temporaryPassword: Type.String() }) }, errors: ['user-not-found'],
  },
  'POST /api/users/:id/windows': {
    access: 'admin', tags: ['admin'], summary: 'Set the windows a clerk may staff (administrators only; audited)',
    description: '`windowIds: null` restores the default: the clerk’s own window and those serving the same queues. '
      + 'A clerk may open, read the line of and re-activate tickets only at these windows.',
    params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
    body: Type.Object({
      windowIds: Type.Union([Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 200, uniqueItems: true }), Type.Null()]),
    }, { additionalProperties: false }),
    response: { 200: UserAccount }, errors: ['user-not-found', 'window-not-found'],
  },
  'GET /api/devices': {
    access: 'supervisor', tags: devices,
    summary: 'Kiosk devices, whether each is paired, and the last known state of its receipt printer (supervisors read, administrators change)',
    description: 'Every print attempt updates the status (unknown until the first one); a change is also pushed to the admin room as `printer:status`.',
    response: { 200: Type.Array(Device) }, errors: [],
  },
  'POST /api/devices': {
    access: 'admin', tags: devices, summary: 'Add a kiosk or rating pad (unpaired until the installer pairs it) with its receipt printer (audited)',
    body: Type.Object({
      id: Type.String({ pattern: '^(?!pair$|me$)[A-Za-z0-9-]{1,16}$', maxLength: 16, description: 'Short and typed by installers, e.g. K03' }),
      name: Type.String({ minLength: 1, maxLength: 60 }),
      printerUrl: Type.Union([Type.String({ maxLength: 270, description: 'tcp://host:port' }), Type.Null()]),
    }, { additionalProperties: false }),
    response: { 201: Device }, errors: ['validation-failed'],
  },
  'POST /api/devices/:id': {
    access: 'admin', tags: devices, summary: 'Rename a device or set its receipt printer (audited before → after; a new printer starts unknown)',
    params: DeviceParams,
    body: Type.Object({
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
      printerUrl: Type.Optional(Type.Union([Type.String({ maxLength: 270 }), Type.Null()])),
    }, { additionalProperties: false, minProperties: 1 }),
    response: { 200: Device }, errors: ['device-not-found', 'validation-failed'],
  },
  'POST /api/devices/:id/pairing-code': {
    access: 'admin', tags: devices, summary: 'Make a one-time pairing code for a kiosk (valid 15 minutes; a new one replaces the last)',
    description: 'Enter it on the kiosk (or open `/kiosk?device=<id>&pair=<code>` there). The kiosk trades it for its credential with POST /api/devices/pair.',
    params: DeviceParams, body: NoBody, response: { 200: PairingCode }, errors: ['device-not-found'],
  },
  'POST /api/devices/:id/unpair': {
    access: 'admin', tags: devices, summary: 'Revoke a kiosk\'s credential (it keeps issuing plain tickets, unprinted, until paired again)',
    params: DeviceParams, body: NoBody, response: { 200: Device }, errors: ['device-not-found'],
  },
  'POST /api/devices/:id/window': {
    access: 'admin', tags: devices, summary: 'Make the device the rating pad of a window (评价器), or a kiosk again with null (audited)',
    description: 'In a hall with paired pads (halls.rating_pads = paired), only a paired device bound to window n may take ratings at /rate/n.',
    params: DeviceParams, body: Type.Object({ windowNumber: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]) }, { additionalProperties: false }),
    response: { 200: Device }, errors: ['device-not-found', 'window-not-found'],
  },
  'POST /api/devices/pair': {
    access: 'public', tags: devices, summary: 'A kiosk trades its one-time pairing code for its credential (shown once)', body: PairDeviceBody,
    response: { 200: DeviceCredential }, errors: ['pairing-code-invalid', 'rate-limited'],
  },
  'GET /api/devices/me': {
    access: 'public', tags: devices, summary: 'The kiosk this credential belongs to (the kiosk checks its pairing at start)',
    headers: Type.Object({ [DEVICE_KEY_HEADER]: Type.Optional(Type.String({ maxLength: 200 })) }),
    response: { 200: DeviceSelf }, errors: ['bad-device-credential'],
  },
  'GET /api/admin/backups': {
    access: 'admin', tags: ['operations'], summary: 'The verified backups in the backup folder, newest first',
    response: { 200: Type.Array(BackupFile) }, errors: ['not-found'],
  },
  'POST /api/admin/backups': {
    access: 'admin', tags: ['operations'],
    summary: 'Take an online backup now; answers once it is written and has passed PRAGMA integrity_check',
    body: Type.Object({}, { additionalProperties: false }),
    response: { 201: Type.Object({ file: Type.String() }) }, errors: ['not-found'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
