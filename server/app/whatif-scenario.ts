/**
 * The two sources of a What-if run (issue 13), both as a scenario in the simulator's file format
 * (server/sim/README.md), so both go through the simulator's own checks (prepareScenario):
 *
 * - a past service day of this hall: every ticket of that day becomes a visitor —
 *   · arrive = issuedAt on the hall's clock (to the second);
 *   · the matter when the ticket names one, else the queue it was issued in (a later transfer is
 *     not replayed: the visitor asks for what they asked for at the kiosk);
 *   · the priority (green channel) as issued;
 *   · serviceMinutes = finished − started for a service that was finished (at least one second);
 *     for anyone else (no-show, unserved, abandoned, still open) the mean of the served services of
 *     that queue on that day, else the queue's configured default;
 *   · noShow for tickets that ended as no-shows (they do not come in the alternative either);
 *   · cancelled tickets are left out: the visitor went away by their own choice, whatever the roster.
 *   walkMinutes is 0.5 (the real walk to the window is inside call → start, which is not replayed).
 *   The roster is that day's plan (plannedSpansOf), windows planned open only; a planned window
 *   no clerk account is assigned to cannot be staffed by the simulator and is left out (noted).
 * - an uploaded scenario file: its own roster is the baseline.
 */
import { hallTimeWithSeconds } from '../../common/hall-time.js';
import type { HallFile } from '../db/seed.js';
import { whatIfRepo, type DayTicketRow } from '../db/whatif-repo.js';
import { plannedSpansOf } from './roster.js';
import type { HallServices } from './context.js';
import { hallOf } from './views.js';

export interface ScenarioWindowJson { number: number; open: [string, string][] }
export interface ScenarioVisitorJson {
  arrive: string; matterId?: string; queueId?: string; serviceMinutes: number; priority?: string; noShow?: boolean;
}
export interface ScenarioJson { date: string; walkMinutes: number; windows: ScenarioWindowJson[]; visitors: ScenarioVisitorJson[] }

const MIN = 60_000;
const WALK_MINUTES = 0.5;

const measured = (t: DayTicketRow): number | null =>
  t.status === 'done' && t.startedAt !== null && t.finishedAt !== null ? Math.max(1 / 60, (t.finishedAt - t.startedAt) / MIN) : null;

function meanByQueue(rows: readonly DayTicketRow[]): Map<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const t of rows) {
    const m = measured(t);
    if (m === null) continue;
    const acc = sums.get(t.issuedQueueId) ?? { sum: 0, n: 0 };
    sums.set(t.issuedQueueId, { sum: acc.sum + m, n: acc.n + 1 });
  }
  return new Map([...sums].map(([q, { sum, n }]) => [q, sum / n]));
}

const rounded = (minutes: number) => Math.round(minutes * 1000) / 1000;

/** A past service day as a scenario; `notes` says what was left out. Null when the day had no tickets. */
export function scenarioOfDay(s: HallServices, data: HallFile, day: string): { scenario: ScenarioJson; notes: string[] } | null {
  const hall = hallOf(s);
  const rows = whatIfRepo(s.database.db).ticketsOfDay(s.hallId, day);
  const kept = rows.filter((t) => t.status !== 'cancelled');
  if (kept.length === 0) return null;
  const means = meanByQueue(kept);
  const defaults = new Map(data.queues.map((q) => [q.id, q.defaultServiceMinutes]));
  const visitors = kept.map((t): ScenarioVisitorJson => {
    const service = measured(t) ?? means.get(t.issuedQueueId) ?? defaults.get(t.issuedQueueId) ?? 10;
    return {
      arrive: hallTimeWithSeconds(t.issuedAt, hall.timeZone),
      ...(t.matterId !== null ? { matterId: t.matterId } : { queueId: t.issuedQueueId }),
      serviceMinutes: rounded(service),
      ...(t.priority !== null ? { priority: t.priority } : {}),
      ...(t.status === 'no_show' ? { noShow: true } : {}),
    };
  });
  const withClerk = new Set(data.clerks.map((c) => c.windowNumber));
  const planned = plannedSpansOf(s, day);
  const windows: ScenarioWindowJson[] = [];
  const notes: string[] = [];
  for (const w of s.windows.ofHall(s.hallId)) {
    const spans = planned.get(w.id) ?? [];
    if (spans.length === 0) continue;
    if (!withClerk.has(w.number)) { notes.push(`${w.number}号窗口无默认人员，未计入 · window ${w.number} has no clerk assigned and is left out`); continue; }
    windows.push({ number: w.number, open: spans.map(([a, b]): [string, string] => [a, b]) });
  }
  const cancelled = rows.length - kept.length;
  if (cancelled > 0) notes.push(`已取消的 ${cancelled} 张票未计入 · ${cancelled} cancelled ticket(s) left out`);
  return { scenario: { date: day, walkMinutes: WALK_MINUTES, windows, visitors }, notes };
}
