import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { resolve } from 'node:path';
import { cookieSecret } from './app/auth.js';
import { createServices, type HallServices } from './app/context.js';
import { ticketPrinting } from './app/printing.js';
import { openDatabase, type Database_ } from './db/client.js';
import { DEMO_HALL_FILE, isEmpty, readHallFile, seedHall } from './db/seed.js';
import type { Clock } from './domain/time.js';
import authPlugin from './plugins/auth.js';
import errorsPlugin from './plugins/errors.js';
import pagesPlugin from './plugins/pages.js';
import validationPlugin from './plugins/validation.js';
import { attachRealtime, type HallIo } from './realtime/socket.js';
import authRoutes from './routes/auth.js';
import deviceRoutes from './routes/devices.js';
import healthRoutes from './routes/health.js';
import pinyinRoutes from './routes/pinyin.js';
import ticketRoutes from './routes/tickets.js';
import windowRoutes from './routes/windows.js';

export interface AppOptions {
  /** SQLite file, or ':memory:'. Ignored when `database` is given. */
  dbFile?: string;
  database?: Database_;
  clock?: Clock;
  /** Seed this hall data file into an empty database (demo mode). */
  seed?: { file?: string; password: string } | false;
  logger?: FastifyServerOptions['logger'];
  rateLimit?: { max: number; timeWindow: number };
  cookieSecret?: string;
  pagesDir?: string;
  /** Longest a ticket request waits for the kiosk's printer (ms); default 2000. Tests shorten it. */
  printTimeoutMs?: number;
  /** Address phones reach the hall at (for the QR tracking link); default: the address the kiosk used. */
  publicUrl?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    hall: HallServices;
    io: HallIo;
  }
}

export const DEFAULT_PAGES_DIR = resolve(import.meta.dirname, '../dist');

/**
 * Builds the hall server without listening: external plugins, then ours, then routes.
 * Tests drive the result with `inject` or `listen({ port: 0 })`.
 */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const database = options.database ?? openDatabase(options.dbFile ?? ':memory:');
  if (options.seed && isEmpty(database)) {
    await seedHall(database, readHallFile(options.seed.file ?? DEMO_HALL_FILE), { password: options.seed.password });
  }
  const services = createServices(database, options.clock ?? Date.now);

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024,
    // A hall's access log would be mostly screens polling; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(fp(async (a) => { a.decorate('hall', services); }, { name: 'hall' }));
  if (!options.database) app.addHook('onClose', async () => database.close());

  await app.register(cookie, { secret: cookieSecret(services, options.cookieSecret ?? process.env.SESSION_SECRET) });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'], connectSrc: ["'self'", 'ws:', 'wss:'], mediaSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    // Halls run on plain HTTP inside a LAN; HSTS would lock screens out.
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Hall queueing API 政务服务大厅排队叫号接口', version: '0.1.0', description: 'Commands over HTTP; pushes over Socket.IO (see README).' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hall_sid' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  // Commands without options may be posted with no body at all; validate them as `{}`.
  app.addHook('preValidation', async (request) => {
    if (request.method === 'POST' && request.body === undefined) request.body = {};
  });
  await app.register(validationPlugin);
  await app.register(errorsPlugin);
  await app.register(authPlugin);

  await app.register(healthRoutes);
  await app.register(ticketRoutes, {
    rateLimit: options.rateLimit ?? { max: 120, timeWindow: 60_000 },
    ...(options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/+$/, '') } : {}),
    afterIssue: ticketPrinting(services, { timeoutMs: options.printTimeoutMs }),
  });
  await app.register(pinyinRoutes);
  await app.register(deviceRoutes);
  await app.register(windowRoutes);
  await app.register(authRoutes, { loginRateLimit: { max: 20, timeWindow: 60_000 } });
  await app.register(pagesPlugin, { dir: options.pagesDir ?? DEFAULT_PAGES_DIR });

  app.decorate('io', attachRealtime(app, services));
  return app;
}
