import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { ErrorResponse, NoBody, SessionUser } from '../../contract/schemas.js';
import { AccountLockedError, changePassword, login, logout, SESSION_TTL_MS, sessionUser } from '../app/auth.js';
import { actorOfRequest, SESSION_COOKIE, sessionIdFrom } from '../plugins/auth.js';

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
  app.post('/api/auth/login', {
    config: { access: 'public', rateLimit: opts.loginRateLimit },
    schema: {
      tags: ['auth'], summary: 'Sign in; sets the session cookie',
      body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
      response: { 200: SessionUser, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
    },
  }, async (request, reply) => {
    const { sessionId, user } = await withRetryAfter(reply, login(app.hall, request.body.username, request.body.password));
    reply.setCookie(SESSION_COOKIE, sessionId, { path: '/', httpOnly: true, sameSite: 'strict', signed: true, maxAge: SESSION_TTL_MS / 1000 });
    return user;
  });

  app.post('/api/auth/logout', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'Sign out; leaves idle windows', body: NoBody, response: { 200: Type.Object({ ok: Type.Literal(true) }) } },
  }, async (request, reply) => {
    const sessionId = sessionIdFrom(app, request);
    if (sessionId) logout(app.hall, sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/auth/me', {
    config: { access: 'staff', allowStalePassword: true },
    schema: { tags: ['auth'], summary: 'Who is signed in, and at which window', response: { 200: SessionUser, 401: ErrorResponse } },
  }, async (request) => {
    return sessionUser(app.hall, actorOfRequest(request));
  });

  app.post('/api/auth/password', {
    config: { access: 'staff', allowStalePassword: true },
    schema: {
      tags: ['auth'],
      summary: 'Change the signed-in account’s password; ends its other sessions',
      description: 'At least 8 characters, not the username, not a common password. Required before anything else after a seeded or reset password.',
      body: Type.Object({
        currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
        newPassword: Type.String({ minLength: 1, maxLength: 256 }),
      }, { additionalProperties: false }),
      response: { 200: SessionUser, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
    },
  }, async (request, reply) => {
    const { currentPassword, newPassword } = request.body;
    return withRetryAfter(reply, changePassword(app.hall, actorOfRequest(request), currentPassword, newPassword));
  });
};

export default routes;
