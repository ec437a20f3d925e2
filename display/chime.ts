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

export class Chime {
  private ctx: AudioContext | null = null;

  constructor() {
    if (typeof AudioContext === 'undefined') return;
    try {
      // Created at start-up so its state tells at once whether the browser lets the page make
      // sound before someone touches it (see SoundGate).
      this.ctx = new AudioContext();
    } catch {
      this.ctx = null;
    }
  }

  get state(): AudioState {
    if (!this.ctx) return 'unavailable';
    return this.ctx.state === 'running' ? 'running' : 'suspended';
  }

  /** Must run inside a user gesture (click, key) to be allowed. */
  unlock(): void {
    void this.ctx?.resume().catch(() => undefined);
  }

  /** Resolves when the chime has finished; at once when the page may not make sound yet. */
  play(): Promise<void> {
    const ctx = this.ctx;
    if (!ctx) return Promise.resolve();
    if (ctx.state !== 'running') {
      // resume() without a gesture stays pending until one happens: never wait on it here,
      // or the whole announcement queue would stall behind a blocked chime.
      void ctx.resume().catch(() => undefined);
      return Promise.resolve();
    }
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
    return new Promise((resolve) => setTimeout(resolve, TOTAL_MS));
  }
}
