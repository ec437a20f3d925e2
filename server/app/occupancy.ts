/** Windows' occupancy (窗口占用率) over service days: the window log gives staffed time, the tickets the serving time. */
import type { Static } from '@sinclair/typebox';
import { hallInstant } from '../../common/hall-time.js';
import type { OccupancyRow } from '../../contract/routes-supervision.js';
import { attendanceMsOf, occupancy } from '../domain/attendance.js';
import { addDays } from '../domain/working-days.js';
import type { HallServices } from './context.js';
import { checkedRange, factsOf } from './reports.js';
import { hallOf } from './views.js';

export type OccupancyRowDto = Static<typeof OccupancyRow>;
const MIN = 60_000;

export function occupancyReport(s: HallServices, from: string, to: string): OccupancyRowDto[] {
  checkedRange(from, to);
  const tz = hallOf(s).timeZone;
  // From the hall's midnight starting `from` to the one ending `to`.
  const logs = s.supervision.windowLogOfHall(s.hallId, hallInstant(from, 0, tz), hallInstant(addDays(to, 1), 0, tz));
  const serving = new Map<number, number>();
  for (const f of factsOf(s, from, to)) {
    if (f.status !== 'done' || f.windowId === null || f.startedAt === null || f.finishedAt === null) continue;
    serving.set(f.windowId, (serving.get(f.windowId) ?? 0) + (f.finishedAt - f.startedAt));
  }
  const now = s.clock();
  return s.windows.ofHall(s.hallId).map((w) => {
    const a = attendanceMsOf(logs.filter((r) => r.windowId === w.id), now);
    const servingMs = serving.get(w.id) ?? 0;
    const pausedMs = Object.values(a.pausedMs).reduce((x, y) => x + y, 0);
    return {
      windowId: w.id, number: w.number, name: w.name, signedInMin: Math.round(a.signedInMs / MIN), pausedMin: Math.round(pausedMs / MIN),
      servingMin: Math.round((servingMs / MIN) * 10) / 10, occupancy: occupancy(servingMs, a),
    };
  });
}
