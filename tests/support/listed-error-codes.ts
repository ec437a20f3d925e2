import type { FastifyInstance } from 'fastify';
import type { ErrorCode } from '../../contract/errors.js';
import { isRouteKey, type RouteKey } from '../../contract/routes.js';
import { errorCodesOf } from '../../server/routes/route-table.js';

function codeOf(payload: unknown): string | undefined {
  if (typeof payload !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(payload);
    if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return undefined;
    const error: unknown = parsed.error;
    return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Watches every error a test server answers on an `/api` route and notes each code that route does
 * not list in contract/routes.ts (with the codes of its kind): the OpenAPI lists must stay honest.
 * Installed by startServer, so every test that meets an error checks it; `close()` reports.
 */
export function watchListedErrorCodes(app: FastifyInstance, listed: (key: RouteKey) => readonly ErrorCode[] = errorCodesOf): () => string[] {
  const unlisted = new Set<string>();
  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.routeOptions.url;
    if (reply.statusCode < 400 || url === undefined || !url.startsWith('/api/')) return payload;
    const key = `${request.method === 'HEAD' ? 'GET' : request.method} ${url}`;
    const code = codeOf(payload);
    if (!isRouteKey(key)) unlisted.add(`${key} is not in contract/routes.ts`);
    else if (code === undefined || !listed(key).some((c) => c === code)) unlisted.add(`${key} answered ${reply.statusCode} ${code ?? '(no code)'}, which its errors do not list`);
    return payload;
  });
  return () => [...unlisted];
}
