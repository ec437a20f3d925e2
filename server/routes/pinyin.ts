import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PinyinIndex } from '../../contract/schemas.js';
import { cachedPinyinIndex } from '../app/pinyin-index.js';
import { hallOf } from '../app/views.js';

/** Lets the kiosk search by pinyin without a dictionary in the page. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const pinyinIndex = cachedPinyinIndex();
  app.get('/api/catalog/pinyin', {
    config: { access: 'public' },
    schema: {
      tags: ['hall'],
      summary: 'Pinyin of the catalogue texts, for searching by full pinyin or initials (e.g. gtgsh → 个体工商户)',
      description: 'Keys are the Chinese names of matters, departments and queues, and matter keywords; values their toneless syllables separated by spaces (ü as v).',
      response: { 200: PinyinIndex },
    },
  }, async () => pinyinIndex(app.hall.catalog.catalog(hallOf(app.hall))));
};

export default routes;
