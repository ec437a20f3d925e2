import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { cachedSnapshot } from '../app/snapshot-cache.js';
import { catalogOf } from '../app/catalog.js';
import { route } from './route-table.js';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...route('GET /api/health'), handler: async () => ({ ok: true as const }) });

  app.route({ ...route('GET /api/catalog'), handler: async () => catalogOf(app.hall) });

  app.route({ ...route('GET /api/snapshot'), handler: async () => cachedSnapshot(app.hall) });
};

export default routes;
