/**
 * A seeded generator of realistic days for the demo hall: the roster of its 36 windows and
 * ~1,500 visitors. `tsx server/sim/generate-day.ts [--seed 13] [--visitors 1500] [--out file]`
 * (server/sim/scenarios/demo-day.json is `--seed 13`). The same seed gives the same file.
 *
 * The shape: an 08:30 rush that peaks before 10:00, a lunch dip, an afternoon bump and a tail
 * to 17:00; each queue's share of visitors follows the capacity of its windows (undifferentiated
 * windows split between their two groups), so no queue is hopeless all day; matters differ in
 * length within a queue (a fixed factor per matter) and visitors around it; 6 % elderly and
 * 1 % disabled (green channel), 4 % no-shows, 1 % asking for a district matter (refused).
 */
import { writeFileSync } from 'node:fs';
import { DEMO_HALL_FILE, readHallFile } from '../db/seed.js';
import { mulberry32 } from '../../common/prng.js';


const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(name); return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback; };
const seed = Number(arg('--seed', '13'));
const count = Number(arg('--visitors', '1500'));
const rnd = mulberry32(seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const clock = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(Math.floor(min % 60)).padStart(2, '0')}`;
const clockS = (sec: number) => `${clock(Math.floor(sec / 60))}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

const data = readHallFile(DEMO_HALL_FILE);

/** Who staffs what: most windows 08:30–12:00 and 13:30–17:30; some 午间不打烊, one opens late, one leaves early, one takes a break. */
function rosterOf(n: number): [string, string][] {
  if ([26, 27, 35].includes(n)) return [['08:30', '17:30']];
  if (n === 9) return [['09:20', '12:00'], ['13:30', '17:30']];
  if (n === 14) return [['08:30', '12:00'], ['13:30', '16:00']];
  if (n === 17) return [['08:30', '10:15'], ['10:35', '12:00'], ['13:30', '17:30']];
  return [['08:30', '12:00'], ['13:30', '17:30']];
}

/** Arrivals per 15 minutes from 08:15, relative: rush, decline, lunch dip, afternoon bump, tail. */
const PROFILE = [
  3, 10, 12, 11, 10, 9, 8, 7, 6, 6, 5, 4, 4, 3, 2, 1.5, 1.5, 1.5, 2, 4, 6, 7, 7, 6.5, 6, 5.5, 5, 4.5, 3.5, 2.5, 1.5, 0.8, 0.3,
];
const FROM_MIN = 8 * 60 + 15;

function arrivalSecond(): number {
  const total = PROFILE.reduce((a, b) => a + b, 0);
  let x = rnd() * total;
  for (let i = 0; i < PROFILE.length; i++) {
    const w = PROFILE[i] ?? 0;
    if (x < w) return (FROM_MIN + 15 * i + 15 * (x / w)) * 60;
    x -= w;
  }
  return (FROM_MIN + 15 * PROFILE.length) * 60 - 1;
}

const share = new Map<string, number>();
for (const w of data.windows) for (const q of w.queueIds) share.set(q, (share.get(q) ?? 0) + 1 / w.queueIds.length);
const weights = data.queues.map((q) => ({ q, w: ((share.get(q.id) ?? 0) / q.defaultServiceMinutes) * (q.kind === 'results' ? 0.5 : 1) }));
const totalWeight = weights.reduce((a, b) => a + b.w, 0);
const matterFactor = new Map(data.matters.map((m) => [m.id, 0.6 + 0.8 * rnd()]));

function chooseQueue() {
  let x = rnd() * totalWeight;
  for (const { q, w } of weights) { if (x < w) return q; x -= w; }
  return (weights[weights.length - 1] as (typeof weights)[number]).q;
}

const visitors = Array.from({ length: count }, () => {
  const q = chooseQueue();
  const matters = data.matters.filter((m) => m.queueId === q.id);
  const city = matters.filter((m) => m.handledBy !== 'district');
  const district = matters.filter((m) => m.handledBy === 'district');
  const target = q.kind === 'results' || (q.kind === 'guidance' && rnd() < 0.6) || city.length === 0
    ? { queueId: q.id, factor: 1 }
    : (() => { const m = district.length > 0 && rnd() < 0.01 ? pick(district) : pick(city); return { matterId: m.id, factor: matterFactor.get(m.id) ?? 1 }; })();
  const { factor, ...ids } = target;
  const serviceMinutes = Math.round(q.defaultServiceMinutes * factor * (0.3 + 0.7 * rnd()) * 2) / 2 || 0.5;
  const p = rnd();
  return {
    at: Math.floor(arrivalSecond()), ...ids, serviceMinutes,
    ...(p < 0.06 ? { priority: 'elderly' } : p < 0.07 ? { priority: 'disabled' } : {}),
    ...(rnd() < 0.04 ? { noShow: true } : {}),
  };
}).sort((a, b) => a.at - b.at);

const lines = visitors.map(({ at, ...v }) => `    ${JSON.stringify({ arrive: clockS(at), ...v })}`);
const windows = data.windows.map((w) => `    ${JSON.stringify({ number: w.number, open: rosterOf(w.number) })}`);
const text = `{\n  "date": "2026-12-01",\n  "walkMinutes": 0.5,\n  "windows": [\n${windows.join(',\n')}\n  ],\n  "visitors": [\n${lines.join(',\n')}\n  ]\n}\n`;
const out = arg('--out', '');
if (out) writeFileSync(out, text); else process.stdout.write(text);
