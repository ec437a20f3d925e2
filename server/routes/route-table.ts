/**
 * Registers routes from the one table in contract/routes.ts: a route file names its key and
 * writes its handler; schemas, access and documentation come from the table, and every error
 * status gets a schema whose `code` is the enum of the codes that route can answer with it
 * (what /docs/json lists per route).
 */
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyContextConfig } from 'fastify';
import { ERROR_STATUS, isErrorCode, type ErrorCode } from '../../contract/errors.js';
import { ROUTES, type Method, type MethodOf, type PathOf, type RouteKey, type Routes, type RouteSpec } from '../../contract/routes.js';

/** Every route can meet these: a 500 that hides its cause, storage trouble and shutdown answer 503. */
const EVERY_ROUTE: readonly ErrorCode[] = ['internal', 'shutting-down', 'storage-full', 'storage-busy', 'storage-unavailable'];
/** A body that is not JSON, too large, or of another type is refused before validation. */
const WITH_BODY: readonly ErrorCode[] = ['bad-request', 'payload-too-large', 'unsupported-media-type', 'validation-failed'];

/** The codes a route answers because of what kind of route it is (plugins, not its own rules). */
function codesOfKind(method: Method, spec: RouteSpec): ErrorCode[] {
  const codes = [...EVERY_ROUTE];
  if (spec.params || spec.querystring || spec.headers) codes.push('validation-failed');
  if (method !== 'GET') codes.push('origin-forbidden', ...WITH_BODY);
  if (spec.access === 'platform') return [...codes, 'api-key-invalid'];
  if (spec.access !== 'public') codes.push('not-signed-in');
  if (spec.access !== 'public' && spec.allowStalePassword !== true) codes.push('password-change-required');
  if (spec.access === 'approver' || spec.access === 'supervisor' || spec.access === 'admin') codes.push('forbidden');
  return codes;
}

export function methodOf<K extends RouteKey>(key: K): MethodOf<K> {
  const method = key.slice(0, key.indexOf(' '));
  if (method !== 'GET' && method !== 'POST') throw new Error(`route key ${key} has no method`);
  // The key's type says this already; the string operations cannot show it to the compiler.
  return method satisfies Method as MethodOf<K>;
}

export function pathOf<K extends RouteKey>(key: K): PathOf<K> {
  return key.slice(key.indexOf(' ') + 1) as PathOf<K>;
}

/** Every code the route may answer, its own and those of its kind, each once, in the contract's order. */
export function errorCodesOf(key: RouteKey): ErrorCode[] {
  const spec: RouteSpec = ROUTES[key];
  const listed = new Set([...spec.errors, ...codesOfKind(methodOf(key), spec)]);
  return Object.keys(ERROR_STATUS).filter(isErrorCode).filter((code) => listed.has(code));
}

function errorSchema(codes: readonly ErrorCode[]): TSchema {
  return Type.Object({
    error: Type.Object({
      code: Type.Unsafe<ErrorCode>({ type: 'string', enum: [...codes] }),
      message: Type.String(),
      field: Type.Optional(Type.String({ description: 'The request field to fix (validation-failed)' })),
    }),
  }, { description: codes.join(', ') });
}

/** One error schema per status the route can answer, each listing that status's codes. */
export function errorResponses(key: RouteKey): Record<number, TSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(key)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries([...byStatus].map(([status, codes]) => [status, errorSchema(codes)]));
}

type RouteConfig = Omit<FastifyContextConfig, 'access' | 'allowStalePassword'>;
type Documented<S extends RouteSpec> = Omit<S, 'access' | 'allowStalePassword' | 'errors'>;

/** The part of a route's entry that Fastify and the OpenAPI document read as its schema. */
function documented<S extends RouteSpec>(spec: S): Documented<S> {
  const { access: _access, allowStalePassword: _stale, errors: _errors, ...schema } = spec;
  return schema;
}

export interface TableRoute<K extends RouteKey> {
  method: MethodOf<K>;
  url: PathOf<K>;
  config: FastifyContextConfig;
  schema: Documented<Routes[K]> & { security?: ({ session: string[] } | { platformKey: string[] })[] };
}

/**
 * Fastify route options for `app.route({ ...route(key), handler })`: method, URL, access and
 * schemas from the table. `config` adds what only the server decides, such as a rate limit.
 */
export function route<K extends RouteKey>(key: K, config: RouteConfig = {}): TableRoute<K> {
  const spec: RouteSpec = ROUTES[key];
  const response: Routes[K]['response'] = { ...ROUTES[key].response, ...errorResponses(key) };
  const schema: TableRoute<K>['schema'] = { ...documented(ROUTES[key]), response };
  if (spec.access === 'platform') schema.security = [{ platformKey: [] }];
  else if (spec.access !== 'public') schema.security = [{ session: [] }];
  return {
    method: methodOf(key),
    url: pathOf(key),
    config: { ...config, access: spec.access, ...(spec.allowStalePassword ? { allowStalePassword: true } : {}) },
    schema,
  };
}
