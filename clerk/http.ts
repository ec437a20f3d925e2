import { api, ApiError } from '../ui/api.js';

let onExpired: () => void = () => {};

/** session.ts registers what an expired session does; kept as a hook to avoid an import cycle. */
export function whenSessionExpires(handler: () => void): void {
  onExpired = handler;
}

/** The page's API calls: a 401 anywhere means the session is gone, whatever was being done. */
export async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  try {
    return await api<T>(method, path, body);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'not-signed-in') onExpired();
    throw e;
  }
}

export const windowPath = (windowId: number, action: string): string => `/api/windows/${windowId}/${action}`;

export function errorCode(e: unknown): string {
  return e instanceof ApiError ? e.code : 'internal';
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
