/** Milliseconds since the epoch; the clock is passed in so tests can move time. */
export type Clock = () => number;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions) {
  let f = cache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, ...options });
    cache.set(timeZone, f);
  }
  return f;
}

function parts(f: Intl.DateTimeFormat, at: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** The hall's local date (YYYY-MM-DD) at an instant: the service day a ticket belongs to. */
export function serviceDayOf(at: number, timeZone: string): string {
  const p = parts(formatter(dayFormatters, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }), at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Local wall-clock time HH:MM (00–23) at an instant. */
export function localTimeOf(at: number, timeZone: string): string {
  const p = parts(formatter(timeFormatters, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), at);
  return `${p.hour}:${p.minute}`;
}

/** Business hours as HH:MM strings; closesAt "24:00" means until midnight. */
export function isWithinHours(at: number, timeZone: string, opensAt: string, closesAt: string): boolean {
  const now = localTimeOf(at, timeZone);
  return now >= opensAt && now < closesAt;
}
