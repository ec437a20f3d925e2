import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { issueApiKey, listApiClients, revokeApiKey } from '../app/api-clients.js';
import {
  bookingByToken, bookingSlots, bookingsOfDay, cancelBookingByToken, cancelPlatformBooking, createBooking, platformBooking,
} from '../app/bookings.js';
import { checkPhoneCode, sendPhoneCode } from '../app/phone-codes.js';
import { issueRemoteTicket } from '../app/tickets.js';
import { adminOfRequest, platformClientOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';
import { trackBase } from './track-url.js';

export interface BookingRoutesOptions {
  /** Per address, for the visitor's POSTs (codes, bookings, remote tickets): a phone has no kiosk key. */
  rateLimit: { max: number; timeWindow: number };
  publicUrl?: string;
}

/** Appointments (/book), the city platform's booking API, its keys, and tickets from the phone. */
const routes: FastifyPluginAsyncTypebox<BookingRoutesOptions> = async (app, opts) => {
  const limited = { rateLimit: opts.rateLimit };
  app.route({ ...route('GET /api/booking/slots'), handler: async (request) => bookingSlots(app.hall, request.query.matterId) });
  app.route({
    ...route('POST /api/phone-codes', limited),
    handler: async (request, reply) => reply.status(201).send(sendPhoneCode(app.hall, request.body.phone, request.body.purpose)),
  });
  app.route({
    ...route('POST /api/bookings', limited),
    handler: async (request, reply) => {
      const { phoneCode, ...booking } = request.body;
      const phoneCodeId = checkPhoneCode(app.hall, booking.phone, 'booking', phoneCode);
      return reply.status(201).send(createBooking(app.hall, booking, { kind: 'web', phoneCodeId }));
    },
  });
  app.route({ ...route('GET /api/bookings'), handler: async (request) => bookingsOfDay(app.hall, request.query.day) });
  app.route({ ...route('GET /api/bookings/:token'), handler: async (request) => bookingByToken(app.hall, request.params.token) });
  app.route({ ...route('POST /api/bookings/:token/cancel', limited), handler: async (request) => cancelBookingByToken(app.hall, request.params.token) });
  app.route({
    ...route('POST /api/remote-tickets', limited),
    handler: async (request, reply) => {
      const { ticket } = await issueRemoteTicket(app.hall, request.body);
      return reply.status(201).send({ ...ticket, trackUrl: `${trackBase(request, opts.publicUrl)}/t/${ticket.id}` });
    },
  });

  app.route({
    ...route('POST /api/platform/bookings'),
    handler: async (request, reply) => reply.status(201).send(createBooking(app.hall, request.body, { kind: 'platform', clientId: platformClientOfRequest(request).id })),
  });
  app.route({ ...route('GET /api/platform/bookings/:code'), handler: async (request) => platformBooking(app.hall, platformClientOfRequest(request).id, request.params.code) });
  app.route({
    ...route('POST /api/platform/bookings/:code/cancel'),
    handler: async (request) => cancelPlatformBooking(app.hall, platformClientOfRequest(request).id, request.params.code),
  });

  app.route({ ...route('GET /api/api-clients'), handler: async () => listApiClients(app.hall) });
  app.route({ ...route('POST /api/api-clients'), handler: async (request, reply) => reply.status(201).send(issueApiKey(app.hall, adminOfRequest(request), request.body.name)) });
  app.route({ ...route('POST /api/api-clients/:id/revoke'), handler: async (request) => revokeApiKey(app.hall, adminOfRequest(request), request.params.id) });
};

export default routes;
