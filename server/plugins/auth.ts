import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../app/actor.js';
import { actorOf } from '../app/auth.js';
import { DomainError } from '../domain/errors.js';

export const SESSION_COOKIE = 'hall_sid';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    requireUser: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireAdmin: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

/** Reads the signed session cookie; routes opt in with `preHandler: app.requireUser`. */
export function sessionIdFrom(request: FastifyRequest): string | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

export default fp(async function auth(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorate('requireUser', async (request: FastifyRequest) => {
    request.actor = actorOf(app.hall, sessionIdFrom(request));
    if (!request.actor) throw new DomainError('not-signed-in', 'sign in first (or the session expired)');
  });
  app.decorate('requireAdmin', async (request: FastifyRequest) => {
    request.actor = actorOf(app.hall, sessionIdFrom(request));
    if (!request.actor) throw new DomainError('not-signed-in', 'sign in first (or the session expired)');
    if (request.actor.role !== 'admin') throw new DomainError('forbidden', 'hall managers only');
  });
}, { name: 'auth', dependencies: ['hall'] });
