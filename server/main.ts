import { buildApp } from './app.js';

/** Starts the hall: environment in, a listening server out, a clean stop on SIGINT/SIGTERM. */
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const dbFile = process.env.DB_FILE ?? 'data/hall.db';
const demo = process.env.DEMO !== '0';

const app = await buildApp({
  dbFile,
  seed: demo ? { password: process.env.DEMO_PASSWORD ?? 'demo' } : false,
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
  ...(process.env.TICKET_RATE_LIMIT ? { rateLimit: { max: Number(process.env.TICKET_RATE_LIMIT), timeWindow: 60_000 } } : {}),
  ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}),
  ...(process.env.PRINT_TIMEOUT_MS ? { printTimeoutMs: Number(process.env.PRINT_TIMEOUT_MS) } : {}),
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down');
    void app.close().then(() => process.exit(0));
  });
}

await app.listen({ port, host });
app.log.info(`hall ready: kiosk http://localhost:${port}/kiosk · lobby /display · clerk /clerk · API docs /docs`);
