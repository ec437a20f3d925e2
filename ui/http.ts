/** What staff pages (clerk console, back office) wrap around ui/api.ts's typed `call`. */
import type { call } from './api.js';
import { errorCodeOf } from './api.js';

/** The page's typed API client as a store receives it (`call` in the page; tests wrap it per simulated browser). */
export type ApiClient = typeof call;

/** A 401 anywhere means the session is gone, whatever was being done. */
export function withSessionExpiry(client: ApiClient, onExpired: () => void): ApiClient {
  return async (route, input, options) => {
    try {
      return await client(route, input, options);
    } catch (e) {
      if (errorCodeOf(e) === 'not-signed-in') onExpired();
      throw e;
    }
  };
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
