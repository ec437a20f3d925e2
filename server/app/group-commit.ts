/**
 * Group commit (issue 14): commands that arrive together are written in ONE IMMEDIATE transaction,
 * so the fsync that synchronous=FULL costs is paid once per batch instead of once per command.
 *
 * - One writer: batches run one after another on the event loop; a synchronous `runCommand` can only
 *   run between two batches, never inside one, so nothing is reordered under a command.
 * - Batching window: what was submitted before the next `setImmediate` (the requests the same turn
 *   of the event loop parsed), at most MAX_BATCH commands; the rest go in the next batch at once.
 * - Isolation: each command runs in its own SAVEPOINT (better-sqlite3's nested transaction), so a
 *   rule that says no rolls back that command only and rejects its promise; the others commit.
 * - Order: commands that issue tickets run first in their batch, the rest (the clerks') after, each
 *   lane in arrival order. Every command of a batch was in flight at once, none answered yet, so any
 *   order among them is one the clients could have seen; this one lets each new ticket extend the
 *   forecast replay of the ticket before it (app/estimates.ts) instead of rebuilding it after
 *   every call that changed the hall in between.
 * - Acknowledgement: every promise settles only after the batch's COMMIT returned (the fsync is
 *   done), and the events are published then, in command order, with contiguous versions (each
 *   command bumps the version inside its own savepoint). If the COMMIT itself fails, every command
 *   of the batch is rejected: none was acknowledged, none is promised.
 */
import type { CommandResult, HallServices } from './context.js';
import { applyCommand } from './context.js';
import type { PublishedEvent } from './events.js';

/** Bounded so one batch cannot hold the event loop (and the clerks' commands) for long. */
export const MAX_BATCH = 64;

/** 'issue': a command that only adds a ticket (runs first in its batch, see above). */
export type Lane = 'issue' | 'other';

interface Pending {
  lane: Lane;
  work: (now: number) => CommandResult<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; result: unknown; published: PublishedEvent[] } | { ok: false; error: unknown };

interface Batcher { queue: Pending[]; scheduled: boolean; batches: number; commands: number }
const batchers = new WeakMap<HallServices, Batcher>();

function batcherOf(s: HallServices): Batcher {
  let b = batchers.get(s);
  if (!b) { b = { queue: [], scheduled: false, batches: 0, commands: 0 }; batchers.set(s, b); }
  return b;
}

/** Like `runCommand`, but joins the next group commit; resolves after that commit. */
export function submitCommand<T>(s: HallServices, work: (now: number) => CommandResult<T>, lane: Lane = 'other'): Promise<T> {
  const b = batcherOf(s);
  return new Promise<T>((resolve, reject) => {
    b.queue.push({ lane, work, resolve: resolve as (value: unknown) => void, reject });
    if (!b.scheduled) { b.scheduled = true; setImmediate(() => flush(s, b)); }
  });
}

function flush(s: HallServices, b: Batcher): void {
  const taken = b.queue.splice(0, MAX_BATCH);
  const batch = [...taken.filter((p) => p.lane === 'issue'), ...taken.filter((p) => p.lane !== 'issue')];
  if (b.queue.length > 0) setImmediate(() => flush(s, b));
  else b.scheduled = false;
  const { sqlite } = s.database;
  let outcomes: Outcome[];
  try {
    outcomes = sqlite.transaction(() => batch.map((p): Outcome => {
      try {
        // Nested: a SAVEPOINT, released on return, rolled back to on a throw.
        const { result, published } = sqlite.transaction(() => applyCommand(s, p.work, s.clock()))();
        return { ok: true, result, published };
      } catch (error) {
        // SQLite may have ended the whole transaction (disk full, I/O error): then the batch fails.
        if (!sqlite.inTransaction) throw error;
        return { ok: false, error };
      }
    })).immediate();
  } catch (error) {
    for (const p of batch) p.reject(error);
    return;
  }
  b.batches += 1;
  b.commands += batch.length;
  for (const [i, p] of batch.entries()) {
    const o = outcomes[i];
    if (!o) continue;
    if (o.ok) { s.bus.publish(s.hallId, o.published); p.resolve(o.result); } else p.reject(o.error);
  }
}

/** Batches committed and commands in them (for tests and the bench). */
export function groupCommitStats(s: HallServices): { batches: number; commands: number } {
  const b = batcherOf(s);
  return { batches: b.batches, commands: b.commands };
}
