import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Two validators: path, query and headers arrive as strings and are coerced to the schema's
 * types ("5" → 5), but a JSON body is taken as sent — `{"matterId": 12}` is a client bug to
 * report, not a string to guess.
 */
export default fp(async function validation(app: FastifyInstance) {
  const common = { allErrors: false, strict: false, removeAdditional: false, useDefaults: true } as const;
  const coercing = new Ajv({ ...common, coerceTypes: 'array' });
  const exact = new Ajv({ ...common, coerceTypes: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? exact : coercing).compile(schema));
});
