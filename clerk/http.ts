/** The console's API client and its session-expiry wrapper live in ui/http.ts, shared with the back office. */
export { errorMessage, withSessionExpiry, type ApiClient } from '../ui/http.js';
