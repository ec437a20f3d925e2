import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { fileComplaint } from '../app/complaints.js';
import { caseRatingStatus, myRatings, rateByPad, rateCase, rateTicket, ticketRatingStatus } from '../app/ratings.js';
import { itemDetail, listItems, takeStep } from '../app/rectifications.js';
import { fail } from '../domain/errors.js';
import { actorOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';

/** Ratings, follow-ups and complaints: thin handlers over app/ratings.ts, app/rectifications.ts and app/complaints.ts. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.hall;
  app.route({
    ...route('POST /api/ratings/pad'),
    handler: async (req) => {
      const { windowNumber, token, ...rating } = req.body;
      const done = rateByPad(s, windowNumber, token, rating);
      s.bus.notice(s.hallId, { name: 'rating:done', payload: done });
      return { ticketNumber: done.ticketNumber };
    },
  });
  app.route({ ...route('GET /api/tickets/:id/rating'), handler: async (req) => ticketRatingStatus(s, req.params.id) });
  app.route({
    ...route('POST /api/tickets/:id/rating'),
    handler: async (req) => {
      const { status, withdrawnInvites, ticketNumber } = rateTicket(s, req.params.id, req.body);
      for (const windowId of withdrawnInvites) s.bus.notice(s.hallId, { name: 'rating:done', payload: { windowId, ticketNumber } });
      return status;
    },
  });
  app.route({
    ...route('GET /api/track/:token/rating'),
    handler: async (req) => {
      const c = s.cases.byToken(req.params.token);
      if (!c || c.hallId !== s.hallId) fail('case-not-found', 'no such case');
      return caseRatingStatus(s, c);
    },
  });
  app.route({ ...route('POST /api/track/:token/rating'), handler: async (req) => rateCase(s, req.params.token, req.body) });
  app.route({ ...route('GET /api/me/ratings'), handler: async (req) => myRatings(s, actorOfRequest(req)) });
  app.route({ ...route('GET /api/rectifications'), handler: async (req) => listItems(s, actorOfRequest(req), req.query.open === true) });
  app.route({ ...route('GET /api/department/rectifications'), handler: async (req) => listItems(s, actorOfRequest(req), req.query.open === true) });
  app.route({ ...route('GET /api/rectifications/:id'), handler: async (req) => itemDetail(s, actorOfRequest(req), req.params.id) });
  app.route({ ...route('POST /api/rectifications/:id/steps'), handler: async (req) => takeStep(s, actorOfRequest(req), req.params.id, req.body) });
  app.route({
    ...route('POST /api/complaints', { rateLimit: { max: 10, timeWindow: 60_000 } }),
    handler: async (req, reply) => reply.status(201).send(fileComplaint(s, req.actor && !req.actor.mustChangePassword ? req.actor : null, req.body)),
  });
};

export default routes;
