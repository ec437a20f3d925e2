/**
 * Appointments (预约) and remote tickets: the visitor's booking page (/book), the city platform's
 * API (an API key per client) and the keys' administration.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { IssuedTicket, NoBody } from './schemas.js';

const IsoTime = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** A mainland mobile number: 11 digits starting with 1. */
export const Phone = Type.String({ pattern: '^1[3-9]\\d{9}$', minLength: 11, maxLength: 11, description: 'Mobile number, 11 digits' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'Service day YYYY-MM-DD' });
const SlotStart = Type.String({ pattern: '^([01]\\d|2[0-3]):(00|30)$', maxLength: 5, description: 'Start of a half-hour slot, HH:MM hall-local' });
const MatterId = Type.String({ minLength: 1, maxLength: 64 });
const PersonName = Type.String({ minLength: 1, maxLength: 40, description: 'The visitor\'s name as on their ID' });
const PhoneCode = Type.String({ pattern: '^\\d{6}$', minLength: 6, maxLength: 6, description: 'The one-time code sent to the phone' });

export const BookingStatus = Type.Union([Type.Literal('booked'), Type.Literal('checked-in'), Type.Literal('cancelled'), Type.Literal('missed')]);

/** What the visitor (through the manage link) and the platform see of a booking. */
export const Booking = Type.Object({
  code: Type.String({ description: 'Shown at the kiosk (typed, or scanned from the QR code): checks in once' }),
  manageToken: Type.String({ description: 'The capability behind the view/cancel link; whoever holds it may cancel' }),
  manageUrl: Type.String({ description: '/book/b/<manageToken>' }),
  matterId: Type.String(), matterName: Type.String(), matterNameEn: Type.String(), queueId: Type.String(),
  day: Type.String(), start: Type.String(), status: BookingStatus,
  channel: Type.Union([Type.Literal('web'), Type.Literal('platform')]),
  phoneMasked: Type.String({ description: '138****1234' }), name: Type.String(),
  checkInFrom: Type.String({ description: 'HH:MM: check-in at the kiosk opens' }), checkInUntil: Type.String({ description: 'HH:MM: check-in closes' }),
  cancellableUntil: Nullable(IsoTime), ticketNumber: Nullable(Type.String()),
});

/** A line of the supervisor's bookings list (names and phones masked; no code, no link). */
export const BookingListRow = Type.Object({
  day: Type.String(), start: Type.String(), matterId: Type.String(), matterName: Type.String(), queueId: Type.String(), status: BookingStatus,
  channel: Type.Union([Type.Literal('web'), Type.Literal('platform')]), name: Type.String(), phoneMasked: Type.String(),
  checkedInAt: Nullable(IsoTime), ticketNumber: Nullable(Type.String()),
});

export const BookingSlots = Type.Object({
  matterId: Type.String(), queueId: Type.String(),
  days: Type.Array(Type.Object({
    day: Type.String(),
    slots: Type.Array(Type.Object({ start: Type.String(), capacity: Type.Integer(), free: Type.Integer() })),
  })),
});

export const ApiClient = Type.Object({
  id: Type.String(), name: Type.String(), keyPrefix: Type.String(), createdAt: IsoTime, revokedAt: Nullable(IsoTime), lastUsedAt: Nullable(IsoTime),
});

const NewBookingFields = { matterId: MatterId, day: Day, start: SlotStart, phone: Phone, name: PersonName };
const TokenParams = Type.Object({ token: Type.String({ minLength: 16, maxLength: 64 }) });
const CodeParams = Type.Object({ code: Type.String({ minLength: 4, maxLength: 16 }) });
const bookingErrors = [
  'matter-not-found', 'matter-elsewhere', 'appointments-off', 'slot-unavailable', 'slot-full', 'phone-blocked', 'booking-duplicate', 'booking-limit',
] as const;
const booking = ['bookings'];
const platform = ['platform'];

