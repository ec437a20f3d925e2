import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends JSON text built once (server/app/catalog-cache.ts) with its ETag. `no-cache` lets browsers
 * keep it but ask each time; an unchanged answer is a 304 without a body.
 */
export function sendWithEtag(request: FastifyRequest, reply: FastifyReply, json: { body: string; etag: string }): FastifyReply {
  reply.header('etag', json.etag).header('cache-control', 'no-cache');
  const asked = request.headers['if-none-match'];
  if (asked !== undefined && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === json.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(json.body);
}
