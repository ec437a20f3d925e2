/**
 * The simulated hall: a fresh in-memory database migrated from drizzle/ and seeded with the
 * catalogue exactly as the server seeds it, the real use cases behind createServices, and a
 * clock the engine sets to each event's instant. No HTTP and no sockets: the routes add nothing
 * to these use cases but authentication, which the actors below stand in for.
 */
import type { Actor } from '../app/actor.js';
import { createServices, type EstimatorOptions, type HallServices, type Span } from '../app/context.js';
import { openDatabase, type Database_ } from '../db/client.js';
import { seedHall, type HallFile } from '../db/seed.js';
import type { RosterWindow } from './scenario.js';

export interface SimHall {
  s: HallServices;
  timeZone: string;
  /** The clock every use case reads (runCommand takes `now` from it). */
  setClock(at: number): void;
  /** Window number → its id and the clerk who works it. */
  windows: ReadonlyMap<number, { id: number; actor: Actor }>;
  close(): void;
}

/**
 * The clerk at window NN is the catalogue's clerk for NN (clerkNN in the demo), signed in as the
 * console would be: the session id is what openWindow binds the window to and every later
 * command checks (ownWindow). Nobody signs in, so no session row or password check is involved.
 */
function actorsOf(s: HallServices, data: HallFile): Map<number, { id: number; actor: Actor }> {
  const out = new Map<number, { id: number; actor: Actor }>();
  const rows = new Map(s.windows.ofHall(s.hallId).map((w) => [w.number, w.id]));
  for (const c of data.clerks) {
    const user = s.auth.userByName(c.username);
    const id = rows.get(c.windowNumber);
    if (!user || id === undefined || out.has(c.windowNumber)) continue;
    out.set(c.windowNumber, { id, actor: { userId: user.id, sessionId: `sim-window-${c.windowNumber}`, role: 'clerk', name: user.name, mustChangePassword: false } });
  }
  return out;
}

const clockText = (ms: number): string => {
  const sec = Math.round(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(sec % 60)}`;
};

/**
 * The scenario's roster as the estimate reads a roster: spans per window id. Until the roster
 * tables (排班) exist this is how the forward estimate learns the day's plan in a simulation.
 */
export function scenarioSpans(s: HallServices, roster: readonly RosterWindow[]): ReadonlyMap<number, readonly Span[]> {
  const ids = new Map(s.windows.ofHall(s.hallId).map((w) => [w.number, w.id]));
  const out = new Map<number, Span[]>();
  for (const w of roster) {
    const id = ids.get(w.number);
    if (id !== undefined) out.set(id, w.spans.map(([from, to]): Span => [clockText(from), clockText(to)]));
  }
  return out;
}

/** Which estimate the simulated hall gives its visitors (the bench runs a day with each). */
export type SimEstimator = EstimatorOptions['rule'];

export async function openSimHall(data: HallFile, estimator: SimEstimator = 'forward', roster: readonly RosterWindow[] = []): Promise<SimHall> {
  const database: Database_ = openDatabase(':memory:');
  // The password is never used (nobody signs in); demo mode keeps seeding to one hash.
  await seedHall(database, data, { password: 'simulator' });
  let now = 0;
  let spans: ReadonlyMap<number, readonly Span[]> = new Map();
  const s = createServices(database, () => now, data.hall.id, { rule: estimator, plannedSpans: () => spans });
  spans = scenarioSpans(s, roster);
  return {
    s, timeZone: data.hall.timeZone,
    setClock: (at) => { now = at; },
    windows: actorsOf(s, data),
    close: () => database.close(),
  };
}
