/**
 * Sends what the outbox holds, after the commits that wrote it: woken by each such commit
 * (app/outbox.ts) and by a timer for retries; on start it resumes whatever a previous process left
 * pending, which is what delivers the messages of a killed server. At least once: a crash between
 * a send and its mark sends that row again, with the same event id.
 */
import type Database from 'better-sqlite3';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../domain/time.js';
import { DEFAULT_BACKOFF, nextAttemptAfter, type Backoff } from './backoff.js';
import type { Notifier } from './notifier.js';
import { outboxStore, type DueRow, type OutboxStore } from './store.js';
import { postWebhook } from './webhook-delivery.js';

export interface DispatcherOptions {
  sqlite: Database.Database;
  hallId: string;
  clock: Clock;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  notifier: Notifier;
  backoff?: Backoff;
  /** Longest wait for a receiver's answer (ms); default 5000. */
  timeoutMs?: number;
  /** Rows sent at once; default 20. */
  batchSize?: number;
}

function isSms(v: unknown): v is { to: string; text: string } {
  return typeof v === 'object' && v !== null && 'to' in v && 'text' in v && typeof v.to === 'string' && typeof v.text === 'string';
}

/** Nothing due and nothing pending: look again at least this often anyway (ms). */
const IDLE_RECHECK_MS = 60_000;

export class OutboxDispatcher {
  private readonly store: OutboxStore;
  private readonly backoff: Backoff;
  private timer: NodeJS.Timeout | null = null;
  private pumping: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly o: DispatcherOptions) {
    this.store = outboxStore(o.sqlite);
    this.backoff = o.backoff ?? DEFAULT_BACKOFF;
  }

  start(): void {
    this.stopped = false;
    this.store.wake = () => this.kick();
    this.kick();
  }

  /** Look for due rows now (coalesced: a kick while sending means one more look after). */
  kick(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().catch((err: unknown) => this.o.log.error({ err }, 'outbox dispatcher failed; retrying on the next wake'))
      .finally(() => {
        this.pumping = null;
        this.schedule();
      });
  }

  /** Stops picking rows and waits up to `graceMs` for the sends under way; their marks are kept if they finish. */
  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    if (this.store.wake) this.store.wake = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight.size === 0) return;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.inFlight]),
      new Promise<void>((done) => { timeout = setTimeout(done, graceMs); }),
    ]);
    clearTimeout(timeout);
  }

  private async pump(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        if (this.stopped) return;
        const rows = this.store.due.all(this.o.hallId, this.o.clock(), this.o.batchSize ?? 20);
        if (rows.length === 0) break;
        await Promise.all(rows.map((r) => this.track(this.deliver(r))));
      }
    } while (this.again && !this.stopped);
  }

  private track(p: Promise<void>): Promise<void> {
    this.inFlight.add(p);
    return p.finally(() => this.inFlight.delete(p));
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const next = this.store.nextDue.get(this.o.hallId)?.at ?? null;
    const delay = next === null ? IDLE_RECHECK_MS : Math.min(IDLE_RECHECK_MS, Math.max(0, next - this.o.clock()));
    this.timer = setTimeout(() => { this.timer = null; this.kick(); }, delay);
    this.timer.unref();
  }

  private async deliver(row: DueRow): Promise<void> {
    let error: string | null = null;
    try {
      await this.send(row);
    } catch (err) {
      error = (err instanceof Error ? err.message : String(err)).slice(0, 500) || 'failed';
    }
    // A send that outlived a shutdown's grace finds the database closed: the row stays pending and goes again.
    if (!this.o.sqlite.open) return;
    const now = this.o.clock();
    if (error === null) {
      this.store.delivered.run(now, row.id);
      return;
    }
    const attempts = row.attempts + 1;
    const next = nextAttemptAfter(this.backoff, attempts, now);
    this.store.attemptFailed.run(error, next ?? now, next === null ? now : null, row.id);
    const detail = { eventId: row.eventId, channel: row.channel, endpointId: row.endpointId, attempts, error };
    if (next === null) this.o.log.error(detail, 'outbox message failed for good: the admin can retry it');
    else this.o.log.warn(detail, 'outbox delivery failed; will retry');
  }

  private async send(row: DueRow): Promise<void> {
    if (row.channel === 'sms') {
      const sms: unknown = JSON.parse(row.payload);
      if (!isSms(sms)) throw new Error('not an SMS payload');
      await this.o.notifier.send(sms.to, sms.text);
      return;
    }
    if (row.url === null || row.secret === null) throw new Error('endpoint gone');
    await postWebhook(row.url, row.secret, row, this.o.timeoutMs ?? 5_000);
  }
}
