import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { clearDay, readYear, replaceYear, setDay } from '../app/calendar.js';
import { adminOfRequest } from '../plugins/auth.js';
import { route } from './route-table.js';

/** The working-day calendar: anyone may read it (deadlines are public), the administrator edits it. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...route('GET /api/calendar/:year'), handler: async (request) => readYear(app.hall, request.params.year) });

  app.route({
    ...route('POST /api/calendar/:year'),
    handler: async (request) => replaceYear(app.hall, adminOfRequest(request), request.params.year, request.body.days),
  });

  app.route({
    ...route('POST /api/calendar/days/:day'),
    handler: async (request) => setDay(app.hall, adminOfRequest(request), request.params.day, request.body),
  });

  app.route({
    ...route('POST /api/calendar/days/:day/clear'),
    handler: async (request) => clearDay(app.hall, adminOfRequest(request), request.params.day),
  });
};

export default routes;
