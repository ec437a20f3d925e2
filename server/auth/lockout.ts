/**
 * Per-account lockout: a few honest typos cost nothing, a guessing run slows down exponentially.
 * Counting per account (not per address) means one office NAT cannot lock everyone out, and one
 * attacker cannot spread guesses over every account to stay under a per-address limit.
 */
export const LOCKOUT = {
  /** Consecutive failures before the first lock. */
  threshold: 5,
  firstLockMs: 30_000,
  maxLockMs: 15 * 60_000,
} as const;

/** How long the account is locked after its `failures`-th consecutive failure; 0 below the threshold. */
export function lockDurationMs(failures: number): number {
  if (failures < LOCKOUT.threshold) return 0;
  // Each failure past the threshold doubles the lock; the exponent is capped so it never overflows.
  const doublings = Math.min(failures - LOCKOUT.threshold, 20);
  return Math.min(LOCKOUT.firstLockMs * 2 ** doublings, LOCKOUT.maxLockMs);
}

/** Whole seconds until the lock ends, for Retry-After (never 0 while locked). */
export function retryAfterSeconds(lockedUntil: number, now: number): number {
  return Math.max(1, Math.ceil((lockedUntil - now) / 1000));
}
