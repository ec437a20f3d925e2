/** Closes the service days that are over: at start-up and then every minute (the check is one indexed query). */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { closeEarlierDays } from '../app/day-close.js';

export interface DayCloserOptions {
  /** How often to look (ms); default one minute. */
  everyMs?: number;
  disabled?: boolean;
}

export default fp(async function dayCloser(app: FastifyInstance, opts: DayCloserOptions) {
  if (opts.disabled) return;
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    try {
      const closed = closeEarlierDays(app.hall);
      if (closed.unserved + closed.abandoned > 0) app.log.info({ ...closed }, 'closed the tickets left open by an earlier service day');
    } catch (e) {
      // Storage trouble now is retried on the next tick; it never takes the server down.
      app.log.warn({ err: e }, 'closing earlier service days failed; retrying in a minute');
    }
  };
  app.addHook('onReady', async () => {
    run();
    timer = setInterval(run, opts.everyMs ?? 60_000);
    timer.unref();
  });
  app.addHook('preClose', async () => {
    if (timer) clearInterval(timer);
  });
}, { name: 'day-closer', dependencies: ['hall'] });
