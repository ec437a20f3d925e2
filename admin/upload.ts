/**
 * Sending a sample or blank form as the raw file (the typed `call()` sends JSON only). Same origin,
 * with the session cookie, as `call()` does: the browser's own Origin header passes the server's
 * origin check.
 */
import type { Static } from '@sinclair/typebox';
import { isErrorCode } from '../contract/errors.js';
import type { CATALOG_ADMIN_ROUTES, MatterFormDto } from '../contract/routes-catalog-admin.js';
import { ApiError, fillPath } from '../ui/api.js';

export type FormQuery = Static<(typeof CATALOG_ADMIN_ROUTES)['POST /api/matters/:id/forms']['querystring']>;

/** Uploads `file` to the matter; fails with the server's code (form-type-refused, form-too-large…) as an ApiError. */
export type UploadForm = (matterId: string, query: FormQuery, file: Blob) => Promise<MatterFormDto>;

function errorOf(status: number, parsed: unknown): ApiError {
  if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
    const { error } = parsed;
    if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && isErrorCode(error.code)) {
      const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
      return new ApiError(status, error.code, message);
    }
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'bad-request', `HTTP ${status}`);
}

/** The upload over `send` (the page's fetch; a test's sends to its server with its browser's cookies). */
export const uploadWith = (send: typeof fetch): UploadForm => async (matterId, query, file) => {
  const pairs = Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]));
  const path = `${fillPath('/api/matters/:id/forms', { id: matterId })}?${new URLSearchParams(pairs).toString()}`;
  // A file the browser cannot type is sent as bytes of no type: the server refuses it by name.
  const type = file.type || 'application/octet-stream';
  let response: Response;
  try {
    response = await send(path, { method: 'POST', body: file, headers: { 'content-type': type }, credentials: 'same-origin', signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : 'network error');
  }
  const text = await response.text();
  let parsed: unknown = null;
  try { parsed = text ? JSON.parse(text) : null; } catch { parsed = null; }
  if (!response.ok) throw errorOf(response.status, parsed);
  // The route's 201 answer is a MatterForm (contract/routes-catalog-admin.ts).
  return parsed as MatterFormDto;
};

export const uploadForm: UploadForm = uploadWith((input, init) => fetch(input, init));
