import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { authenticateDevice, DEVICE_KEY_HEADER } from '../app/devices.js';
import { issueTicketQueued, getTicket, cancelTicket, reactivateTicket } from '../app/tickets.js';
import type { DeviceRow } from '../db/devices-repo.js';
import type { Issuer } from '../domain/issuing.js';
import { actorOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';
import { trackBase } from './track-url.js';

export interface TicketRoutesOptions {
  rateLimit: { max: number; timeWindow: number };
  /** Base of tracking links; a kiosk browsing `localhost` would otherwise print a link no phone can open. */
  publicUrl?: string;
  /** Called after the ticket is committed; prints on the device's printer when it has one. */
  afterIssue?: (ticketId: string, device: DeviceRow | null, namedDeviceId: string | undefined, trackUrl: string) => Promise<{ printed?: boolean; printError?: string }>;
}

const routes: FastifyPluginAsyncTypebox<TicketRoutesOptions> = async (app, opts) => {
  app.route({
    ...route('POST /api/tickets', { rateLimit: opts.rateLimit }),
    handler: async (request, reply) => {
      const { deviceId: namedDeviceId, ...body } = request.body;
      const device = authenticateDevice(app.hall, request.headers[DEVICE_KEY_HEADER]);
      const issuer: Issuer = device ? { kind: 'device', deviceId: device.id }
        : request.actor && !request.actor.mustChangePassword ? { kind: 'staff', userId: request.actor.userId } : { kind: 'anonymous' };
      const { ticket, row, replayed } = await issueTicketQueued(app.hall, { ...body, issuer, idempotencyKey: request.headers['idempotency-key'] });
      const trackUrl = `${trackBase(request, opts.publicUrl)}/t/${ticket.id}`;
      const printing = replayed
        ? (row.printed === null ? {} : { printed: row.printed })
        : (opts.afterIssue ? await opts.afterIssue(ticket.id, device, namedDeviceId, trackUrl) : {});
      return reply.status(replayed ? 200 : 201).send({ ...ticket, trackUrl, ...printing });
    },
  });

  app.route({ ...route('GET /api/tickets/:id'), handler: async (request) => getTicket(app.hall, request.params.id) });

  app.route({ ...route('POST /api/tickets/:id/cancel'), handler: async (request) => cancelTicket(app.hall, request.params.id) });

  app.route({
    ...route('POST /api/tickets/:id/reactivate'),
    handler: async (request) => reactivateTicket(app.hall, actorOfRequest(request), request.params.id),
  });
};

export default routes;
