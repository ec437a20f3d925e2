import { isErrorCode, type ErrorBody, type ErrorCode } from '../contract/errors.js';
import type { RouteInput, RouteKey, RouteResponse } from '../contract/routes.js';

/** What a page can learn about a failed call: the server's stable code, or `network` when it was not reached. */
export type ApiErrorCode = ErrorCode | 'network';

/** A failed API call: `code` is the server's stable error code, or `network` when it was not reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The one way pages read an error's code. Anything that is not an ApiError was thrown by the
 * page's own code, not by the server or the network, so it is `internal`.
 */
export function errorCodeOf(e: unknown): ApiErrorCode {
  return e instanceof ApiError ? e.code : 'internal';
}

export interface ApiOptions {
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Give up after this long (ms) and report `network`; default 8000. */
  timeoutMs?: number;
  /** Extra request headers, e.g. a kiosk's `x-device-key`. */
  headers?: Record<string, string>;
}

function isErrorBody(v: unknown): v is ErrorBody {
  return typeof v === 'object' && v !== null && 'error' in v && typeof v.error === 'object' && v.error !== null
    && 'code' in v.error && typeof v.error.code === 'string' && isErrorCode(v.error.code);
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** JSON over fetch with the session cookie; every failure becomes an ApiError the page can switch on. */
async function send(method: string, path: string, body: unknown, options: ApiOptions): Promise<unknown> {
  const headers: Record<string, string> = { ...options.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 8000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? null : JSON.stringify(body), credentials: 'same-origin', signal });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : 'network error');
  }
  const parsed = parseJson(await response.text());
  if (!response.ok) {
    if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error.code, parsed.error.message);
    throw new ApiError(response.status, response.status >= 500 ? 'internal' : 'bad-request', `HTTP ${response.status}`);
  }
  return parsed;
}

type Scalar = string | number | boolean;

/** `/api/windows/:windowId/open` with `{ windowId: 5 }` → `/api/windows/5/open`. */
export function fillPath(pattern: string, params: Readonly<Record<string, Scalar>> = {}): string {
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${pattern}`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: Readonly<Record<string, Scalar | undefined>> | undefined): string {
  const pairs = Object.entries(query ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]));
  return pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString()}`;
}

interface LooseInput {
  params?: Readonly<Record<string, Scalar>>;
  body?: unknown;
  query?: Readonly<Record<string, Scalar | undefined>>;
}

/**
 * Calls one route of the API (contract/routes.ts) with its typed input and answer:
 * `call('POST /api/windows/:windowId/call-next', { params: { windowId } })`.
 * A wrong body, a missing path parameter or an unknown route does not compile.
 */
export async function call<K extends RouteKey>(route: K, input: RouteInput<K>, options?: ApiOptions): Promise<RouteResponse<K>>;
export async function call(route: RouteKey, input: LooseInput, options: ApiOptions = {}): Promise<unknown> {
  const space = route.indexOf(' ');
  const method = route.slice(0, space);
  const path = fillPath(route.slice(space + 1), input.params) + queryString(input.query);
  return send(method, path, input.body, options);
}

/** A key that stays the same across retries of one intended action, and differs between actions. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
