/**
 * Applicants' identity details as lists, screens and documents show them: masked, so a glance
 * over a shoulder or a photo of a notice gives nothing away (3502**********1234, 138****5678).
 * Pure code both ends run.
 */

/** Keep `head` leading and `tail` trailing characters, star the rest; short values show only their tail. */
export function maskMiddle(value: string, head: number, tail: number): string {
  const chars = [...value.trim()];
  if (chars.length === 0) return '';
  if (chars.length <= head + tail) {
    const keep = Math.min(tail, Math.floor(chars.length / 2));
    return '*'.repeat(chars.length - keep) + chars.slice(chars.length - keep).join('');
  }
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(chars.length - tail).join('');
}

/** An identity document number: first 4 and last 4 kept (3502**********1234). */
export const maskIdNumber = (id: string): string => maskMiddle(id, 4, 4);

/** A phone number: first 3 and last 4 kept (138****5678). */
export const maskPhone = (phone: string): string => maskMiddle(phone, 3, 4);

/** A name: the family name (first character) kept, the rest starred (林**). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  return (chars[0] ?? '') + '*'.repeat(chars.length - 1);
}

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';

/** A mainland resident ID (居民身份证号): 18 characters, the last a GB 11643 check character. */
export function isResidentIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = RESIDENT_ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return RESIDENT_ID_CHECK[sum % 11] === id[17];
}

/** Mainland mobile numbers (11 digits from 1) or fixed lines with area code; spaces and dashes allowed. */
export function normalisePhone(phone: string): string | null {
  const digits = phone.replace(/[\s-]/g, '');
  return /^(1\d{10}|0\d{9,11})$/.test(digits) ? digits : null;
}
