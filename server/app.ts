import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { cookieSecret } from './app/auth.js';
import { createServices, type HallServices } from './app/context.js';
import { ticketPrinting } from './app/printing.js';
import { openDatabase, type Database_ } from './db/client.js';
import { DEMO_HALL_FILE, isEmpty, readHallFile, seedHall, type SeedOptions } from './db/seed.js';
import type { Clock } from './domain/time.js';
import authPlugin from './plugins/auth.js';
import errorsPlugin, { clientErrorHandler, frameworkErrors } from './plugins/errors.js';
import originPlugin from './plugins/origin.js';
import securityHeaders from './plugins/security-headers.js';
import { rateLimitKey } from './http/client-key.js';
import noStorePlugin from './http/no-store.js';
import lifecyclePlugin from './plugins/lifecycle.js';
import pagesPlugin from './plugins/pages.js';
import backupsPlugin, { type BackupConfig } from './ops/backup-plugin.js';
import backupRoutes from './routes/backups.js';
import outboxPlugin, { type OutboxOptions } from './outbox/plugin.js';
import outboxRoutes from './routes/outbox.js';
import { TicketChangedData, WebhookEvent, webhooksDocument } from '../contract/webhooks.js';
import validationPlugin from './plugins/validation.js';
import { attachRealtime, type HallIo } from './realtime/socket.js';
import authRoutes from './routes/auth.js';
import calendarRoutes from './routes/calendar.js';
import deviceRoutes from './routes/devices.js';
import healthRoutes from './routes/health.js';
import pinyinRoutes from './routes/pinyin.js';
import ticketRoutes from './routes/tickets.js';
import userRoutes from './routes/users.js';
import adminRoutes from './routes/admin.js';
import caseRoutes from './routes/cases.js';
import ratingRoutes from './routes/ratings.js';
import supervisionRoutes from './routes/supervision.js';
import catalogAdminRoutes from './routes/catalog-admin.js';
import rosterRoutes from './routes/roster.js';
import whatIfRoutes from './routes/whatif.js';
import bookingRoutes from './routes/bookings.js';
import dayCloser, { type DayCloserOptions } from './ops/day-closer.js';
import windowRoutes from './routes/windows.js';
import { fromRoot } from './paths.js';

export interface AppOptions {
  /** SQLite file, or ':memory:'. Ignored when `database` is given. */
  dbFile?: string;
  database?: Database_;
  clock?: Clock;
  /** Seed this hall data file into an empty database: demo (shared password) or production (random, must change). */
  seed?: ({ file?: string } & SeedOptions) | false;
  logger?: FastifyServerOptions['logger'];
  rateLimit?: { max: number; timeWindow: number };
  /** Sign-in attempts per client address; default 20 a minute. Lockout tests raise it. */
  loginRateLimit?: { max: number; timeWindow: number };
  cookieSecret?: string;
  pagesDir?: string;
  /** Longest a ticket request waits for the kiosk's printer (ms); default 2000. Tests shorten it. */
  printTimeoutMs?: number;
  /** Scheduled online backups (BACKUP_DIR …); off when absent. */
  backup?: BackupConfig;
  /** Closing the tickets an earlier service day left open (server/ops/day-closer.ts); on by default. */
  dayCloser?: DayCloserOptions;
  /** SMS gateway, webhook retry backoff and timeouts of the outbox dispatcher (server/outbox/). */
  outbox?: OutboxOptions;
  /** Address phones reach the hall at (for the QR tracking link); default: the address the kiosk used. */
  publicUrl?: string;
  /** Other origins whose pages may send state-changing requests (ALLOWED_ORIGINS); the hall's own always may. */
  allowedOrigins?: string[];
  /**
   * Behind a reverse proxy (TRUST_PROXY): true, or the proxy addresses/CIDRs comma-separated (safer:
   * only those may set X-Forwarded-For/Host/Proto). Off by default: forwarded headers are ignored.
   */
  trustProxy?: boolean | string;
  /** How long a command waits for a database lock before answering 503 storage-busy; default 5000 ms. */
  busyTimeoutMs?: number;
  /** Longest a client may take to send a whole request (slow-sender guard); default 30 000 ms. */
  requestTimeoutMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    hall: HallServices;
    io: HallIo;
  }
}

export const DEFAULT_PAGES_DIR = fromRoot('dist');

