/** The back office's API client (ui/http.ts, shared with the clerk console) and its words for a failure. */
import { errorCodeOf } from '../ui/api.js';
import { errorMessage } from '../ui/http.js';
import { errorText } from './labels.js';

export type { ApiClient } from '../ui/http.js';

/** What a failed call says on the page: our words for the code, then the server's message. */
export function failureText(e: unknown): string {
  return errorText(errorCodeOf(e), errorMessage(e));
}