export const BOOKING_ROUTES = {
  'GET /api/booking/slots': {
    access: 'public', tags: booking, summary: 'Free half-hour slots of a matter\'s queue from today until the last bookable day',
    description: 'Capacity per slot is a share (hall setting) of what the roster plans for the queue; holidays and days without plan have none. Slots past their booking cut-off are left out.',
    querystring: Type.Object({ matterId: MatterId }, { additionalProperties: false }),
    response: { 200: BookingSlots }, errors: ['matter-not-found', 'matter-elsewhere', 'appointments-off'],
  },
  'POST /api/phone-codes': {
    access: 'public', tags: booking, summary: 'Send a one-time code to a phone (to book, or to take a ticket from the phone)',
    description: 'Six digits, valid 10 minutes, five tries, used once. One code per number a minute and five an hour (429 phone-code-too-soon).',
    body: Type.Object({ phone: Phone, purpose: Type.Union([Type.Literal('booking'), Type.Literal('remote-ticket')]) }, { additionalProperties: false }),
    response: { 201: Type.Object({ expiresInSec: Type.Integer(), resendAfterSec: Type.Integer() }) },
    errors: ['phone-code-too-soon', 'appointments-off', 'remote-tickets-off'],
  },
  'POST /api/bookings': {
    access: 'public', tags: booking, summary: 'Book a slot (the phone proven by its one-time code)',
    body: Type.Object({ ...NewBookingFields, phoneCode: PhoneCode }, { additionalProperties: false }),
    response: { 201: Booking }, errors: [...bookingErrors, 'phone-code-invalid'],
  },
  'GET /api/bookings': {
    access: 'supervisor', tags: booking, summary: 'A day\'s bookings in slot order (names and phones masked), for the hall\'s managers',
    querystring: Type.Object({ day: Type.Optional(Day) }, { additionalProperties: false }),
    response: { 200: Type.Object({ day: Type.String(), bookings: Type.Array(BookingListRow) }) }, errors: [],
  },
  'GET /api/bookings/:token': {
    access: 'public', tags: booking, summary: 'A booking, by the token of its manage link', params: TokenParams,
    response: { 200: Booking }, errors: ['booking-not-found'],
  },
  'POST /api/bookings/:token/cancel': {
    access: 'public', tags: booking, summary: 'Cancel a booking (until the hall\'s cut-off before its slot)', params: TokenParams, body: NoBody,
    response: { 200: Booking }, errors: ['booking-not-found', 'booking-not-active', 'cancel-too-late'],
  },
  'POST /api/remote-tickets': {
    access: 'public', tags: ['tickets'], summary: 'Take a plain ticket from the phone (if the hall allows it), the phone proven by its one-time code',
    description: 'During the queue\'s issuing hours; never a green-channel ticket; a limited number per phone number per day. The ticket hears "your turn is near" and "you are called" by SMS.',
    body: Type.Object({ matterId: MatterId, phone: Phone, phoneCode: PhoneCode }, { additionalProperties: false }),
    response: { 201: IssuedTicket },
    errors: ['remote-tickets-off', 'remote-ticket-limit', 'phone-code-invalid', 'matter-not-found', 'matter-elsewhere', 'queue-not-found', 'queue-closed', 'outside-hours', 'daily-cap-reached'],
  },
  'POST /api/platform/bookings': {
    access: 'platform', tags: platform, summary: 'The city platform books a slot for a visitor it has identified',
    description: 'Send `authorization: Bearer <key>` (an API key an administrator issued). The same rules as /book apply (capacity, cut-offs, limits per phone).',
    body: Type.Object(NewBookingFields, { additionalProperties: false }),
    response: { 201: Booking }, errors: [...bookingErrors],
  },
  'GET /api/platform/bookings/:code': {
    access: 'platform', tags: platform, summary: 'A booking this client made, by its code', params: CodeParams,
    response: { 200: Booking }, errors: ['booking-not-found'],
  },
  'POST /api/platform/bookings/:code/cancel': {
    access: 'platform', tags: platform, summary: 'Cancel a booking this client made', params: CodeParams, body: NoBody,
    response: { 200: Booking }, errors: ['booking-not-found', 'booking-not-active', 'cancel-too-late'],
  },
  'GET /api/api-clients': {
    access: 'admin', tags: ['admin'], summary: 'The city platform\'s API clients and their keys\' prefixes',
    response: { 200: Type.Array(ApiClient) }, errors: [],
  },
  'POST /api/api-clients': {
    access: 'admin', tags: ['admin'], summary: 'Issue an API key to a client (shown once; audited)',
    body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 60 }) }, { additionalProperties: false }),
    response: { 201: Type.Object({ client: ApiClient, key: Type.String() }) }, errors: [],
  },
  'POST /api/api-clients/:id/revoke': {
    access: 'admin', tags: ['admin'], summary: 'Revoke a client\'s key (audited)',
    params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }), body: NoBody,
    response: { 200: ApiClient }, errors: ['api-client-not-found'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
