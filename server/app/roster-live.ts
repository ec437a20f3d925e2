/**
 * The roster on the live board: each window's plan for today, whether it is planned open now, and
 * the `window-not-open-as-planned` alert for a window still closed well into a planned span.
 */
import { hallClockParts, hallDate } from '../../common/hall-time.js';
import { windowRanges, windowsNamed } from '../../common/windows.js';
import type { HallRow } from '../db/catalog-repo.js';
import type { WindowRow } from '../db/windows-repo.js';
import { isPlannedOpen, notOpenAsPlanned, type Span } from '../domain/roster.js';
import type { HallServices } from './context.js';
import { plannedSpansOf } from './roster.js';

export interface RosterOnBoard {
  planned: Map<number, { plannedSpans: [string, string][]; plannedOpenNow: boolean }>;
  alerts: { kind: 'window-not-open-as-planned'; text: string; textEn: string; queueId: null }[];
}

const DAY_MS = 86_400_000;
const GROUP_ABOVE = 3;

function minuteOfDay(at: number, timeZone: string): number {
  const p = hallClockParts(at, timeZone);
  return Number(p.hour) * 60 + Number(p.minute);
}

export function rosterOnBoard(s: HallServices, hall: HallRow, day: string, now: number, windows: readonly WindowRow[]): RosterOnBoard {
  const plan = plannedSpansOf(s, day);
  const nowMin = minuteOfDay(now, hall.timeZone);
  const spansOf = (w: WindowRow): readonly Span[] => plan.get(w.id) ?? [];
  const planned = new Map(windows.map((w) => [w.id, { plannedSpans: spansOf(w).map(([a, b]): [string, string] => [a, b]), plannedOpenNow: isPlannedOpen(spansOf(w), nowMin) }]));
  // Only closed windows planned open now can alert; the window log is read only when there are some.
  const suspects = windows.filter((w) => w.state === 'closed' && planned.get(w.id)?.plannedOpenNow === true);
  if (suspects.length === 0) return { planned, alerts: [] };
  const lastClose = new Map<number, number>();
  for (const e of s.supervision.windowLogOfHall(hall.id, now - DAY_MS, now + 1)) {
    if (e.type === 'close' && hallDate(e.at, hall.timeZone) === day) lastClose.set(e.windowId, minuteOfDay(e.at, hall.timeZone));
  }
  const late = suspects.flatMap((w) => {
    const l = notOpenAsPlanned(spansOf(w), nowMin, lastClose.get(w.id) ?? null);
    return l === null ? [] : [{ w, ...l }];
  });
  const kind = 'window-not-open-as-planned' as const;
  // A morning where nobody has signed in yet would bury every other alert under 36 lines: past a few, one line names them all.
  if (late.length > GROUP_ABOVE) {
    const numbers = late.map((l) => l.w.number);
    return { planned, alerts: [{ kind, queueId: null, text: `${late.length} 个窗口按排班应开放但未开放：${windowsNamed(numbers, 'zh')}`, textEn: `${late.length} windows planned open are closed: ${windowRanges(numbers, 'en')}` }] };
  }
  const alerts = late.map((l) => ({
    kind, queueId: null,
    text: `${l.w.name}：按排班 ${l.from} 起应开放，已关闭 ${l.closedForMin} 分钟`,
    textEn: `${l.w.nameEn}: planned open from ${l.from}, closed for ${l.closedForMin} min`,
  }));
  return { planned, alerts };
}
