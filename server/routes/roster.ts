import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readRosterDay, readRosterWeek, setRosterDay, setRosterWeek } from '../app/roster.js';
import { adminOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';

/** The window roster (排班): staff read a day, supervisors the week, administrators change them. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...route('GET /api/roster'), handler: async (request) => readRosterDay(app.hall, request.query.day) });
  app.route({ ...route('GET /api/roster/week'), handler: async () => readRosterWeek(app.hall) });
  app.route({
    ...route('POST /api/roster/week'),
    handler: async (request) => setRosterWeek(app.hall, adminOfRequest(request), request.body),
  });
  app.route({
    ...route('POST /api/roster/days/:day'),
    handler: async (request) => setRosterDay(app.hall, adminOfRequest(request), request.params.day, request.body),
  });
};

export default routes;
