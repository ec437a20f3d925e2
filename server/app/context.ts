import type { Database_ } from '../db/client.js';
import { catalogRepo } from '../db/catalog-repo.js';
import { auditRepo } from '../db/audit-repo.js';
import { casesRepo } from '../db/cases-repo.js';
import { ratingsRepo } from '../db/ratings-repo.js';
import { supervisionRepo } from '../db/supervision-repo.js';
import { authRepo } from '../db/auth-repo.js';
import { devicesRepo } from '../db/devices-repo.js';
import { ticketEventsRepo } from '../db/ticket-events-repo.js';
import { ticketsRepo } from '../db/tickets-repo.js';
import { windowsRepo } from '../db/windows-repo.js';
import type { Clock } from '../domain/time.js';
import type { Span } from '../../common/roster-spans.js';
import { enqueueTicketChanges } from '../outbox/ticket-events.js';
import { EventBus, stampVersions, type PendingEvent, type PublishedEvent } from './events.js';

export interface HallServices {
  database: Database_;
  clock: Clock;
  bus: EventBus;
  hallId: string;
  catalog: ReturnType<typeof catalogRepo>;
  tickets: ReturnType<typeof ticketsRepo>;
  ticketEvents: ReturnType<typeof ticketEventsRepo>;
  windows: ReturnType<typeof windowsRepo>;
  auth: ReturnType<typeof authRepo>;
  devices: ReturnType<typeof devicesRepo>;
  audit: ReturnType<typeof auditRepo>;
  cases: ReturnType<typeof casesRepo>;
  ratings: ReturnType<typeof ratingsRepo>;
  supervision: ReturnType<typeof supervisionRepo>;
  /** How waits are estimated (issue 13): the forward replay by default; the simulator may pick the plain rule. */
  estimator: EstimatorOptions;
}

/** A roster span, hall-local [HH:MM, HH:MM) (common/roster-spans.ts). */
export type { Span };

export interface EstimatorOptions {
  rule: 'forward' | 'plain';
  /** The day's planned spans per window id; absent: the hall's roster (app/roster.ts plannedSpansOf). */
  plannedSpans?: (day: string) => ReadonlyMap<number, readonly Span[]>;
}

export function createServices(database: Database_, clock: Clock, hallId?: string, estimator: EstimatorOptions = { rule: 'forward' }): HallServices {
  const catalog = catalogRepo(database.db);
  const hall = hallId ? catalog.hall(hallId) : catalog.firstHall();
  if (!hall) throw new Error(hallId ? `no hall ${hallId} in the database` : 'the database has no hall: seed it first');
  return {
    database, clock, bus: new EventBus(), hallId: hall.id, catalog,
    tickets: ticketsRepo(database.db), ticketEvents: ticketEventsRepo(database.sqlite), windows: windowsRepo(database.db), auth: authRepo(database.db),
    devices: devicesRepo(database.db), audit: auditRepo(database.db), cases: casesRepo(database.db), ratings: ratingsRepo(database.db), supervision: supervisionRepo(database.sqlite),
    estimator,
  };
}

export interface CommandResult<T> {
  result: T;
  events: PendingEvent[];
}

/**
 * How the hall's state (tickets, windows, the version screens follow) changes: load, decide and
 * save in a single IMMEDIATE transaction, bump the hall version for the events, and publish them
 * only after the commit. A rule that says no throws inside, even after a write, so the rollback
 * leaves nothing behind and nothing is published (tests/http/atomicity.test.ts holds it to that).
 *
 * Writes that deliberately do not come through here, none of them seen by screens:
 * - print results (app/printing.ts): after the ticket's commit, since paper only adds to a ticket
 *   that is valid whatever the printer does, and no transaction may wait on a printer;
 * - kiosk pairing (app/devices.ts): its own IMMEDIATE transaction with its audit row, no events;
 * - sign-in, sessions, lockout counters, passwords (app/auth.ts, app/users.ts): password hashing
 *   is async and a better-sqlite3 transaction must be synchronous, so each write is one statement,
 *   atomic by itself, and the lockout counts in SQL so concurrent guesses all count;
 * - the cookie secret, made once at start-up (app/auth.ts).
 *
 * Ticket issuing goes through `submitCommand` (app/group-commit.ts) instead: the same steps, but
 * commands that arrive together share one transaction and one fsync.
 */
export function runCommand<T>(s: HallServices, work: (now: number) => CommandResult<T>): T {
  const { result, published } = s.database.sqlite.transaction(() => applyCommand(s, work, s.clock())).immediate();
  s.bus.publish(s.hallId, published);
  return result;
}

/**
 * The inside of a command, for a transaction the caller holds: runCommand's own, or a savepoint of
 * a group commit (app/group-commit.ts, which batches ticket issuing under one fsync).
 */
export function applyCommand<T>(s: HallServices, work: (now: number) => CommandResult<T>, now: number): { result: T; published: PublishedEvent[] } {
  const out = work(now);
  // The city platform hears of every ticket change from the outbox, written with the change itself.
  enqueueTicketChanges(s, out.events, now);
  const version = out.events.length > 0 ? s.catalog.bumpVersion(s.hallId, out.events.length) : 0;
  return { result: out.result, published: stampVersions(out.events, version) };
}
