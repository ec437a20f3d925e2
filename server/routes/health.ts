import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { cachedSnapshot } from '../app/snapshot-cache.js';
import { catalogJson } from '../app/catalog-cache.js';
import { sendWithEtag } from '../http/etag-json.js';
import { route } from './route-table.js';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...route('GET /api/health'), handler: async () => ({ ok: true as const }) });

  app.route({ ...route('GET /api/catalog'), handler: async (req, reply) => sendWithEtag(req, reply, catalogJson(app.hall)) });

  app.route({ ...route('GET /api/snapshot'), handler: async () => cachedSnapshot(app.hall) });
};

export default routes;
