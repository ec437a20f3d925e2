import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { AccountLockedError, changePassword, login, logout, SESSION_TTL_MS, sessionUser } from '../app/auth.js';
import { actorOfRequest, SESSION_COOKIE, sessionIdFrom } from '../plugins/auth.js';
import { route } from './route-table.js';

/** A locked account is told when to try again, as a rate limit would be. */
async function withRetryAfter<T>(reply: FastifyReply, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof AccountLockedError) reply.header('retry-after', String(e.retryAfterSeconds));
    throw e;
  }
}

const routes: FastifyPluginAsyncTypebox<{ loginRateLimit: { max: number; timeWindow: number } }> = async (app, opts) => {
  app.route({
    ...route('POST /api/auth/login', { rateLimit: opts.loginRateLimit }),
    handler: async (request, reply) => {
      const { sessionId, user } = await withRetryAfter(reply, login(app.hall, request.body.username, request.body.password));
      reply.setCookie(SESSION_COOKIE, sessionId, { path: '/', httpOnly: true, sameSite: 'strict', signed: true, maxAge: SESSION_TTL_MS / 1000 });
      return user;
    },
  });

  app.route({
    ...route('POST /api/auth/logout'),
    handler: async (request, reply) => {
      const sessionId = sessionIdFrom(app, request);
      if (sessionId) logout(app.hall, sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  app.route({ ...route('GET /api/auth/me'), handler: async (request) => sessionUser(app.hall, actorOfRequest(request)) });

  app.route({
    // Each try costs a scrypt: limited per address like sign-in, on top of the account lockout.
    ...route('POST /api/auth/password', { rateLimit: opts.loginRateLimit }),
    handler: async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      return withRetryAfter(reply, changePassword(app.hall, actorOfRequest(request), currentPassword, newPassword));
    },
  });
};

export default routes;
