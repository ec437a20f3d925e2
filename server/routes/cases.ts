import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  askForSupplement, decide, deliver, mailResult, markResultReady, readCase, recordNotDelivered, startReview, takeSupplement, withdraw,
} from '../app/case-flow.js';
import { listCases, lookupCase, readDocument, trackCase, withdrawByToken } from '../app/case-queries.js';
import { correctDocument } from '../app/document-correction.js';
import { actorOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';
import { trackBase } from './track-url.js';

/** Cases: thin handlers over app/case-flow.ts and app/case-queries.ts. */
const routes: FastifyPluginAsyncTypebox<{ publicUrl?: string }> = async (app, opts) => {
  const s = app.hall;
  app.route({ ...route('GET /api/cases'), handler: async (req) => listCases(s, actorOfRequest(req), req.query) });
  app.route({ ...route('GET /api/cases/:number'), handler: async (req) => readCase(s, actorOfRequest(req), req.params.number) });
  app.route({ ...route('POST /api/cases/:number/review'), handler: async (req) => startReview(s, actorOfRequest(req), req.params.number, req.body.note) });
  app.route({
    ...route('POST /api/cases/:number/supplement-request'),
    handler: async (req) => askForSupplement(s, actorOfRequest(req), req.params.number, req.body.materials, req.body.note ?? ''),
  });
  app.route({
    ...route('POST /api/cases/:number/supplement-received'),
    handler: async (req) => takeSupplement(s, actorOfRequest(req), req.params.number, req.body.note ?? ''),
  });
  app.route({ ...route('POST /api/cases/:number/decision'), handler: async (req) => decide(s, actorOfRequest(req), req.params.number, req.body) });
  app.route({ ...route('POST /api/cases/:number/result-ready'), handler: async (req) => markResultReady(s, actorOfRequest(req), req.params.number, req.body.note) });
  app.route({
    ...route('POST /api/cases/:number/deliver'),
    handler: async (req) => deliver(s, actorOfRequest(req), req.params.number, { ...req.body, note: req.body.note ?? '' }),
  });
  app.route({ ...route('POST /api/cases/:number/not-delivered'), handler: async (req) => recordNotDelivered(s, actorOfRequest(req), req.params.number, req.body.reason) });
  app.route({ ...route('POST /api/cases/:number/mail'), handler: async (req) => mailResult(s, actorOfRequest(req), req.params.number, req.body) });
  app.route({ ...route('POST /api/cases/:number/withdraw'), handler: async (req) => withdraw(s, actorOfRequest(req), req.params.number, req.body.reason) });
  app.route({ ...route('GET /api/cases/lookup/:ref'), handler: async (req) => lookupCase(s, req.params.ref) });
  app.route({ ...route('GET /api/track/:token'), handler: async (req) => trackCase(s, req.params.token) });
  app.route({ ...route('POST /api/track/:token/withdraw'), handler: async (req) => withdrawByToken(s, req.params.token, req.body.reason ?? '') });
  app.route({
    ...route('POST /api/documents/:id/correct'),
    handler: async (req) => correctDocument(s, actorOfRequest(req), req.params.id, req.body, trackBase(req, opts.publicUrl)),
  });
  app.route({ ...route('GET /api/documents/:id'), handler: async (req) => readDocument(s, req.params.id, trackBase(req, opts.publicUrl)) });
};

export default routes;
