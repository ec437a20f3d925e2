/**
 * The forward estimate, wired to the hall (issue 13): the state now (windows, services in
 * progress, every waiting ticket), the roster's spans for the rest of the day and the history the
 * model learns from go into server/domain/forecast.ts. One replay gives every waiting ticket's
 * predicted call; it is kept per hall version (every published change bumps it), so reading a
 * ticket or a position reuses it. A ticket being issued gets a replay that includes it.
 */
import { hallInstant, parseClock } from '../../common/hall-time.js';
import type { HallRow } from '../db/catalog-repo.js';
import type { TicketRow } from '../db/tickets-repo.js';
import { queuesOfWindow } from '../db/windows-repo.js';
import { minutesUntil, type ForecastInput, type ForecastTicket, type Interval, type ServiceModel } from '../domain/forecast.js';
import { Replay } from '../domain/forecast-replay.js';
import { digestHistory, emptyDigest, mergeDigests, modelOfDigest, type HistoryDigest } from '../domain/service-stats.js';
import type { HallServices, Span } from './context.js';
import { addDays } from '../domain/working-days.js';
import { plannedSpansOf, rosterGeneration } from './roster.js';
import { appointmentCapOf, recentCallsOf } from './appointment-cap.js';

const MIN = 60_000;
/** History: the service days of the last four weeks (about 20 working days), plus today so far. */
export const HISTORY_CALENDAR_DAYS = 28;
/** Today's finished services join the history at most this often: a mean need not move within minutes. */
const TODAY_REFRESH_MS = 10 * MIN;
/** A paused or closed window inside its planned span: assumed back after this long. */
const BACK_WITHIN_MINUTES = 10;

/**
 * The day's plan per window id: the hall's roster (排班: week template and day changes), unless the
 * services were given another (the simulator passes its scenario's `windows`). A window without
 * spans: open ones are assumed to stay open, shut ones to stay shut.
 */
export function plannedSpansFor(s: HallServices, hall: HallRow, day: string): ReadonlyMap<number, readonly Span[]> {
  if (s.estimator.plannedSpans) return s.estimator.plannedSpans(day);
  // Read once per roster write and day.
  const hit = plans.get(s);
  if (hit && hit.generation === rosterGeneration(s) && hit.day === day) return hit.spans;
  const spans = plannedSpansOf(s, day);
  plans.set(s, { generation: rosterGeneration(s), day, spans });
  return spans;
}
const plans = new WeakMap<HallServices, { generation: number; day: string; spans: ReadonlyMap<number, readonly Span[]> }>();

interface HistoryCache { day: string; past: HistoryDigest; todayAt: number; model: ServiceModel }
const histories = new WeakMap<HallServices, HistoryCache>();

/** The past days as a digest, read a day at a time so four weeks of rows never sit in memory at once. */
function pastDigest(s: HallServices, hall: HallRow, day: string): HistoryDigest {
  const d = emptyDigest();
  for (let i = HISTORY_CALENDAR_DAYS; i >= 1; i--) {
    const past = addDays(day, -i);
    digestHistory(s.tickets.history(hall.id, past, past), d);
  }
  return d;
}

/** The service model of the day: past days digested once per service day, today's tickets every few minutes. */
export function serviceModel(s: HallServices, hall: HallRow, day: string, now: number): ServiceModel {
  const hit = histories.get(s);
  if (hit && hit.day === day && now - hit.todayAt < TODAY_REFRESH_MS && now >= hit.todayAt) return hit.model;
  const past = hit?.day === day ? hit.past : pastDigest(s, hall, day);
  const todays = digestHistory(s.tickets.history(hall.id, day, day));
  const defaults = new Map(s.catalog.queuesOf(hall.id).map((q) => [q.id, q.defaultServiceMinutes]));
  const model = modelOfDigest(mergeDigests(past, todays), defaults);
  histories.set(s, { day, past, todayAt: now, model });
  return model;
}

/** The forecast input at `now`, with `extra` (a ticket being issued) among the waiting. */
export function forecastInput(s: HallServices, hall: HallRow, day: string, now: number, extra?: ForecastTicket): ForecastInput {
  const model = serviceModel(s, hall, day, now);
  // The roster's clock times on this service day, as instants (hall-local, daylight saving included).
  const instantOf = (clock: string) => hallInstant(day, parseClock(clock) ?? 0, hall.timeZone);
  const spans = plannedSpansFor(s, hall, day);
  const rows = s.windows.ofHall(hall.id);
  const busy = new Map(s.tickets.currentOfWindows(rows.map((w) => w.id)).map((t) => [t.windowId, t]));
  const waiting: ForecastTicket[] = s.tickets.waitingOfDay(hall.id, day);
  if (extra && !waiting.some((t) => t.id === extra.id)) waiting.push(extra);
  // The walk-in cap only reorders appointments, so without one waiting the windows' recent calls need not be read.
  const appointments = waiting.some((t) => t.source === 'appointment');
  const windows = rows.map((w) => {
    const at = busy.get(w.id);
    const since = at?.lastCalledAt ?? at?.calledAt ?? null;
    return {
      id: w.id, served: queuesOfWindow(w), state: w.state,
      planned: (spans.get(w.id) ?? []).map(([from, to]): Interval => [instantOf(from), instantOf(to)]),
      busy: at && since !== null ? { since, expectedMinutes: model.minutes(at.queueId, at.matterId) } : null,
      ...(appointments ? { recent: recentCallsOf(s, hall, w.id, day) } : {}),
    };
  });
  // A no-show costs the window 2 minutes (recall at 1, no-show at 2), twice when the hall slips it back once.
  const noShowMinutes = hall.noShowMode === 'void' ? 2 : 4;
  return {
    now, endOfDay: hallInstant(addDays(day, 1), 0, hall.timeZone), windows, waiting, policy: { maxWaitMs: hall.maxWaitMin * MIN, appointmentCap: appointmentCapOf(hall) }, model,
    noShowMinutes, backWithinMinutes: BACK_WITHIN_MINUTES,
  };
}

