import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorResponse, SessionUser } from '../../contract/schemas.js';
import { login, logout, SESSION_TTL_MS, sessionUser } from '../app/auth.js';
import { actorOfRequest, SESSION_COOKIE, sessionIdFrom } from '../plugins/auth.js';

const routes: FastifyPluginAsyncTypebox<{ loginRateLimit: { max: number; timeWindow: number } }> = async (app, opts) => {
  app.post('/api/auth/login', {
    config: { access: 'public', rateLimit: opts.loginRateLimit },
    schema: {
      tags: ['auth'], summary: 'Sign in; sets the session cookie',
      body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
      response: { 200: SessionUser, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
    },
  }, async (request, reply) => {
    const { sessionId, user } = await login(app.hall, request.body.username, request.body.password);
    reply.setCookie(SESSION_COOKIE, sessionId, { path: '/', httpOnly: true, sameSite: 'strict', signed: true, maxAge: SESSION_TTL_MS / 1000 });
    return user;
  });

  app.post('/api/auth/logout', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'Sign out; leaves idle windows', response: { 200: Type.Object({ ok: Type.Literal(true) }) } },
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
};

export default routes;
