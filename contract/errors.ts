/**
 * Stable error codes returned in `{ error: { code, message } }`.
 * Pages switch on these codes, so a code never changes meaning once shipped.
 */
export const ERROR_STATUS = {
  // 400
  'validation-failed': 400,
  'bad-request': 400,
  'missing-materials-required': 400,
  'reason-required': 400,
  'password-too-weak': 400,
  'password-unchanged': 400,
  // 401 / 403
  'not-signed-in': 401,
  'bad-credentials': 401,
  'forbidden': 403,
  'not-your-window': 403,
  /** Green channel, appointments and printing are decided by a paired kiosk, not by any caller. */
  'device-required': 403,
  /** The hall takes tickets from registered kiosks only. */
  'anonymous-tickets-off': 403,
  'bad-device-credential': 401,
  'pairing-code-invalid': 403,
  /** The clerk's account may not staff (or read, or act for) this window. */
  'window-not-allowed': 403,
  /** Taking over a window that holds a ticket needs a supervisor (or the same clerk). */
  'supervisor-required': 403,
  /** A state-changing request or session socket from a page of another origin. */
  'origin-forbidden': 403,
  /** The seeded or reset password must be changed before anything else. */
  'password-change-required': 403,
  // 404
  'not-found': 404,
  'ticket-not-found': 404,
  'matter-not-found': 404,
  'queue-not-found': 404,
  'window-not-found': 404,
  'device-not-found': 404,
  'user-not-found': 404,
  'appointment-not-found': 404,
  // Framework-level refusals, one code per status
  'method-not-allowed': 405,
  'not-acceptable': 406,
  'request-timeout': 408,
  'payload-too-large': 413,
  'uri-too-long': 414,
  'unsupported-media-type': 415,
  'range-not-satisfiable': 416,
  'headers-too-large': 431,
  // 409: the request was fine but the state does not allow it now
  'ticket-not-waiting': 409,
  'ticket-not-called': 409,
  'ticket-not-serving': 409,
  'ticket-not-no-show': 409,
  'ticket-not-active': 409,
  'recall-limit-reached': 409,
  'recall-too-soon': 409,
  'reactivation-expired': 409,
  'same-queue': 409,
  'window-closed': 409,
  'window-paused': 409,
  'window-not-paused': 409,
  'window-busy': 409,
  'window-idle': 409,
  'window-taken': 409,
  'queue-empty': 409,
  'queue-closed': 409,
  'daily-cap-reached': 409,
  'outside-hours': 409,
  'idempotency-key-reused': 409,
  // 429
  'rate-limited': 429,
  'account-locked': 429,
  // 503: the server is fine but cannot take the command now; nothing was written
  'storage-full': 503,
  'storage-busy': 503,
  'storage-unavailable': 503,
  'shutting-down': 503,
  // 5xx: never carries details
  'internal': 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_STATUS, value);
}