/**
 * Builds the hall server without listening: external plugins, then ours, then routes.
 * Tests drive the result with `inject` or `listen({ port: 0 })`.
 */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const database = options.database ?? openDatabase(options.dbFile ?? ':memory:', { busyTimeoutMs: options.busyTimeoutMs });
  const seeded = options.seed && isEmpty(database) ? await seedHall(database, readHallFile(options.seed.file ?? DEMO_HALL_FILE), options.seed) : null;
  const services = createServices(database, options.clock ?? Date.now);

  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024,
    // The lifecycle plugin refuses requests while stopping, with the contract's 503 shutting-down.
    return503OnClosing: false,
    routerOptions: { maxParamLength: 100 },
    trustProxy: options.trustProxy ?? false,
    requestTimeout: requestTimeout,
    // node checks request deadlines on this interval; at its 30 s default a short timeout would never fire.
    http: { headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(requestTimeout / 2))) },
    clientErrorHandler,
    frameworkErrors,
    // A hall's access log would be mostly screens polling; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(fp(async (a) => { a.decorate('hall', services); }, { name: 'hall' }));
  if (seeded?.generatedAdminPassword) {
    app.log.warn(`FIRST START · 首次启动: sign in as "admin" with the one-time password ${seeded.generatedAdminPassword} and change it now. It is shown only this once. / 管理员初始密码仅显示这一次，请立即登录修改。`);
  }
  if (!options.database) app.addHook('onClose', async () => database.close());

  // First, so that every plugin after them (docs, static files) answers errors in the contract.
  await app.register(errorsPlugin);
  await app.register(lifecyclePlugin);
  await app.register(originPlugin, { allowedOrigins: options.allowedOrigins ?? [] });
  await app.register(noStorePlugin);

  await app.register(cookie, { secret: cookieSecret(services, options.cookieSecret) });
  await app.register(securityHeaders);
  await app.register(rateLimit, { global: false, keyGenerator: rateLimitKey });
  await app.register(swagger, {
    openapi: {
      // 3.1 for the `webhooks` section: the signed events the hall POSTs to the city platform.
      openapi: '3.1.0',
      webhooks: webhooksDocument(),
      info: { title: 'Hall queueing API 政务服务大厅排队叫号接口', version: '0.1.0', description: 'Commands over HTTP; pushes over Socket.IO (see README).' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hall_sid' }, platformKey: { type: 'http', scheme: 'bearer', description: 'The city platform\'s API key (POST /api/api-clients)' } },
        schemas: { WebhookEvent, TicketChangedData },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  // Commands without options may be posted with no body at all; validate them as `{}`.
  app.addHook('preValidation', async (request) => {
    if (request.method === 'POST' && request.body === undefined) request.body = {};
  });
  await app.register(validationPlugin);
  await app.register(authPlugin);

  await app.register(healthRoutes);
  await app.register(ticketRoutes, {
    rateLimit: options.rateLimit ?? { max: 120, timeWindow: 60_000 },
    ...(options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/+$/, '') } : {}),
    afterIssue: ticketPrinting(services, { timeoutMs: options.printTimeoutMs }),
  });
  await app.register(bookingRoutes, {
    rateLimit: { max: 30, timeWindow: 60_000 },
    ...(options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/+$/, '') } : {}),
  });
  await app.register(pinyinRoutes);
  await app.register(deviceRoutes, { pairRateLimit: { max: 10, timeWindow: 60_000 } });
  await app.register(windowRoutes);
  await app.register(authRoutes, { loginRateLimit: options.loginRateLimit ?? { max: 20, timeWindow: 60_000 } });
  await app.register(userRoutes);
  await app.register(adminRoutes);
  await app.register(ratingRoutes);
  await app.register(caseRoutes, options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/+$/, '') } : {});
  await app.register(calendarRoutes);
  await app.register(backupsPlugin, { backup: options.backup ?? null });
  await app.register(backupRoutes);
  await app.register(outboxPlugin, options.outbox ?? {});
  await app.register(outboxRoutes);
  await app.register(dayCloser, options.dayCloser ?? {});
  await app.register(supervisionRoutes);
  await app.register(catalogAdminRoutes);
  await app.register(rosterRoutes);
  await app.register(whatIfRoutes);
  await app.register(pagesPlugin, { dir: options.pagesDir ?? DEFAULT_PAGES_DIR });

  app.decorate('io', attachRealtime(app, services, { allowedOrigins: options.allowedOrigins ?? [] }));
  return app;
}
