/** How one kiosk is set up, from its URL (e.g. /kiosk?device=K01&idle=90). */
export interface KioskConfig {
  /** Device id the server knows the printer of; null when the URL names none (nothing is printed). */
  deviceId: string | null;
  /** No touch for this long → back to home with nothing of the visitor left. */
  idleMs: number;
  /** The ticket screen returns home after this long. */
  ticketReturnMs: number;
  /** The ticket screen stays longer when nothing was printed, so the visitor can photograph it. */
  unprintedReturnMs: number;
  /** The last part of the idle time during which "still there?" is shown. */
  idleWarnMs: number;
}

export const DEFAULT_IDLE_SECONDS = 60;

function seconds(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name);
  const n = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
  // A typo in a kiosk's URL must not make it reset every second or never.
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) * 1000 : fallback * 1000;
}

/** The hall's own kiosk times (settings at /admin); a kiosk's URL still wins, for one kiosk set apart. */
export interface HallKioskTimes {
  kioskIdleSec?: number;
  kioskTicketReturnSec?: number;
}

export function kioskConfig(search: string, hall: HallKioskTimes = {}): KioskConfig {
  const params = new URLSearchParams(search);
  const device = params.get('device')?.trim() ?? '';
  const idleMs = seconds(params, 'idle', hall.kioskIdleSec ?? DEFAULT_IDLE_SECONDS, 5, 3600);
  const ticketReturnMs = Math.min(idleMs, seconds(params, 'back', hall.kioskTicketReturnSec ?? 20, 3, 600));
  return {
    deviceId: /^[A-Za-z0-9_-]{1,32}$/.test(device) ? device : null,
    idleMs,
    ticketReturnMs,
    // 25 s more to take out a phone and photograph the number and QR code.
    unprintedReturnMs: Math.min(idleMs, ticketReturnMs + 25_000),
    idleWarnMs: Math.min(10_000, Math.floor(idleMs / 3)),
  };
}
