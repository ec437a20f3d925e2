/**
 * Seeded realistic days for the demo hall, for the estimate's yardstick (bench/estimate-accuracy.ts,
 * tests/sim/estimate-accuracy.test.ts). A day is a scenario in the simulator's pinned format.
 *
 * - Arrivals: an 08:30 rush peaking before 10:00, a lunch dip, an afternoon bump, a tail to 17:00;
 *   each queue's share follows the capacity of the windows serving it (shared windows split).
 * - Roster: 08:30–12:00 and 13:30–17:30; 午间不打烊 windows all day; per day, seeded: windows that
 *   start late (09:20), take a 20-minute break, or leave early (16:00).
 * - Queues: the demo hall's own sharing (undifferentiated windows 26–32 take two queues) and
 *   overflow (windows 4, 12, 22, 35 help another queue when their own is empty).
 * - Visitors: 7 % green channel, 3–5 % no-shows (per day), matters within a queue differing twice
 *   over in length (a fixed factor 0.67–1.33 per matter) and each visit ±25 % around it.
 */
import type { HallFile } from '../server/db/seed.js';
import { mulberry32 } from '../common/prng.js';


export interface DayOptions {
  seed: number;
  date: string;
  visitors: number;
  /** Only these windows are staffed (all of the hall's by default); visitors come only for queues they serve as their own. */
  windows?: readonly number[];
}

export interface RawScenario {
  date: string;
  walkMinutes: number;
  windows: { number: number; open: [string, string][] }[];
  visitors: { arrive: string; matterId?: string; queueId?: string; serviceMinutes: number; priority?: string; noShow?: boolean }[];
}

/** Arrivals per 15 minutes from 08:15, relative. */
const PROFILE = [3, 10, 12, 11, 10, 9, 8, 7, 6, 6, 5, 4, 4, 3, 2, 1.5, 1.5, 1.5, 2, 4, 6, 7, 7, 6.5, 6, 5.5, 5, 4.5, 3.5, 2.5, 1.5, 0.8, 0.3];
const FROM_MIN = 8 * 60 + 15;
const ALL_DAY = new Set([26, 27, 35]);

const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
const clockS = (sec: number) => `${two(sec / 3600)}:${two((sec / 60) % 60)}:${two(sec % 60)}`;

export function generateDay(data: HallFile, o: DayOptions): RawScenario {
  const rnd = mulberry32(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const staffed = data.windows.filter((w) => o.windows === undefined || o.windows.includes(w.number));
  const numbers = staffed.map((w) => w.number).filter((n) => !ALL_DAY.has(n));
  const late = new Set([pick(numbers), pick(numbers)]);
  const breaks = new Set([pick(numbers)]);
  const early = new Set([pick(numbers)]);
  const rosterOf = (n: number): [string, string][] => {
    if (ALL_DAY.has(n)) return [['08:30', '17:30']];
    const morning: [string, string][] = breaks.has(n) ? [['08:30', '10:15'], ['10:35', '12:00']] : [['08:30', '12:00']];
    if (late.has(n)) (morning[0] as [string, string])[0] = '09:20';
    return [...morning, ['13:30', early.has(n) ? '16:00' : '17:30']];
  };

  const share = new Map<string, number>();
  for (const w of staffed) for (const q of w.queueIds) share.set(q, (share.get(q) ?? 0) + 1 / w.queueIds.length);
  const queues = data.queues.filter((q) => share.has(q.id));
  const weights = queues.map((q) => ({ q, w: ((share.get(q.id) ?? 0) / q.defaultServiceMinutes) * (q.kind === 'results' ? 0.5 : 1) }));
  const total = weights.reduce((a, b) => a + b.w, 0);
  const factor = new Map(data.matters.map((m) => [m.id, 0.67 + 0.66 * rnd()]));
  const noShowRate = 0.03 + 0.02 * rnd();
  const chooseQueue = () => {
    let x = rnd() * total;
    for (const { q, w } of weights) { if (x < w) return q; x -= w; }
    return (weights[weights.length - 1] as (typeof weights)[number]).q;
  };
  const arrivalSecond = () => {
    let x = rnd() * PROFILE.reduce((a, b) => a + b, 0);
    for (let i = 0; i < PROFILE.length; i++) {
      const w = PROFILE[i] ?? 0;
      if (x < w) return (FROM_MIN + 15 * i + 15 * (x / w)) * 60;
      x -= w;
    }
    return (FROM_MIN + 15 * PROFILE.length) * 60 - 1;
  };

  const visitors = Array.from({ length: o.visitors }, () => {
    const q = chooseQueue();
    const city = data.matters.filter((m) => m.queueId === q.id && m.handledBy !== 'district');
    const byQueue = q.kind === 'results' || q.kind === 'guidance' || city.length === 0;
    const matter = byQueue ? undefined : pick(city);
    const f = matter ? (factor.get(matter.id) ?? 1) : 1;
    const serviceMinutes = Math.max(0.5, Math.round(q.defaultServiceMinutes * f * (0.75 + 0.5 * rnd()) * 2) / 2);
    const p = rnd();
    return {
      at: Math.floor(arrivalSecond()), ...(matter ? { matterId: matter.id } : { queueId: q.id }), serviceMinutes,
      ...(p < 0.06 ? { priority: 'elderly' } : p < 0.07 ? { priority: 'disabled' } : {}),
      ...(rnd() < noShowRate ? { noShow: true } : {}),
    };
  }).sort((a, b) => a.at - b.at);

  return {
    date: o.date, walkMinutes: 0.5,
    windows: staffed.map((w) => ({ number: w.number, open: rosterOf(w.number) })),
    visitors: visitors.map(({ at, ...v }) => ({ arrive: clockS(at), ...v })),
  };
}
