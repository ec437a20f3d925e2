/**
 * The scenario file (issue 13, pinned): the day's roster and its visitors, hall-local times.
 *
 * What is a scenario error (exit 2, nothing written) and what is a per-visitor refusal:
 * - scenario errors are things no kiosk could ever send or the file cannot mean: wrong JSON
 *   types, unknown keys (a typo like "servicMinutes" must not be silently ignored), malformed
 *   or impossible times, a visitor naming neither a matter nor a queue, non-positive service
 *   times, overlapping or unordered spans, a window number twice or one the hall does not have;
 * - everything the server judges when a ticket is asked for (an unknown or district matter, an
 *   unknown or closed queue, a matter/queue mismatch, outside issuing hours, a daily cap) is the
 *   visitor's refusal, with the error code the kiosk would have got.
 */
import { PRIORITY_REASONS, type PriorityReason } from '../../contract/constants.js';
import { parseClock } from '../../common/hall-time.js';

export interface Visitor {
  /** ms since the hall's midnight */
  arriveMs: number;
  matterId?: string;
  queueId?: string;
  serviceMs: number;
  priority?: PriorityReason;
  noShow: boolean;
}

export interface RosterWindow {
  number: number;
  /** [start, end) ms since the hall's midnight, sorted, not overlapping */
  spans: [number, number][];
}

export interface Scenario {
  date: string;
  walkMs: number;
  windows: RosterWindow[];
  visitors: Visitor[];
}

export type Checked = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const MINUTES_A_DAY = 24 * 60;

function unknownKeys(o: Json, allowed: readonly string[], path: string, problems: string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) problems.push(`${path}.${k}: unknown field (allowed: ${allowed.join(', ')})`);
}

function minutes(v: unknown, path: string, problems: string[], { min, allowZero }: { min: number; allowZero: boolean }): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) { problems.push(`${path}: must be a number of minutes`); return undefined; }
  if (v < min || (!allowZero && v === 0) || v > MINUTES_A_DAY) { problems.push(`${path}: ${v} is out of range (${allowZero ? '≥ 0' : '> 0'} and ≤ ${MINUTES_A_DAY})`); return undefined; }
  return Math.round(v * 60_000);
}

function validDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function checkWindow(w: unknown, path: string, problems: string[], seen: Set<number>): RosterWindow | undefined {
  if (!isObject(w)) { problems.push(`${path}: must be an object { number, open }`); return undefined; }
  unknownKeys(w, ['number', 'open'], path, problems);
  const n = w.number;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) problems.push(`${path}.number: must be a window number (integer ≥ 1)`);
  else if (seen.has(n)) problems.push(`${path}.number: window ${n} is listed twice`);
  else seen.add(n);
  if (!Array.isArray(w.open)) { problems.push(`${path}.open: must be a list of ["HH:MM", "HH:MM"] spans`); return undefined; }
  const spans: [number, number][] = [];
  w.open.forEach((span: unknown, j) => {
    const sp = `${path}.open[${j}]`;
    if (!Array.isArray(span) || span.length !== 2 || typeof span[0] !== 'string' || typeof span[1] !== 'string') { problems.push(`${sp}: must be ["HH:MM", "HH:MM"]`); return; }
    const [a, b] = [parseClock(span[0]), parseClock(span[1])];
    if (a === undefined) problems.push(`${sp}[0]: "${span[0]}" is not a time HH:MM between 00:00 and 24:00`);
    if (b === undefined) problems.push(`${sp}[1]: "${span[1]}" is not a time HH:MM between 00:00 and 24:00`);
    if (a === undefined || b === undefined) return;
    if (a >= b) { problems.push(`${sp}: the span ends (${span[1]}) before or when it starts (${span[0]})`); return; }
    const prev = spans[spans.length - 1];
    if (prev && a < prev[1]) problems.push(`${sp}: starts before the previous span ends (spans must be in order and not overlap)`);
    spans.push([a, b]);
  });
  return typeof n === 'number' ? { number: n, spans } : undefined;
}

