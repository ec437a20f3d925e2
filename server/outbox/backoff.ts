/** When a failed delivery is tried again: exponential backoff, then give up (an admin may retry). */
export interface Backoff {
  /** Wait after the first failure (ms); doubles after each further one. */
  baseMs: number;
  maxMs: number;
  /** Attempts before the row is marked failed. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, maxMs: 10 * 60_000, maxAttempts: 12 };

/** After `attempts` failed tries (1 = the first): the next attempt's time, or null to give up. */
export function nextAttemptAfter(b: Backoff, attempts: number, now: number): number | null {
  if (attempts >= b.maxAttempts) return null;
  const wait = Math.min(b.maxMs, b.baseMs * 2 ** Math.min(attempts - 1, 30));
  return now + wait;
}
