/**
 * The case number as a visitor types it on the kiosk's keypad: the hall code is printed for them,
 * they type the date and the sequence ("XMSZ-20261201-0042" → 202612010042) and see it formatted
 * as they go. Pure.
 */

/** yyyymmdd */
export const DATE_DIGITS = 8;
/** The sequence has at least 3 digits (server/domain numbering); room for busy years. */
export const MIN_SEQ_DIGITS = 3;
export const MAX_DIGITS = DATE_DIGITS + 6;

/** What the visitor has typed so far, formatted: "XMSZ-2026120", "XMSZ-20261201-004". */
export function formatCaseDigits(hallCode: string, digits: string): string {
  const date = digits.slice(0, DATE_DIGITS);
  const seq = digits.slice(DATE_DIGITS);
  return [hallCode, date, seq].filter((part) => part !== '').join('-');
}

/** One more key: digits only, bounded. */
export function addDigit(digits: string, key: string): string {
  return /^\d$/.test(key) && digits.length < MAX_DIGITS ? digits + key : digits;
}

/** The whole case number once enough is typed, else null (the OK key stays off). */
export function caseNumberOf(hallCode: string, digits: string): string | null {
  return digits.length >= DATE_DIGITS + MIN_SEQ_DIGITS ? formatCaseDigits(hallCode, digits) : null;
}

/** What a ticket-exists refusal names: "… already has ticket R012 …" → "R012". */
export function heldTicketOf(serverMessage: string): string | null {
  return /\bticket ([A-Z]+\d{3,})\b/.exec(serverMessage)?.[1] ?? null;
}
