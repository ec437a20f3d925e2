/** Public hall data and visitors' tickets: what kiosks, screens and phones call. */
import { Type } from '@sinclair/typebox';
import { DEVICE_KEY_HEADER } from './access.js';
import type { RouteKeyPattern, RouteSpec } from './route-spec.js';
import { Catalog, IssuedTicket, IssueTicketBody, NoBody, PinyinIndex, Snapshot, Ticket } from './schemas.js';

const TicketParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const hall = ['hall'];
const tickets = ['tickets'];

const ISSUE_DESCRIPTION = 'Send an `Idempotency-Key` header: a repeated key on the same service day returns the ticket it issued (200) instead of a new one; '
  + 'the same key with a different matter or queue is refused (409 idempotency-key-reused).\n\n'
  + 'Who may issue what: a plain ticket (a matter or a queue) is open to anyone unless the hall restricts tickets to its kiosks '
  + '(403 anonymous-tickets-off). A green-channel `priority` needs a paired kiosk (`x-device-key` header) or a staff session (403 device-required). '
  + 'Check-in (预约签到): `appointmentCode` alone (no matter, queue, case or priority: 400 validation-failed) issues an appointment ticket '
  + '(source "appointment") in the booking\'s queue for its matter, from `checkInEarlyMin` before to `checkInLateMin` after the slot start, once. '
  + 'Codes are case-insensitive. Refusals: 404 appointment-not-found (no booking has the code), 409 appointment-too-early (the message says '
  + '"check-in opens at HH:MM", or "YYYY-MM-DD HH:MM" for a booking of another day), 409 appointment-too-late (take a normal ticket), '
  + '409 appointment-used (checked in already), 409 appointment-cancelled. `source: "appointment"` without a code is refused (404 appointment-not-found). '
  + 'Otherwise the recorded source comes from who asked.\n\n'
  + 'Printing: a paired kiosk\'s ticket is printed on that kiosk\'s own receipt printer after it is committed, within a bound of 2 s (PRINT_TIMEOUT_MS). '
  + 'The ticket is valid whatever the printer does: `printed` says whether paper came out (false: printer offline, stalled or out of paper; '
  + 'the kiosk then shows the number and QR code to photograph). A `deviceId` without that device\'s credential prints nothing and answers '
  + '`printed: false, printError: "device-not-paired"`, whether or not the device exists. Without either (phones, API) `printed` is absent. '
  + 'A replayed key reports whether the original ticket was printed and never prints it again.';

export const HALL_ROUTES = {
  'GET /api/health': {
    access: 'public', tags: hall, summary: 'Liveness', response: { 200: Type.Object({ ok: Type.Literal(true) }) }, errors: [],
  },
  'GET /api/catalog': {
    access: 'public', tags: hall, summary: 'Departments, queues (window types) and matters with their material checklists',
    response: { 200: Catalog }, errors: [],
  },
  'GET /api/catalog/pinyin': {
    access: 'public', tags: hall,
    summary: 'Pinyin of the catalogue texts, for searching by full pinyin or initials (e.g. gtgsh → 个体工商户)',
    description: 'Keys are the Chinese names of matters, departments and queues, and matter keywords; values their toneless syllables separated by spaces (ü as v).',
    response: { 200: PinyinIndex }, errors: [],
  },
  'GET /api/snapshot': {
    access: 'public', tags: hall, summary: 'What the screens draw: windows, waiting counts, recent calls, hall version',
    response: { 200: Snapshot }, errors: [],
  },
  'POST /api/tickets': {
    access: 'public', tags: tickets, summary: 'Take a ticket for a matter (or straight for a queue)', description: ISSUE_DESCRIPTION,
    headers: Type.Object({
      'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 128 })),
      [DEVICE_KEY_HEADER]: Type.Optional(Type.String({ maxLength: 200, description: 'A paired kiosk\'s credential `<deviceId>:<secret>` (POST /api/devices/pair)' })),
    }),
    body: IssueTicketBody,
    response: { 200: IssuedTicket, 201: IssuedTicket },
    errors: [
      'matter-not-found', 'queue-not-found', 'queue-closed', 'outside-hours', 'daily-cap-reached', 'idempotency-key-reused',
      'appointment-not-found', 'anonymous-tickets-off', 'device-required', 'bad-device-credential', 'rate-limited',
      'case-not-found', 'case-not-ready', 'case-ticket-exists', 'matter-elsewhere',
      'appointment-too-early', 'appointment-too-late', 'appointment-used', 'appointment-cancelled',
    ],
  },
  'GET /api/tickets/:id': {
    access: 'public', tags: tickets, summary: 'A ticket now, with its place in line', params: TicketParams,
    response: { 200: Ticket }, errors: ['ticket-not-found'],
  },
  'POST /api/tickets/:id/cancel': {
    access: 'public', tags: tickets, summary: 'Give up a waiting ticket (the visitor, from the tracking page)', params: TicketParams, body: NoBody,
    response: { 200: Ticket }, errors: ['ticket-not-found', 'ticket-not-waiting'],
  },
  'POST /api/tickets/:id/reactivate': {
    access: 'staff', tags: tickets, summary: 'Put a voided no-show back in line within the hall’s time limit (staff only)', params: TicketParams, body: NoBody,
    response: { 200: Ticket }, errors: ['ticket-not-found', 'window-not-allowed', 'ticket-not-no-show', 'reactivation-expired'],
  },
} as const satisfies Record<RouteKeyPattern, RouteSpec>;
