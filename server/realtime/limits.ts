/**
 * Per-socket budget for messages from clients. Screens send almost nothing (a snapshot request
 * after a version gap), so a small token bucket is generous for them and stops a script that
 * floods; a client that keeps flooding after being throttled is disconnected.
 */
export interface BucketOptions {
  capacity: number;
  refillPerSec: number;
  /** Refused messages tolerated before the socket is dropped. */
  maxRefused: number;
}

export const CLIENT_MESSAGE_BUDGET: BucketOptions = { capacity: 10, refillPerSec: 1, maxRefused: 50 };

export class TokenBucket {
  private tokens: number;
  private last: number;
  refused = 0;

  constructor(private readonly options: BucketOptions, now: number) {
    this.tokens = options.capacity;
    this.last = now;
  }

  /** 'ok' to serve, 'refuse' to drop this message, 'drop' to disconnect the client. */
  take(now: number): 'ok' | 'refuse' | 'drop' {
    this.tokens = Math.min(this.options.capacity, this.tokens + ((now - this.last) / 1000) * this.options.refillPerSec);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 'ok';
    }
    this.refused += 1;
    return this.refused > this.options.maxRefused ? 'drop' : 'refuse';
  }
}
