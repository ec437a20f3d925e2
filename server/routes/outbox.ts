import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createWebhook, deactivateWebhook, listWebhooks, retryWebhook } from '../outbox/endpoints.js';
import { listOutbox } from '../outbox/listing.js';
import { adminOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...route('GET /api/outbox'), handler: async (request) => listOutbox(app.hall, request.query) });
  app.route({ ...route('GET /api/webhooks'), handler: async () => listWebhooks(app.hall) });
  app.route({
    ...route('POST /api/webhooks'),
    handler: async (request, reply) => reply.status(201).send(createWebhook(app.hall, adminOfRequest(request), request.body)),
  });
  app.route({
    ...route('POST /api/webhooks/:id/deactivate'),
    handler: async (request) => deactivateWebhook(app.hall, adminOfRequest(request), request.params.id),
  });
  app.route({ ...route('POST /api/webhooks/:id/retry'), handler: async (request) => retryWebhook(app.hall, request.params.id) });
};

export default routes;
