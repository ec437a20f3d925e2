/** A clock tests move by hand: the server reads it through AppOptions.clock. */
export function movableClock(start = Date.UTC(2026, 10, 30, 1, 0, 0)) {
  let now = start;
  const clock = () => now;
  return Object.assign(clock, {
    advance(ms: number) {
      now += ms;
    },
    set(ms: number) {
      now = ms;
    },
  });
}
