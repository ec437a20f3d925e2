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
  // 401 / 403
  'not-signed-in': 401,
  'bad-credentials': 401,
  'forbidden': 403,
  'not-your-window': 403,
  // 404
  'not-found': 404,
  'ticket-not-found': 404,
  'matter-not-found': 404,
  'queue-not-found': 404,
  'window-not-found': 404,
  'device-not-found': 404,
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
