import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorResponse, IssuedTicket, IssueTicketBody, Ticket } from '../../contract/schemas.js';
import { issueTicket, getTicket, cancelTicket, reactivateTicket } from '../app/tickets.js';

const TicketParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export interface TicketRoutesOptions {
  rateLimit: { max: number; timeWindow: number };
  /** Base of tracking links; a kiosk browsing `localhost` would otherwise print a link no phone can open. */
  publicUrl?: string;
  /** Called after the ticket is committed; prints on the device's printer when it has one. */
  afterIssue?: (ticketId: string, deviceId: string | undefined, trackUrl: string) => Promise<{ printed?: boolean; printError?: string }>;
}

const routes: FastifyPluginAsyncTypebox<TicketRoutesOptions> = async (app, opts) => {
  app.post('/api/tickets', {
    config: { access: 'public', rateLimit: opts.rateLimit },
    schema: {
      tags: ['tickets'],
      summary: 'Take a ticket for a matter (or straight for a queue)',
      description: 'Send an `Idempotency-Key` header: a repeated key on the same service day returns the ticket it issued (200) instead of a new one; '
        + 'the same key with a different matter or queue is refused (409 idempotency-key-reused).\n\n'
        + 'Printing: with a `deviceId` the ticket is printed on that kiosk\'s receipt printer after it is committed, within a bound of 2 s (AppOptions.printTimeoutMs). '
        + 'The ticket is valid whatever the printer does: `printed` says whether paper came out (false: printer offline, stalled or out of paper; '
        + 'the kiosk then shows the number and QR code to photograph). An unknown `deviceId` does not refuse the ticket either: it is issued '
        + 'with `printed: false` and `printError` naming the device. Without `deviceId` (phones, API) nothing is printed and `printed` is absent. '
        + 'A replayed key reports whether the original ticket was printed and never prints it again.',
      headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 128 })) }),
      body: IssueTicketBody,
      response: { 200: IssuedTicket, 201: IssuedTicket, ...errors, 429: ErrorResponse },
    },
  }, async (request, reply) => {
    const body = request.body;
    const { ticket, row, replayed } = issueTicket(app.hall, {
      ...body, source: body.source ?? (body.appointmentCode ? 'appointment' : 'kiosk'),
      idempotencyKey: request.headers['idempotency-key'],
    });
    const trackUrl = `${opts.publicUrl ?? `${request.protocol}://${request.host}`}/t/${ticket.id}`;
    const printing = replayed
      ? (row.printed === null ? {} : { printed: row.printed })
      : (opts.afterIssue ? await opts.afterIssue(ticket.id, body.deviceId, trackUrl) : {});
    return reply.status(replayed ? 200 : 201).send({ ...ticket, trackUrl, ...printing });
  });

  app.get('/api/tickets/:id', {
    config: { access: 'public' },
    schema: { tags: ['tickets'], summary: 'A ticket now, with its place in line', params: TicketParams, response: { 200: Ticket, ...errors } },
  }, async (request) => getTicket(app.hall, request.params.id));

  app.post('/api/tickets/:id/cancel', {
    config: { access: 'public' },
    schema: { tags: ['tickets'], summary: 'Give up a waiting ticket (the visitor, from the tracking page)', params: TicketParams, response: { 200: Ticket, ...errors } },
  }, async (request) => cancelTicket(app.hall, request.params.id));

  app.post('/api/tickets/:id/reactivate', {
    config: { access: 'staff' },
    schema: {
      tags: ['tickets'], summary: 'Put a voided no-show back in line within the hall’s time limit (staff only)',
      params: TicketParams, response: { 200: Ticket, 401: ErrorResponse, ...errors },
    },
  }, async (request) => reactivateTicket(app.hall, request.params.id));
};

export default routes;
