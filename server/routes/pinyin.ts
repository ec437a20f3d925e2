import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { pinyinJson } from '../app/catalog-cache.js';
import { sendWithEtag } from '../http/etag-json.js';
import { route } from './route-table.js';

/** Lets the kiosk search by pinyin without a dictionary in the page. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({ ...route('GET /api/catalog/pinyin'), handler: async (req, reply) => sendWithEtag(req, reply, pinyinJson(app.hall)) });
};

export default routes;
