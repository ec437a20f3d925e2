/** One outbox dispatcher per app: starts once the server listens, stops (briefly finishing sends) when it closes. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '../domain/time.js';
import type { Backoff } from './backoff.js';
import { OutboxDispatcher } from './dispatcher.js';
import { HttpSmsNotifier, RecordingNotifier, type Notifier, type SmsGatewayConfig } from './notifier.js';

export interface OutboxOptions {
  /** An HTTP SMS gateway (SMS_GATEWAY_URL); without it SMS are recorded only. */
  sms?: SmsGatewayConfig;
  /** Replaces the notifier chosen from `sms` (tests). */
  notifier?: Notifier;
  backoff?: Backoff;
  /** Longest wait for a webhook receiver (ms); default 5000. */
  timeoutMs?: number;
  /** How long a stop waits for sends under way (ms); default 2000. */
  graceMs?: number;
  /** The dispatcher's clock; default the hall's. */
  clock?: Clock;
  /** Do not send at all (rows still pile up): for tests that read the outbox only. */
  disabled?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    outbox: OutboxDispatcher | null;
  }
}

export default fp(async function outboxPlugin(app: FastifyInstance, opts: OutboxOptions) {
  if (opts.disabled) {
    app.decorate('outbox', null);
    return;
  }
  const log = app.log.child({ part: 'outbox' });
  const dispatcher = new OutboxDispatcher({
    sqlite: app.hall.database.sqlite,
    hallId: app.hall.hallId,
    clock: opts.clock ?? app.hall.clock,
    log,
    notifier: opts.notifier ?? (opts.sms ? new HttpSmsNotifier(opts.sms) : new RecordingNotifier(log)),
    ...(opts.backoff ? { backoff: opts.backoff } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
  app.decorate('outbox', dispatcher);
  // Only a listening server sends: an app built for inject() alone leaves the outbox to the next server.
  app.addHook('onListen', async () => dispatcher.start());
  app.addHook('preClose', async () => dispatcher.stop(opts.graceMs ?? 2_000));
}, { name: 'outbox', dependencies: ['hall'] });
