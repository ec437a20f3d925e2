import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ERROR_STATUS, isErrorCode, type ErrorBody, type ErrorCode } from '../../contract/errors.js';
import { DomainError } from '../domain/errors.js';

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

/**
 * One place maps failures to responses: rule violations keep their stable code and 4xx status,
 * validation names the field, anything unexpected becomes a bare 500 with nothing internal in it.
 */
export default fp(async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return reply.status(ERROR_STATUS[error.code]).send(body(error.code, error.message));
    }
    if (error.validation) {
      const field = fieldOf(error);
      return reply.status(400).send(body('validation-failed', `${error.validationContext ?? 'request'}${field ? `.${field}` : ''}: ${error.validation[0]?.message ?? 'invalid'}`, field));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('rate-limited', 'too many requests: wait a moment and try again'));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      const code = error.code && isErrorCode(error.code) ? error.code : 'bad-request';
      return reply.status(error.statusCode).send(body(code, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'internal error'));
  });

  app.setNotFoundHandler((request, reply) => reply.status(404).send(body('not-found', `no route ${request.method} ${request.url.split('?')[0] ?? ''}`)));
});
