/**
 * The booking code as the kiosk handles it (预约码): typed on the screen's keys or read by the
 * scanner off the booking's QR code, which holds exactly the code. Pure.
 */

/** Every booking code has this many characters (server/app/bookings.ts). */
export const CODE_LENGTH = 8;

/** What the server compares: capitals, no spaces or dashes (a visitor may copy "ABCD-2345"). */
export const normaliseCode = (raw: string): string => raw.trim().toUpperCase().replace(/[\s-]/g, '');

/** One more key: letters and digits only, at most a whole code. */
export function addCodeKey(code: string, key: string): string {
  return /^[a-z0-9]$/i.test(key) && code.length < CODE_LENGTH ? code + key.toUpperCase() : code;
}

/** A scan that can be a booking code; anything else (a link, a case notice) is not one. */
export function scannedCode(text: string): string | null {
  const code = normaliseCode(text);
  return /^[A-Z0-9]{4,16}$/.test(code) ? code : null;
}

/** When check-in opens, from the server's refusal: "check-in opens at 09:30" or "… at 2026-12-01 09:30". */
export function opensAtOf(message: string): { day: string | null; time: string } | null {
  const m = /opens at (?:(\d{4}-\d{2}-\d{2}) )?(\d{2}:\d{2})/.exec(message);
  return m?.[2] ? { day: m[1] ?? null, time: m[2] } : null;
}
