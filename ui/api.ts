import type { ErrorBody } from '../contract/errors.js';

/** A failed API call: `code` is the server's stable error code, or `network` when it was not reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
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
  return typeof v === 'object' && v !== null && 'error' in v && typeof v.error === 'object' && v.error !== null && 'code' in v.error;
}

/** JSON over fetch with the session cookie; every failure becomes an ApiError the page can switch on. */
export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown, options: ApiOptions = {}): Promise<T> {
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
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error.code, parsed.error.message);
    throw new ApiError(response.status, response.status >= 500 ? 'internal' : 'bad-request', `HTTP ${response.status}`);
  }
  return parsed as T;
}

/** A key that stays the same across retries of one intended action, and differs between actions. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
