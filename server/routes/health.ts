import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Catalog, Snapshot } from '../../contract/schemas.js';
import { cachedSnapshot } from '../app/snapshot-cache.js';
import { hallOf } from '../app/views.js';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['hall'], summary: 'Liveness', response: { 200: Type.Object({ ok: Type.Literal(true) }) } },
  }, async () => ({ ok: true as const }));

  app.get('/api/catalog', {
    config: { access: 'public' },
    schema: { tags: ['hall'], summary: 'Departments, queues (window types) and matters with their material checklists', response: { 200: Catalog } },
  }, async () => app.hall.catalog.catalog(hallOf(app.hall)));

  app.get('/api/snapshot', {
    config: { access: 'public' },
    schema: { tags: ['hall'], summary: 'What the screens draw: windows, waiting counts, recent calls, hall version', response: { 200: Snapshot } },
  }, async () => cachedSnapshot(app.hall));
};

export default routes;
