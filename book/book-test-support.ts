/**
 * What the booking page's tests share: the one-time code from the recording notifier
 * (tests/support/sms.ts), and timers fired by hand.
 */
export { codeSentTo } from '../tests/support/sms.js';

/** A clock the test moves, whose repeating timers run only when the test says. */
export function handClock(now: () => number) {
  const timers = new Map<number, () => void>();
  let made = 0;
  return {
    now,
    every(_ms: number, run: () => void) {
      const id = ++made;
      timers.set(id, run);
      return () => void timers.delete(id);
    },
    tick() {
      for (const run of [...timers.values()]) run();
    },
    running: () => timers.size,
  };
}
