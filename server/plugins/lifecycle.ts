import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { fail } from '../domain/errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Set when the server starts stopping: new requests get 503 `shutting-down`, those in flight finish. */
    draining: boolean;
  }
}

/**
 * Graceful stop. Once draining, every new request is refused with 503 `shutting-down` (a kiosk
 * retries, nothing is written), and every response closes its connection: a keep-alive
 * connection left open would hold `app.close()` until the client's idle timeout.
 * The requests already accepted finish on their own: `app.close()` closes the database in
 * onClose, which runs only after the HTTP server's 'close' event, i.e. after the last
 * connection has answered and gone. Bounding that wait is main's job (SHUTDOWN_TIMEOUT_MS).
 */
export default fp(async function lifecycle(app: FastifyInstance) {
  app.decorate('draining', false);

  app.addHook('onRequest', async (_request, reply) => {
    if (!app.draining) return;
    reply.header('retry-after', '5');
    fail('shutting-down', 'the hall server is restarting: try again in a moment');
  });

  app.addHook('onSend', async (_request, reply) => {
    if (app.draining) reply.header('connection', 'close');
  });

  // app.close() from anywhere (tests, main) drains the same way.
  app.addHook('preClose', async () => {
    app.draining = true;
  });
}, { name: 'lifecycle' });
