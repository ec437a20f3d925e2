import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isAdmin, type Actor, type AdminActor } from '../app/actor.js';
import { actorOf } from '../app/auth.js';
import { platformClientOf, type PlatformClient } from '../app/api-clients.js';
import type { Access } from '../../contract/access.js';
import { fail } from '../domain/errors.js';

export const SESSION_COOKIE = 'hall_sid';

// Who may call a route (public, staff, supervisor, admin) is declared in the route table; see contract/access.ts.
export { ACCESS_LEVELS, type Access } from '../../contract/access.js';

const ALLOWED: Record<Exclude<Access, 'public' | 'platform'>, readonly Actor['role'][]> = {
  staff: ['clerk', 'approver', 'supervisor', 'admin'],
  approver: ['approver', 'supervisor', 'admin'],
  supervisor: ['supervisor', 'admin'],
  admin: ['admin'],
};
const REFUSAL: Record<Exclude<Access, 'public' | 'platform'>, string> = {
  staff: 'sign in first', approver: 'back-office approvers only', supervisor: 'supervisors and administrators only', admin: 'hall administrators only',
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** A signed-in account whose password must change may still call this route (sign-out, change password, who am I). */
    allowStalePassword?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in account behind the session cookie; null for anonymous callers. */
    actor: Actor | null;
    /** The city platform's client behind the API key of an `access: 'platform'` route. */
    platformClient: PlatformClient | null;
  }
  interface FastifyInstance {
    /** Every `/api` route with its declared access, for the auth matrix test and the docs. */
    routeAccess: { method: string; url: string; access: Access }[];
  }
}

/** Reads the signed session cookie from an HTTP request or a Socket.IO handshake's Cookie header. */
export function sessionIdFromCookies(app: FastifyInstance, cookies: Record<string, string | undefined>): string | undefined {
  const raw = cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = app.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

export function sessionIdFrom(app: FastifyInstance, request: FastifyRequest): string | undefined {
  return sessionIdFromCookies(app, request.cookies);
}

/** The administrator behind an `access: 'admin'` route (checked again, so the type cannot lie). */
export function adminOfRequest(request: FastifyRequest): AdminActor {
  const actor = actorOfRequest(request);
  if (!isAdmin(actor)) fail('forbidden', 'hall administrators only');
  return actor;
}

/** The platform client behind an `access: 'platform'` route (checked again, so the type cannot lie). */
export function platformClientOfRequest(request: FastifyRequest): PlatformClient {
  if (!request.platformClient) fail('api-key-invalid', 'send the API key as authorization: Bearer <key>');
  return request.platformClient;
}

/** The signed-in actor; the route's access level guarantees it is there. */
export function actorOfRequest(request: FastifyRequest): Actor {
  if (!request.actor) fail('not-signed-in', 'sign in first (or the session expired)');
  return request.actor;
}

export default fp(async function auth(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('platformClient', null);
  app.decorate('routeAccess', []);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (access === undefined) throw new Error(`route ${String(route.method)} ${route.url} does not declare config.access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeAccess.push({ method, url: route.url, access });
    }
  });

  // onRequest, before the body is read or validated: a caller without the right gets 401/403,
  // never a validation answer that tells them about the route's body.
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    const access = config.access;
    if (access === undefined) return;
    if (access === 'platform') {
      request.platformClient = platformClientOf(app.hall, request.headers.authorization);
      return;
    }
    const sessionId = sessionIdFrom(app, request);
    request.actor = sessionId ? actorOf(app.hall, sessionId) : null;
    if (access === 'public') return;
    const actor = actorOfRequest(request);
    if (actor.mustChangePassword && config.allowStalePassword !== true) {
      fail('password-change-required', 'change the password before anything else');
    }
    if (!ALLOWED[access].includes(actor.role)) fail('forbidden', REFUSAL[access]);
  });
}, { name: 'auth', dependencies: ['hall'] });
