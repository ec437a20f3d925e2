import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * API answers hold tickets, sessions and staff data: no browser or proxy cache keeps them
 * (a shared kiosk or a phone's back button must not show someone else's state). A route that
 * knows its answer is public and stable sets its own Cache-Control, which wins.
 */
export default fp(async function noStore(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}, { name: 'no-store' });
