/**
 * One idempotency key per intended ticket. A double tap, an automatic retry after a network
 * blip, a manual "try again" and even a page reload all send the same key for the same
 * request, so the server hands back the ticket it already issued instead of a second one.
 * The key lives in sessionStorage only until an answer arrives (or the visitor leaves).
 */
import type { TicketRequest } from './state.js';

export type KeyStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const STORAGE_KEY = 'kiosk.pendingTicket';
/** A reload or a second tap after this long is a new visitor's request, not a retry. */
export const REUSE_WITHIN_MS = 2 * 60_000;

interface PendingKey {
  key: string;
  request: string;
  at: number;
}

/** The same request in a stable form (property order must not make two keys). */
export function requestFingerprint(r: TicketRequest): string {
  return JSON.stringify([r.matterId ?? null, r.queueId ?? null, r.priority ?? null, r.caseRef ?? null, r.appointmentCode ?? null]);
}

function read(store: KeyStore): PendingKey | null {
  try {
    const raw = store.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    if (!('key' in parsed && 'request' in parsed && 'at' in parsed)) return null;
    const { key, request, at } = parsed;
    return typeof key === 'string' && typeof request === 'string' && typeof at === 'number' ? { key, request, at } : null;
  } catch {
    return null;
  }
}

/** The key for this request: the unanswered one of the same request if recent, else a new one. */
export function keyFor(store: KeyStore, request: TicketRequest, now: number, newKey: () => string): string {
  const fingerprint = requestFingerprint(request);
  const pending = read(store);
  if (pending && pending.request === fingerprint && now - pending.at >= 0 && now - pending.at < REUSE_WITHIN_MS) return pending.key;
  const key = newKey();
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ key, request: fingerprint, at: now } satisfies PendingKey));
  } catch {
    // Storage full or disabled: the key still covers retries within this page.
  }
  return key;
}

/** The server answered (ticket or refusal), or the visitor left: the next tap is a new request. */
export function forgetKey(store: KeyStore): void {
  try {
    store.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
}
