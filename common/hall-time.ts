/**
 * The hall's wall clock. Every screen, the receipt and the service day read time in the
 * hall's own time zone: a TV, a console PC or the server may be set to anything else.
 */

/** Where the demo hall is, and what a screen falls back to when a hall's zone is unusable. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Two-digit fields as written on a clock, plus the day of the week (0 = Sunday). */
export interface HallClockParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
  readonly weekday: number;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// Building a formatter costs far more than using one, and the service day is read on every ticket.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// The last answer per zone, by whole second: a burst of tickets reads the same second many
// times, and no zone changes its offset inside a second.
const lastParts = new Map<string, { second: number; parts: HallClockParts }>();

/** The hall's clock fields at an instant (ms since the epoch). Throws RangeError for an unknown zone. */
export function hallClockParts(at: number, timeZone: string): HallClockParts {
  const second = Math.floor(at / 1000);
  const last = lastParts.get(timeZone);
  if (last?.second === second) return last.parts;
  const parts = formatParts(at, timeZone);
  lastParts.set(timeZone, { second, parts });
  return parts;
}

function formatParts(at: number, timeZone: string): HallClockParts {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) p[part.type] = part.value;
  return {
    year: p.year ?? '', month: p.month ?? '', day: p.day ?? '',
    hour: p.hour ?? '', minute: p.minute ?? '', second: p.second ?? '',
    weekday: WEEKDAY_NAMES.indexOf(p.weekday ?? ''),
  };
}

/** "2026-11-29": the hall's local date. */
export function hallDate(at: number, timeZone: string): string {
  const p = hallClockParts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "09:41" (00–23): the hall's local time of day. */
export function hallTime(at: number, timeZone: string): string {
  const p = hallClockParts(at, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "09:41:05": the hall's local time of day to the second. */
export function hallTimeWithSeconds(at: number, timeZone: string): string {
  const p = hallClockParts(at, timeZone);
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** "2026-11-29 09:41": when something happened, as printed on paper. */
export function hallDateTime(at: number, timeZone: string): string {
  return `${hallDate(at, timeZone)} ${hallTime(at, timeZone)}`;
}

/** The zone's offset from UTC in ms at an instant (Asia/Shanghai: +8 h). */
export function offsetAt(at: number, timeZone: string): number {
  const p = hallClockParts(at, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * The instant of `date` (YYYY-MM-DD) plus `msOfDay` on the hall's clock. Two rounds settle the
 * offset on either side of a daylight-saving change; China has none, other halls may.
 * Remembered: the estimate asks for the same few roster times over and over, and each answer
 * costs two Intl formats.
 */
export function hallInstant(date: string, msOfDay: number, timeZone: string): number {
  const key = `${timeZone}|${date}|${msOfDay}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + msOfDay;
  let at = wall - offsetAt(wall, timeZone);
  at = wall - offsetAt(at, timeZone);
  if (instants.size >= 4096) instants.clear();
  instants.set(key, at);
  return at;
}
const instants = new Map<string, number>();

/** "HH:MM" or "HH:MM:SS" (00:00 … 24:00) → ms since the hall's midnight; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? '0')];
  if (min > 59 || s > 59 || h > 24 || (h === 24 && (min > 0 || s > 0))) return undefined;
  return ((h * 60 + min) * 60 + s) * 1000;
}
