import { buildApp } from './app.js';
import { appOptionsOf, ConfigError, loadConfig, type HallConfig } from './config.js';
import { DatabaseInUseError, holdDatabaseLock, type DatabaseLock } from './ops/db-lock.js';
import { stopOnSignals } from './ops/shutdown.js';

/** Starts the hall: environment in, a listening server out, a clean stop on SIGINT/SIGTERM. */
let config: HallConfig;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`Configuration error · 配置错误: ${err.message}. Not starting.`);
  process.exit(1);
}

// One server per database file, and a restore refuses to swap files under a running server.
let lock: DatabaseLock | null = null;
try {
  lock = config.dbFile === ':memory:' ? null : holdDatabaseLock(config.dbFile);
} catch (err) {
  if (!(err instanceof DatabaseInUseError)) throw err;
  console.error(`${err.message}: is another hall server running? Not starting.`);
  process.exit(1);
}

const app = await buildApp(appOptionsOf(config));

stopOnSignals(app, { timeoutMs: config.shutdownTimeoutMs, afterClose: () => lock?.release() });

// A restart meets every screen reconnecting at once: Node's default backlog (511) drops some of a
// thousand SYNs, and each dropped screen waits a whole reconnection delay more (bench/resync.ts).
await app.listen({ port: config.port, host: config.host, backlog: 4096 });
if (!config.publicUrl) app.log.warn('PUBLIC_URL is not set: tracking links in QR codes use the address each kiosk reached the server at');
app.log.info(`hall ready: kiosk http://localhost:${config.port}/kiosk · lobby /display · clerk /clerk · API docs /docs`);