function checkVisitor(v: unknown, path: string, problems: string[]): Visitor | undefined {
  if (!isObject(v)) { problems.push(`${path}: must be an object { arrive, matterId | queueId, serviceMinutes, … }`); return undefined; }
  unknownKeys(v, ['arrive', 'matterId', 'queueId', 'serviceMinutes', 'priority', 'noShow'], path, problems);
  const arriveMs = typeof v.arrive === 'string' ? parseClock(v.arrive) : undefined;
  if (arriveMs === undefined || arriveMs >= MINUTES_A_DAY * 60_000) problems.push(`${path}.arrive: must be a time "HH:MM:SS" or "HH:MM" before 24:00`);
  for (const key of ['matterId', 'queueId'] as const) {
    if (v[key] !== undefined && (typeof v[key] !== 'string' || v[key] === '')) problems.push(`${path}.${key}: must be a non-empty string`);
  }
  if (v.matterId === undefined && v.queueId === undefined) problems.push(`${path}: names neither a matterId nor a queueId`);
  const serviceMs = minutes(v.serviceMinutes, `${path}.serviceMinutes`, problems, { min: 0, allowZero: false });
  if (v.priority !== undefined && !PRIORITY_REASONS.includes(v.priority as PriorityReason)) problems.push(`${path}.priority: must be one of ${PRIORITY_REASONS.join(', ')}`);
  if (v.noShow !== undefined && typeof v.noShow !== 'boolean') problems.push(`${path}.noShow: must be true or false`);
  if (arriveMs === undefined || serviceMs === undefined) return undefined;
  return {
    arriveMs, serviceMs, noShow: v.noShow === true,
    ...(typeof v.matterId === 'string' ? { matterId: v.matterId } : {}),
    ...(typeof v.queueId === 'string' ? { queueId: v.queueId } : {}),
    ...(typeof v.priority === 'string' ? { priority: v.priority as PriorityReason } : {}),
  };
}

/** Every problem of the file at once, each with its path; the hall-dependent checks are in checkAgainstHall. */
export function checkScenario(raw: unknown): Checked {
  const problems: string[] = [];
  if (!isObject(raw)) return { ok: false, problems: ['(root): must be an object { date, walkMinutes, windows, visitors }'] };
  unknownKeys(raw, ['date', 'walkMinutes', 'windows', 'visitors'], '(root)', problems);
  if (!validDate(raw.date)) problems.push('date: must be a calendar date YYYY-MM-DD');
  const walkMs = raw.walkMinutes === undefined ? 0 : minutes(raw.walkMinutes, 'walkMinutes', problems, { min: 0, allowZero: true });
  const seen = new Set<number>();
  const windows = Array.isArray(raw.windows) ? raw.windows.map((w, i) => checkWindow(w, `windows[${i}]`, problems, seen)) : [];
  if (!Array.isArray(raw.windows)) problems.push('windows: must be a list of { number, open }');
  const visitors = Array.isArray(raw.visitors) ? raw.visitors.map((v, i) => checkVisitor(v, `visitors[${i}]`, problems)) : [];
  if (!Array.isArray(raw.visitors)) problems.push('visitors: must be a list');
  if (problems.length > 0 || walkMs === undefined || typeof raw.date !== 'string') return { ok: false, problems };
  return { ok: true, scenario: { date: raw.date, walkMs, windows: windows.filter((w) => w !== undefined), visitors: visitors.filter((v) => v !== undefined) } };
}

/**
 * The roster must name windows the hall has, each with a clerk to staff it. Read off the raw
 * file, so these problems are reported together with the file's own.
 */
export function checkAgainstHall(raw: unknown, windowsWithClerk: ReadonlySet<number>, allWindows: ReadonlySet<number>): string[] {
  if (!isObject(raw) || !Array.isArray(raw.windows)) return [];
  return raw.windows.flatMap((w: unknown, i) => {
    const n = isObject(w) ? w.number : undefined;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return [];
    if (!allWindows.has(n)) return [`windows[${i}].number: the hall has no window ${n}`];
    if (!windowsWithClerk.has(n)) return [`windows[${i}].number: window ${n} has no clerk in the catalogue to open it`];
    return [];
  });
}
