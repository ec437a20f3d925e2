import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorResponse, IssuedTicket, IssueTicketBody, NoBody, Ticket } from '../../contract/schemas.js';
import { authenticateDevice, DEVICE_KEY_HEADER } from '../app/devices.js';
import { issueTicket, getTicket, cancelTicket, reactivateTicket } from '../app/tickets.js';
import type { DeviceRow } from '../db/devices-repo.js';
import type { Issuer } from '../domain/issuing.js';
import { actorOfRequest } from '../plugins/auth.js';
import { trackBase } from './track-url.js';

const TicketParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export interface TicketRoutesOptions {
  rateLimit: { max: number; timeWindow: number };
  /** Base of tracking links; a kiosk browsing `localhost` would otherwise print a link no phone can open. */
  publicUrl?: string;
  /** Called after the ticket is committed; prints on the device's printer when it has one. */
  afterIssue?: (ticketId: string, device: DeviceRow | null, namedDeviceId: string | undefined, trackUrl: string) => Promise<{ printed?: boolean; printError?: string }>;
}

const routes: FastifyPluginAsyncTypebox<TicketRoutesOptions> = async (app, opts) => {
  app.post('/api/tickets', {
    config: { access: 'public', rateLimit: opts.rateLimit },
    schema: {
      tags: ['tickets'],
      summary: 'Take a ticket for a matter (or straight for a queue)',
      description: 'Send an `Idempotency-Key` header: a repeated key on the same service day returns the ticket it issued (200) instead of a new one; '
        + 'the same key with a different matter or queue is refused (409 idempotency-key-reused).\n\n'
        + 'Who may issue what: a plain ticket (a matter or a queue) is open to anyone unless the hall restricts tickets to its kiosks '
        + '(403 anonymous-tickets-off). A green-channel `priority` needs a paired kiosk (`x-device-key` header) or a staff session (403 device-required). '
        + '`appointmentCode` and `source: "appointment"` are refused (404 appointment-not-found) until bookings exist. The recorded source comes from who asked.\n\n'
        + 'Printing: a paired kiosk\'s ticket is printed on that kiosk\'s own receipt printer after it is committed, within a bound of 2 s (PRINT_TIMEOUT_MS). '
        + 'The ticket is valid whatever the printer does: `printed` says whether paper came out (false: printer offline, stalled or out of paper; '
        + 'the kiosk then shows the number and QR code to photograph). A `deviceId` without that device\'s credential prints nothing and answers '
        + '`printed: false, printError: "device-not-paired"`, whether or not the device exists. Without either (phones, API) `printed` is absent. '
        + 'A replayed key reports whether the original ticket was printed and never prints it again.',
      headers: Type.Object({
        'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 128 })),
        [DEVICE_KEY_HEADER]: Type.Optional(Type.String({ maxLength: 200, description: 'A paired kiosk\'s credential `<deviceId>:<secret>` (POST /api/devices/pair)' })),
      }),
      body: IssueTicketBody,
      response: { 200: IssuedTicket, 201: IssuedTicket, ...errors, 429: ErrorResponse },
    },
  }, async (request, reply) => {
    const { deviceId: namedDeviceId, ...body } = request.body;
    const device = authenticateDevice(app.hall, request.headers[DEVICE_KEY_HEADER]);
    const issuer: Issuer = device ? { kind: 'device', deviceId: device.id }
      : request.actor && !request.actor.mustChangePassword ? { kind: 'staff', userId: request.actor.userId } : { kind: 'anonymous' };
    const { ticket, row, replayed } = issueTicket(app.hall, { ...body, issuer, idempotencyKey: request.headers['idempotency-key'] });
    const trackUrl = `${trackBase(request, opts.publicUrl)}/t/${ticket.id}`;
    const printing = replayed
      ? (row.printed === null ? {} : { printed: row.printed })
      : (opts.afterIssue ? await opts.afterIssue(ticket.id, device, namedDeviceId, trackUrl) : {});
    return reply.status(replayed ? 200 : 201).send({ ...ticket, trackUrl, ...printing });
  });

  app.get('/api/tickets/:id', {
    config: { access: 'public' },
    schema: { tags: ['tickets'], summary: 'A ticket now, with its place in line', params: TicketParams, response: { 200: Ticket, ...errors } },
  }, async (request) => getTicket(app.hall, request.params.id));

  app.post('/api/tickets/:id/cancel', {
    config: { access: 'public' },
    schema: { tags: ['tickets'], summary: 'Give up a waiting ticket (the visitor, from the tracking page)', params: TicketParams, body: NoBody, response: { 200: Ticket, ...errors } },
  }, async (request) => cancelTicket(app.hall, request.params.id));

  app.post('/api/tickets/:id/reactivate', {
    config: { access: 'staff' },
    schema: {
      tags: ['tickets'], summary: 'Put a voided no-show back in line within the hall’s time limit (staff only)',
      params: TicketParams, body: NoBody, response: { 200: Ticket, ...errors },
    },
  }, async (request) => reactivateTicket(app.hall, actorOfRequest(request), request.params.id));
};

export default routes;
