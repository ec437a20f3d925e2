import { hallDate, hallTime } from '../../common/hall-time.js';

/** Milliseconds since the epoch; the clock is passed in so tests can move time. */
export type Clock = () => number;

/** The service day a ticket belongs to (numbers restart each day): the hall's local date, YYYY-MM-DD. */
export function serviceDayOf(at: number, timeZone: string): string {
  return hallDate(at, timeZone);
}

/** Business hours as HH:MM strings; closesAt "24:00" means until midnight. */
export function isWithinHours(at: number, timeZone: string, opensAt: string, closesAt: string): boolean {
  const now = hallTime(at, timeZone);
  return now >= opensAt && now < closesAt;
}
