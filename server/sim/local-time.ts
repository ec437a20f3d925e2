/**
 * Instants as the simulator's files write them: ISO 8601 with the hall's offset, so a reader in
 * the hall sees the clock on the wall (the other way, clock → instant: common/hall-time.ts).
 */
import { hallClockParts, offsetAt } from '../../common/hall-time.js';

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
