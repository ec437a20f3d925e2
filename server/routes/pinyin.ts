import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { cachedPinyinIndex } from '../app/pinyin-index.js';
import { catalogOf } from '../app/catalog.js';
import { route } from './route-table.js';

/** Lets the kiosk search by pinyin without a dictionary in the page. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const pinyinIndex = cachedPinyinIndex();
  app.route({ ...route('GET /api/catalog/pinyin'), handler: async () => pinyinIndex(catalogOf(app.hall)) });
};

export default routes;
