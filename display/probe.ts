import type { ConnectionState } from '../ui/hall-socket.js';

/**
 * What the screen did, readable from outside (`window.hallDisplay`): browser tests wait on it,
 * and a technician can check a TV from its devtools console. Counts only, no personal data.
 */
export interface DisplayProbe {
  /** Date.now() when the page loaded: unchanged means no reload happened. */
  loadedAt: number;
  version: number | null;
  connection: ConnectionState;
  /** Calls that arrived live for this screen (each is highlighted, and queued when voice is on). */
  announced: number;
  spoken: number;
  unspoken: number;
  lastProblem: string | null;
  highlight: string | null;
}

declare global {
  interface Window {
    hallDisplay?: DisplayProbe;
  }
}

export function publishProbe(probe: DisplayProbe): void {
  window.hallDisplay = probe;
}
