import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { fail } from '../domain/errors.js';
import { isAllowedOrigin, selfOriginOf } from '../http/origin.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests sent by pages of another origin (a site on the hall's Wi-Fi, or
 * another port of the same host, which SameSite cookies treat as the same site). Runs first, before
 * the body is parsed or anything is written.
 */
export default fp(async function originCheck(app: FastifyInstance, opts: { allowedOrigins?: readonly string[] }) {
  const allowList = opts.allowedOrigins ?? [];
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (!isAllowedOrigin(origin, selfOriginOf(request.protocol, request.host), allowList)) {
      fail('origin-forbidden', 'this request came from a page of another site');
    }
  });
}, { name: 'origin-check' });
