/** Display helpers. Times come from the server; the hall's time zone decides the wall clock. */
import { hallTimeWithSeconds } from '../common/hall-time.js';

/** HH:MM:SS of an ISO instant in the hall's time zone (the console PC may be set otherwise). */
export function clockTime(iso: string | null, timeZone: string): string {
  return iso === null ? '—' : hallTimeWithSeconds(Date.parse(iso), timeZone);
}

/** "12 分钟" / "1 小时 5 分钟": short, for waits and service times. */
export function minutesText(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes)) return '—';
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} 分钟`;
  return `${Math.floor(m / 60)} 小时 ${m % 60} 分钟`;
}

/** Whole seconds between two instants, never negative (clocks of two machines differ a little). */
export function secondsBetween(fromIso: string | null, nowMs: number): number | null {
  if (fromIso === null) return null;
  return Math.max(0, Math.floor((nowMs - Date.parse(fromIso)) / 1000));
}

/** "45 秒" / "3 分 05 秒" for a running timer. */
export function elapsedText(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${seconds} 秒`;
  return `${Math.floor(seconds / 60)} 分 ${String(seconds % 60).padStart(2, '0')} 秒`;
}

/** Within this many minutes of the slot's start a visitor counts as on time (准时). */
export const ON_TIME_MINUTES = 2;

export type Arrival = 'early' | 'on-time' | 'late';

export const arrivalOf = (minutes: number): Arrival => (Math.abs(minutes) <= ON_TIME_MINUTES ? 'on-time' : minutes < 0 ? 'early' : 'late');

/** 预约 09:30 · 早到 12 分钟 / booked 09:30 · 12 min early: an appointment ticket's slot and how the visitor came. */
export function bookingText(b: { start: string; arrivalMinutes: number }): { zh: string; en: string } {
  const m = Math.abs(b.arrivalMinutes);
  const [zh, en] = {
    'on-time': ['准时', 'on time'],
    early: [`早到 ${m} 分钟`, `${m} min early`],
    late: [`迟到 ${m} 分钟`, `${m} min late`],
  }[arrivalOf(b.arrivalMinutes)];
  return { zh: `预约 ${b.start} · ${zh}`, en: `booked ${b.start} · ${en}` };
}
