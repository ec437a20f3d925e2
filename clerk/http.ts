import type { call } from '../ui/api.js';
import { errorCodeOf } from '../ui/api.js';

/** The page's typed API client as the console receives it (ui/api.ts's `call`; tests wrap it per simulated browser). */
export type ApiClient = typeof call;

/** The console's API calls: a 401 anywhere means the session is gone, whatever was being done. */
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
