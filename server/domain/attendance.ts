/**
 * Time at the windows from the window log (sign-in, pauses with reasons, sign-out): the one
 * reading both the staff assessment (per clerk) and the occupancy report (per window) use.
 */

export interface WindowLogEntry {
  windowId: number;
  at: number;
  type: 'open' | 'close' | 'pause' | 'resume';
  reason: string | null;
}

export interface Attendance {
  /** Minutes signed in, pauses included. */
  signedInMin: number;
  /** Minutes paused, by the reason's kind (the part before ':' of "other: note"). */
  pausedMin: Record<string, number>;
}

const MIN = 60_000;

/** Milliseconds signed in and paused (by reason kind), reading entries in log order; a stint or pause still open at `now` ends now. */
export function attendanceMsOf(rows: readonly WindowLogEntry[], now: number): { signedInMs: number; pausedMs: Record<string, number> } {
  const openSince = new Map<number, number>();
  const pausedSince = new Map<number, { at: number; reason: string }>();
  let signedInMs = 0;
  const pausedMs: Record<string, number> = {};
  const endPause = (windowId: number, at: number) => {
    const p = pausedSince.get(windowId);
    if (!p) return;
    pausedMs[p.reason] = (pausedMs[p.reason] ?? 0) + (at - p.at);
    pausedSince.delete(windowId);
  };
  for (const r of rows) {
    if (r.type === 'open') openSince.set(r.windowId, r.at);
    if (r.type === 'pause') pausedSince.set(r.windowId, { at: r.at, reason: (r.reason ?? 'unspecified').split(':')[0] ?? 'unspecified' });
    if (r.type === 'resume') endPause(r.windowId, r.at);
    if (r.type === 'close') {
      endPause(r.windowId, r.at);
      const since = openSince.get(r.windowId);
      if (since !== undefined) signedInMs += r.at - since;
      openSince.delete(r.windowId);
    }
  }
  for (const [windowId] of pausedSince) endPause(windowId, now);
  for (const since of openSince.values()) signedInMs += now - since;
  return { signedInMs, pausedMs };
}

/** The same in whole minutes, rounded once at the end. */
export function attendanceOf(rows: readonly WindowLogEntry[], now: number): Attendance {
  const ms = attendanceMsOf(rows, now);
  return {
    signedInMin: Math.round(ms.signedInMs / MIN),
    pausedMin: Object.fromEntries(Object.entries(ms.pausedMs).map(([k, v]) => [k, Math.round(v / MIN)])),
  };
}

/** Serving time over staffed, unpaused time, two decimals; null when the window was never staffed. */
export function occupancy(servingMs: number, a: { signedInMs: number; pausedMs: Record<string, number> }): number | null {
  const available = a.signedInMs - Object.values(a.pausedMs).reduce((x, y) => x + y, 0);
  if (available <= 0) return null;
  return Math.round((servingMs / available) * 100) / 100;
}
