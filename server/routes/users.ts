import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listUsers, resetPassword, setAllowedWindows } from '../app/users.js';
import { adminOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';

/** Accounts, for the hall administrator only: supervisors read the hall, they do not manage people. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...route('GET /api/users'), handler: async () => listUsers(app.hall) });

  app.route({
    ...route('POST /api/users/:id/password'),
    handler: async (request) => resetPassword(app.hall, adminOfRequest(request), request.params.id),
  });

  app.route({
    ...route('POST /api/users/:id/windows'),
    handler: async (request) => setAllowedWindows(app.hall, adminOfRequest(request), request.params.id, request.body.windowIds),
  });
};

export default routes;
