import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeAccount, createAccount } from '../app/accounts.js';
import { auditLog } from '../app/audit-log.js';
import { changeWindow, createWindow } from '../app/window-admin.js';
import { adminOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';

/** Windows and staff accounts as the administrator sets them, and the audit log supervisors read. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...route('POST /api/windows'),
    handler: async (request, reply) => reply.status(201).send(createWindow(app.hall, adminOfRequest(request), request.body)),
  });

  app.route({
    ...route('POST /api/admin/windows/:windowNumber'),
    handler: async (request) => changeWindow(app.hall, adminOfRequest(request), request.params.windowNumber, request.body),
  });

  app.route({
    ...route('POST /api/users'),
    handler: async (request, reply) => reply.status(201).send(await createAccount(app.hall, adminOfRequest(request), request.body)),
  });

  app.route({
    ...route('POST /api/users/:id'),
    handler: async (request) => changeAccount(app.hall, adminOfRequest(request), request.params.id, request.body),
  });

  app.route({ ...route('GET /api/audit'), handler: async (request) => auditLog(app.hall, request.query) });
};

export default routes;
