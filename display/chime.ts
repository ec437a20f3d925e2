/**
 * The "ding-dong" before each call, synthesised with Web Audio: no sound file to ship, fetch or
 * fail to load, and it works on a hall LAN with no internet.
 */

export type AudioState = 'running' | 'suspended' | 'unavailable';

const NOTES = [
  { hz: 880, at: 0, length: 0.55 },
  { hz: 659.25, at: 0.45, length: 0.8 },
] as const;
const TOTAL_MS = 1300;
/**
 * A new AudioContext reports 'suspended' for a moment even where sound is allowed; it is only
 * taken as held back by the browser if resume() has not succeeded within this long.
 */
const START_GRACE_MS = 600;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Chime {
  private readonly ctx: AudioContext | null;

  /** `onState` hears every change, e.g. 'running' once a tap has released the sound. */
  constructor(onState: (state: AudioState) => void = () => undefined) {
    let ctx: AudioContext | null = null;
    try {
      ctx = typeof AudioContext === 'undefined' ? null : new AudioContext();
    } catch {
      ctx = null;
    }
    this.ctx = ctx;
    if (ctx) ctx.onstatechange = () => onState(this.state);
  }

  get state(): AudioState {
    if (!this.ctx) return 'unavailable';
    return this.ctx.state === 'running' ? 'running' : 'suspended';
  }

  /**
   * Whether the page may make sound, after giving the context its moment to start. Without a
   * gesture resume() stays pending (it never rejects), hence the race against a timer.
   */
  async ready(): Promise<AudioState> {
    const ctx = this.ctx;
    if (!ctx || ctx.state === 'running') return this.state;
    await Promise.race([ctx.resume().catch(() => undefined), sleep(START_GRACE_MS)]);
    return this.state;
  }

  /** Must run inside a user gesture (click, key) to be allowed. */
  unlock(): void {
    void this.ctx?.resume().catch(() => undefined);
  }

  /** Resolves when the chime has finished; soon, without sound, when the page may not make sound. */
  async play(): Promise<void> {
    const ctx = this.ctx;
    if (!ctx || (await this.ready()) !== 'running') return;
    const start = ctx.currentTime + 0.02;
    for (const n of NOTES) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = n.hz;
      gain.gain.setValueAtTime(0.0001, start + n.at);
      gain.gain.exponentialRampToValueAtTime(0.5, start + n.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + n.at + n.length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + n.at);
      osc.stop(start + n.at + n.length + 0.05);
      // Nodes are released once stopped; disconnecting makes sure nothing piles up over days.
      osc.onended = () => {
        osc.disconnect();
        gain.disconnect();
      };
    }
    await sleep(TOTAL_MS);
  }
}
