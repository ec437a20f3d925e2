import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp, type AppOptions } from '../../server/app.js';
import { watchListedErrorCodes } from './listed-error-codes.js';

export interface TestServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
  /** Sign in and return the Cookie header value. */
  login(username: string, password?: string): Promise<string>;
  /** Sign in as clerkNN and open window NN; returns the Cookie header value. */
  clerkAt(windowNumber: number): Promise<string>;
}

export interface TestServerOptions extends AppOptions {
  /**
   * Listen on this port instead of a free one: a restart test closes the server and starts a new
   * one on the same port (with the same `dbFile`), as a hall server coming back would.
   */
  port?: number;
}

/** A real listening hall server on 127.0.0.1 with a fresh, migrated, demo-seeded database. */
export async function startServer(options: TestServerOptions = {}, listen = true): Promise<TestServer> {
  const { port = 0, ...appOptions } = options;
  const app = await buildApp({ dbFile: ':memory:', seed: { password: 'demo' }, rateLimit: { max: 100_000, timeWindow: 60_000 }, pagesDir: inject('pagesDir'),
    // Tests move the clock by days; the minute timer closing earlier days runs only where a test asks for it.
    dayCloser: { disabled: true }, ...appOptions,
  });
  const unlistedCodes = watchListedErrorCodes(app);
  const url = listen ? await app.listen({ port, host: '127.0.0.1' }) : 'http://localhost';
  const login = async (username: string, password = 'demo') => {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (r.statusCode !== 200) throw new Error(`login ${username}: ${r.statusCode} ${r.body}`);
    const c = r.cookies.find((x) => x.name === 'hall_sid');
    if (!c) throw new Error('no session cookie');
    return `${c.name}=${c.value}`;
  };
  return {
    app, url, login,
    async close() {
      await app.close();
      const unlisted = unlistedCodes();
      if (unlisted.length > 0) throw new Error(`error codes missing from contract/routes.ts:\n${unlisted.join('\n')}`);
    },
    async clerkAt(windowNumber: number) {
      const cookie = await login(`clerk${String(windowNumber).padStart(2, '0')}`);
      const r = await app.inject({ method: 'POST', url: `/api/windows/${windowNumber}/open`, headers: { cookie } });
      if (r.statusCode !== 200) throw new Error(`open window ${windowNumber}: ${r.statusCode} ${r.body}`);
      return cookie;
    },
  };
}
