/** The route table as the app publishes it at /docs/json, so a new route is fuzzed without editing the fuzzer. */
import type { JsonSchema } from './schema-gen.js';

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** OpenAPI template, `/api/tickets/{id}`. */
  path: string;
  params: Param[];
  body: JsonSchema | undefined;
}

interface OpenApiDoc {
  paths?: Record<string, Record<string, {
    parameters?: { name: string; in: Param['in']; required?: boolean; schema?: JsonSchema }[];
    requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(byMethod)) {
      if (!METHODS.has(method)) continue;
      ops.push({
        method: method.toUpperCase(), path,
        params: (op.parameters ?? []).map((p) => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {} })),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return ops;
}

/** `#/components/schemas/def-0` → the schema; an unknown ref is a broken doc, worth a loud failure. */
export function refResolver(doc: OpenApiDoc): (ref: string) => JsonSchema {
  return (ref) => {
    const name = ref.replace(/^#\/components\/schemas\//, '');
    const found = doc.components?.schemas?.[name];
    if (!found) throw new Error(`/docs/json refers to ${ref}, which it does not define`);
    return found;
  };
}

/** Paths the docs hide on purpose (pages, static files, the docs themselves); fuzzed as well. */
export const HIDDEN_PATHS = [
  '/', '/kiosk', '/t/{id}', '/display', '/display/window/{number}', '/clerk', '/admin', '/favicon.ico',
  // {id} and {token} are filled like any path parameter: never a real document or case, so the pages must still answer.
  '/backoffice', '/d/{id}', '/c/{token}', '/rate/{number}',
  '/docs', '/docs/json', '/docs/yaml', '/docs/static/index.html', '/docs/static/swagger-initializer.js',
];
