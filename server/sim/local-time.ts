/**
 * Hall-local wall clock ↔ instants. Scenarios are written in the hall's local time and the
 * output is ISO 8601 with the hall's offset, so a reader in the hall sees the clock on the wall.
 */
import { hallClockParts } from '../../common/hall-time.js';

/** The zone's offset from UTC in ms at an instant (Asia/Shanghai: +8 h). */
function offsetAt(at: number, timeZone: string): number {
  const p = hallClockParts(at, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * The instant of `date` (YYYY-MM-DD) plus `msOfDay` on the hall's clock. Two rounds settle the
 * offset on either side of a daylight-saving change; China has none, other halls may.
 */
export function hallInstant(date: string, msOfDay: number, timeZone: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + msOfDay;
  let at = wall - offsetAt(wall, timeZone);
  at = wall - offsetAt(at, timeZone);
  return at;
}

/** "HH:MM" or "HH:MM:SS" (00:00 … 24:00) → ms since the hall's midnight; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? '0')];
  if (min > 59 || s > 59 || h > 24 || (h === 24 && (min > 0 || s > 0))) return undefined;
  return ((h * 60 + min) * 60 + s) * 1000;
}

const two = (n: number) => String(n).padStart(2, '0');

/** 2026-12-01T08:31:05+08:00 (milliseconds only when there are some). */
export function isoWithOffset(at: number, timeZone: string): string {
  const p = hallClockParts(at, timeZone);
  const offsetMin = Math.round(offsetAt(at, timeZone) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const ms = ((at % 1000) + 1000) % 1000;
  const frac = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${frac}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Hall-local hour of day (0–23) of an instant. */
export function hallHour(at: number, timeZone: string): number {
  return Number(hallClockParts(at, timeZone).hour);
}
