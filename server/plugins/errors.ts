import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Socket } from 'node:net';
import { ERROR_STATUS, isErrorCode, type ErrorBody, type ErrorCode } from '../../contract/errors.js';
import { DomainError } from '../domain/errors.js';
import { classifyStorageError, RETRY_AFTER_SECONDS, STORAGE_MESSAGES, type StorageFailure } from '../db/storage-errors.js';
import { contractErrorFor, rawErrorResponse } from '../http/error-contract.js';
import { methodsAt, routePattern, type RoutePattern } from '../http/route-patterns.js';

function body(code: ErrorCode, message: string, field?: string): ErrorBody {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}

/** Turns "/body/matterId" or "body must have required property 'x'" into the field name a person fixes. */
function fieldOf(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  const missing = first.params && 'missingProperty' in first.params ? String(first.params.missingProperty) : undefined;
  const extra = first.params && 'additionalProperty' in first.params ? String(first.params.additionalProperty) : undefined;
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return missing ?? extra ?? (path || undefined);
}

function sendFrameworkError(reply: FastifyReply, status: number, frameworkCode?: string): FastifyReply {
  const answer = contractErrorFor(status, frameworkCode);
  return reply.status(answer.status).type('application/json; charset=utf-8').send(answer.body);
}

/**
 * Fastify's `frameworkErrors` option: a bad percent-encoding in the URL (400) or a path parameter
 * longer than maxParamLength (414) is refused before routing; answer it in the contract too.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  sendFrameworkError(reply.header('cache-control', 'no-store'), error.statusCode ?? 400, error.code);
}

const CLIENT_ERROR_STATUS: Partial<Record<string, number>> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
};

/**
 * Fastify's `clientErrorHandler` option: node's HTTP parser refused the connection (headers over
 * 16 KB, a request that took longer than requestTimeout, bytes that are not HTTP). There is no
 * request object, so the contract's answer is written on the socket as is. A reset connection has
 * nobody to answer and is not worth a log line (a reset flood would otherwise fill the log).
 */
export function clientErrorHandler(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(rawErrorResponse(CLIENT_ERROR_STATUS[error.code ?? ''] ?? 400));
  socket.destroy();
}

/** Logs one warning per kind of storage failure a minute: a full disk must not fill the log too. */
function storageWarner(app: FastifyInstance) {
  const last = new Map<StorageFailure, { at: number; suppressed: number }>();
  return (failure: StorageFailure, sqliteCode: unknown) => {
    const now = Date.now();
    const seen = last.get(failure);
    if (seen && now - seen.at < 60_000) {
      seen.suppressed += 1;
      return;
    }
    app.log.warn({ storage: failure, sqliteCode, suppressedSinceLastWarning: seen?.suppressed ?? 0 }, `storage failure: ${failure}, commands answer 503 until it clears`);
    last.set(failure, { at: now, suppressed: 0 });
  };
}

/**
 * One place maps failures to responses, all as `{ error: { code, message } }`: rule violations keep
 * their stable code and 4xx status, validation names the field, storage trouble is a 503 to retry,
 * framework refusals get the code of their status and a message of ours (no FST_ names, no
 * framework wording), anything unexpected becomes a bare 500 with nothing internal in it.
 */
export default fp(async function errorHandler(app: FastifyInstance) {
  const warnStorage = storageWarner(app);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return reply.status(ERROR_STATUS[error.code]).send(body(error.code, error.message));
    }
    if (error.validation) {
      const field = fieldOf(error);
      return reply.status(400).send(body('validation-failed', `${error.validationContext ?? 'request'}${field ? `.${field}` : ''}: ${error.validation[0]?.message ?? 'invalid'}`, field));
    }
    const storage = classifyStorageError(error);
    if (storage) {
      warnStorage(storage, error.code);
      return reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS[storage])).send(body(storage, STORAGE_MESSAGES[storage]));
    }
    const status = error.statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      // Our own plugins may throw a contract code with its status; keep their message then.
      if (error.code && isErrorCode(error.code) && ERROR_STATUS[error.code] === status) return reply.status(status).send(body(error.code, error.message));
      return sendFrameworkError(reply, status, error.code);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendFrameworkError(reply, 500);
  });

  // A known address asked with another method is a 405 that lists the right ones, not a 404.
  const routes: RoutePattern[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(routePattern(route.url, [route.method].flat()));
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = methodsAt(routes, path);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return reply.status(405).header('allow', allowed.join(', ')).send(body('method-not-allowed', `${request.method} is not accepted here; use ${allowed.join(' or ')}`));
    }
    return reply.status(404).send(body('not-found', `no route ${request.method} ${path.slice(0, 200)}`));
  });
});
