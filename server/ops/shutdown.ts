import type { FastifyInstance } from 'fastify';

export interface StopOptions {
  /** Past this the process exits 1 with a log line, whatever is still running. */
  timeoutMs: number;
  /** Runs after a clean close, before exit 0 (releases the database lock). */
  afterClose?: () => void;
}

/**
 * SIGTERM/SIGINT stop the hall gracefully: new requests get 503 shutting-down at once, those in
 * flight finish, Socket.IO closes its connections without telling clients to stay away (so they
 * reconnect to the next server), the database closes, exit 0. A second signal is not caught
 * (the handlers are `once`): pressing Ctrl-C twice ends the process at once, as people expect.
 */
export function stopOnSignals(app: FastifyInstance, options: StopOptions): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.draining = true;
    app.log.info({ signal, timeoutMs: options.timeoutMs }, 'shutting down: refusing new requests, finishing those in flight');
    const deadline = setTimeout(() => {
      app.log.error({ timeoutMs: options.timeoutMs }, 'shutdown took longer than SHUTDOWN_TIMEOUT_MS: exiting with work unfinished');
      process.exit(1);
    }, options.timeoutMs);
    app.close().then(() => {
      clearTimeout(deadline);
      options.afterClose?.();
      app.log.info('stopped cleanly');
      process.exit(0);
    }, (err: unknown) => {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stop);
}