/**
 * The replay of one hall version. Issuing a plain ticket extends it (domain/forecast-replay.ts
 * `addNewest`: exact, replays only the steps the new ticket can change) instead of replaying the
 * whole hall; the extended replay then stands for the version after that ticket's commit, and is
 * trusted only while `pending`, the ticket it was extended with, exists: a command rolled back
 * (a refusal, a failed group commit) leaves no such ticket, so its replay is dropped.
 */
interface ForecastCache { version: number; generation: number; day: string; at: number; replay: Replay; pending: string | null }
/** A replay is a prediction from its moment: with nothing happening, it is redone after this long. */
const FORECAST_TTL_MS = 60_000;
const forecasts = new WeakMap<HallServices, ForecastCache>();
const replays = new WeakMap<HallServices, number>();

function replay(s: HallServices, input: ForecastInput): Replay {
  replays.set(s, (replays.get(s) ?? 0) + 1);
  return new Replay(input);
}

function usable(s: HallServices, hall: HallRow, day: string, now: number): ForecastCache | undefined {
  const c = forecasts.get(s);
  if (!c || c.version !== hall.version || c.generation !== rosterGeneration(s) || c.day !== day || now - c.at >= FORECAST_TTL_MS || now < c.at) return undefined;
  return c.pending === null || s.tickets.exists(c.pending) ? c : undefined;
}

/**
 * Minutes until the waiting ticket is called (null: no window will reach it today). A ticket not
 * yet saved is one being issued: issuing publishes one event, so its replay is kept for the
 * version after it.
 */
export function forwardEstimate(s: HallServices, hall: HallRow, row: TicketRow, now: number): number | null {
  const cached = usable(s, hall, row.serviceDay, now);
  if (cached?.replay.calls.has(row.id)) return minutesUntil(cached.replay.calls.get(row.id), now);
  const saved = s.tickets.exists(row.id);
  const ticket: ForecastTicket = { ...row };
  if (!saved && cached?.replay.addNewest(ticket)) {
    Object.assign(cached, { version: hall.version + 1, pending: row.id });
    return minutesUntil(cached.replay.calls.get(row.id), now);
  }
  const fresh = replay(s, forecastInput(s, hall, row.serviceDay, now, saved ? undefined : ticket));
  forecasts.set(s, { version: saved ? hall.version : hall.version + 1, generation: rosterGeneration(s), day: row.serviceDay, at: now, replay: fresh, pending: saved ? null : row.id });
  return minutesUntil(fresh.calls.get(row.id), now);
}

/** How many replays ran for these services (for tests of the cache and the bench). */
export const forecastReplays = (s: HallServices): number => replays.get(s) ?? 0;

const boards = new WeakMap<HallServices, { version: number; generation: number; at: number; byQueue: Map<string, number | null> }>();

/**
 * What a plain ticket taken now in each queue would be told (the live board): one replay with a
 * new ticket at the end of every queue. Those tickets take window time from each other, which
 * can lengthen a shared window's figure by one service; fifteen replays per push would cost more.
 */
export function newTicketEstimates(s: HallServices, hall: HallRow, day: string, now: number): Map<string, number | null> {
  const hit = boards.get(s);
  if (hit && hit.version === hall.version && hit.generation === rosterGeneration(s) && now - hit.at < FORECAST_TTL_MS) return hit.byQueue;
  const queues = s.catalog.queuesOf(hall.id);
  const input = forecastInput(s, hall, day, now);
  const lastSeq = input.waiting.reduce((m, t) => Math.max(m, t.seq), 0);
  const phantoms: ForecastTicket[] = queues.map((q, i) => ({
    id: `new-ticket:${q.id}`, status: 'waiting', queueId: q.id, priority: null, source: 'kiosk', orderAt: now, seq: lastSeq + 1 + i, matterId: null,
  }));
  const { calls } = replay(s, { ...input, waiting: [...input.waiting, ...phantoms] });
  const byQueue = new Map(queues.map((q) => [q.id, minutesUntil(calls.get(`new-ticket:${q.id}`), now)]));
  boards.set(s, { version: hall.version, generation: rosterGeneration(s), at: now, byQueue });
  return byQueue;
}
