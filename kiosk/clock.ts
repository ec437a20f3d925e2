/** Time as the kiosk stores see it: injected, so tests step through retries without waiting. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A repeating timer; returns its cancel. */
  every(ms: number, run: () => void): () => void;
  /** A one-off timer; returns its cancel. */
  after(ms: number, run: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  every(ms, run) {
    const timer = setInterval(run, ms);
    return () => clearInterval(timer);
  },
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};
