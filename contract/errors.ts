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
  // Cases (办件), documents, calendar, webhooks
  /** An accepted case needs the applicant's name and phone (and an address when the result is mailed). */
  'applicant-required': 400,
  'address-required': 400,
  /** Accepting a ticket taken for a queue, not a matter: say which matter was accepted. */
  'matter-required': 400,
  'phone-invalid': 400,
  /** An identity document number that does not fit its type (a resident ID has 18 characters with a valid check digit). */
  'id-number-invalid': 400,
  'calendar-invalid': 400,
  /** A catalogue import that is not right as a whole: the message lists every problem; nothing was changed. */
  'catalog-invalid': 400,
  'webhook-url-invalid': 400,
  'case-not-found': 404,
  'document-not-found': 404,
  'webhook-not-found': 404,
  /** The approver's account does not decide for this case's departments. */
  'department-not-yours': 403,
  /** The case's status does not allow this change (see server/domain/case.ts). */
  'case-transition-illegal': 409,
  'department-not-on-case': 409,
  'step-already-decided': 409,
  /** A results ticket (领取结果) for a case whose result is not ready yet. */
  'case-not-ready': 409,
  /** A document already replaced by a correction: correct its newest version. */
  'document-superseded': 409,
  /** A results ticket for a case that already has one waiting or at a window. */
  'case-ticket-exists': 409,
  /** The results window's ticket is not linked to a case, or to another one. */
  'ticket-has-no-case': 409,
  // Ratings, follow-ups, complaints
  'rating-not-found': 404,
  'rectification-not-found': 404,
  /** One service, one rating (一次一评): this ticket or case was already rated. */
  'already-rated': 409,
  /** The rating period of this service (a hall setting in working days) is over. */
  'rating-closed': 409,
  /** A case is rated as a whole once its result was handed out or mailed. */
  'case-not-delivered': 409,
  /** Only a finished service can be rated. */
  'ticket-not-done': 409,
  /** The pad rates only the service its own window finished (or the invitation was used or replaced). */
  'rating-invite-invalid': 403,
  /** The follow-up item's status does not allow this step (see server/domain/rectification.ts). */
  'rectification-step-illegal': 409,
  /** The matter is decided by the district halls (handled_by = district): the kiosk sends the visitor there. */
  'matter-elsewhere': 409,
  /** An uploaded form is not a PDF, PNG or JPEG by its content (the declared type is not trusted). */
  'form-type-refused': 415,
  /** An uploaded form is larger than the limit (2 MB). */
  'form-too-large': 413,
  'form-not-found': 404,
  /** The account is disabled: it cannot sign in, and its sessions have ended. */
  'account-disabled': 403,
  /** What if (推演): the scenario file or the alternative roster is not right; the message lists every problem. */
  'scenario-invalid': 400,
  /** What if: another run is under way on this server (one at a time); try again when it is done. */
  'whatif-busy': 409,
  // 429
  /** Appointments (预约) are switched off in this hall's settings. */
  'appointments-off': 409,
  /** The slot is past its booking cut-off, beyond the days bookable ahead, or not offered that day. */
  'slot-unavailable': 409,
  /** Every bookable place of the slot is taken. */
  'slot-full': 409,
  /** The phone number missed too many bookings lately and may not book for a while (the message says until when). */
  'phone-blocked': 403,
  /** The phone number already holds a booking for this matter on this day. */
  'booking-duplicate': 409,
  /** The phone number holds as many bookings as the hall allows at once. */
  'booking-limit': 409,
  'booking-not-found': 404,
  /** The booking was cancelled or checked in already. */
  'booking-not-active': 409,
  /** Too close to the slot to cancel online. */
  'cancel-too-late': 409,
  'appointment-cancelled': 409,
  /** The booking checked in once already: a code checks in once. */
  'appointment-used': 409,
  /** Check-in is not open yet: the message says from when (HH:MM). */
  'appointment-too-early': 409,
  /** Check-in closed: the visitor may take a normal ticket. */
  'appointment-too-late': 409,
  /** The one-time code sent to the phone is wrong, used or expired. */
  'phone-code-invalid': 403,
  /** A new code was asked for too soon after the last one, or too many this hour. */
  'phone-code-too-soon': 429,
  /** This hall does not issue tickets to phones. */
  'remote-tickets-off': 409,
  /** The phone number took as many remote tickets today as the hall allows. */
  'remote-ticket-limit': 409,
  /** The city platform's API key is missing, wrong or revoked. */
  'api-key-invalid': 401,
  'api-client-not-found': 404,
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
