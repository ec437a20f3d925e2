/**
 * "Nobody is touching the kiosk": after `timeoutMs` without activity it calls `onIdle`, and
 * in the last `warnMs` it counts down once a second so the screen can ask "still there?".
 * Timers only, no DOM: the page feeds it activity, the tests drive it with fake timers.
 */
export interface IdleTimerOptions {
  timeoutMs: number;
  warnMs: number;
  /** Seconds left, once when the warning starts and every second after. */
  onCountdown: (secondsLeft: number) => void;
  /** Activity during the warning: hide it. */
  onActive: () => void;
  onIdle: () => void;
}

export class IdleTimer {
  private warnTimer: ReturnType<typeof setTimeout> | null = null;
  private tickTimer: ReturnType<typeof setInterval> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private warning = false;
  private running = false;

  constructor(private options: IdleTimerOptions) {}

  /** Start (or restart) counting from now. */
  start(): void {
    this.running = true;
    this.arm();
  }

  stop(): void {
    this.running = false;
    this.clear();
    this.endWarning();
  }

  /** New times (the hall's settings arrived or changed); counting restarts from now. */
  reconfigure(timeoutMs: number, warnMs: number): void {
    if (timeoutMs === this.options.timeoutMs && warnMs === this.options.warnMs) return;
    this.options = { ...this.options, timeoutMs, warnMs };
    if (this.running) this.poke();
  }

  /** The visitor did something. Cheap: called for every touch. */
  poke(): void {
    if (!this.running) return;
    this.endWarning();
    this.arm();
  }

  private arm(): void {
    this.clear();
    const { timeoutMs, warnMs } = this.options;
    const warnAfter = Math.max(0, timeoutMs - warnMs);
    if (warnMs > 0) this.warnTimer = setTimeout(() => this.beginWarning(), warnAfter);
    this.idleTimer = setTimeout(() => {
      this.clear();
      this.warning = false;
      this.options.onIdle();
      // Keep watching: the next visitor's session starts from home.
      if (this.running) this.arm();
    }, timeoutMs);
  }

  private beginWarning(): void {
    this.warning = true;
    let left = Math.ceil(this.options.warnMs / 1000);
    this.options.onCountdown(left);
    this.tickTimer = setInterval(() => {
      left = Math.max(0, left - 1);
      this.options.onCountdown(left);
    }, 1000);
  }

  private endWarning(): void {
    if (!this.warning) return;
    this.warning = false;
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    this.tickTimer = null;
    this.options.onActive();
  }

  private clear(): void {
    if (this.warnTimer !== null) clearTimeout(this.warnTimer);
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.warnTimer = this.tickTimer = this.idleTimer = null;
  }
}
