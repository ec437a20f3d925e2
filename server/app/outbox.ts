import { randomUUID } from 'node:crypto';
import { outboxStore, type OutboxStore } from '../outbox/store.js';
import type { HallServices } from './context.js';

/** A message to the world announcing one change: to the city platform's webhooks, and optionally by SMS to the visitor. */
export interface OutboxMessage {
  /** e.g. `case.result-ready`, `ticket.changed` (contract/webhooks.ts lists them) */
  type: string;
  /** The webhook body's `data`: a DTO, never a visitor capability unless the receiver is meant to hold it. */
  data: unknown;
  sms?: { to: string; text: string };
  /** The SMS only, never a webhook: one-time codes and "your turn is near" are the visitor's alone. */
  smsOnly?: true;
}

const wakeScheduled = new WeakSet<OutboxStore>();

/**
 * better-sqlite3 transactions are synchronous, so a callback queued from inside one runs after it
 * has committed (or rolled back: then the dispatcher finds nothing new). Sending never happens
 * inside the transaction.
 */
function wakeAfterCommit(store: OutboxStore): void {
  if (!store.wake || wakeScheduled.has(store)) return;
  wakeScheduled.add(store);
  setImmediate(() => {
    wakeScheduled.delete(store);
    store.wake?.();
  });
}

/** Whether a webhook message would go anywhere: lets hot paths skip building it (cached, no query). */
export function hasWebhookEndpoints(s: HallServices): boolean {
  return outboxStore(s.database.sqlite).activeEndpointIds(s.hallId).length > 0;
}

/**
 * Writes the message inside the caller's transaction (call it from runCommand's work), so it
 * exists exactly when the change does; the dispatcher sends it after the commit, at least once.
 * Returns the event id receivers de-duplicate by.
 */
export function enqueueOutbox(s: HallServices, message: OutboxMessage, now: number): string {
  const store = outboxStore(s.database.sqlite);
  const eventId = randomUUID();
  if (message.sms) store.insert.run(eventId, s.hallId, 'sms', null, message.type, JSON.stringify(message.sms), now, now);
  const endpoints = message.smsOnly ? [] : store.activeEndpointIds(s.hallId);
  if (endpoints.length > 0) {
    const data = JSON.stringify(message.data ?? null);
    for (const id of endpoints) store.insert.run(eventId, s.hallId, 'webhook', id, message.type, data, now, now);
  }
  if (message.sms || endpoints.length > 0) wakeAfterCommit(store);
  return eventId;
}
