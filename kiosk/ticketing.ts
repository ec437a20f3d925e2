/**
 * Taking a ticket from the kiosk. Never shows a number the server did not send; when the
 * server cannot be reached it says so and retries with the same idempotency key; refusals
 * (queue closed, daily cap, outside hours) become a message with what to do instead.
 * A paired kiosk sends its credential, so its ticket prints and may carry a green-channel reason.
 */
import type { IssueTicketResponse } from '../contract/dto.js';
import { api, ApiError, newIdempotencyKey } from '../ui/api.js';
import type { RefusalKind } from './i18n.js';
import { forgetKey, keyFor, type KeyStore } from './idempotency.js';
import { DEVICE_KEY_HEADER, deviceKey, deviceRevoked } from './pairing.js';
import { navigate, screen, ticket, whenVisitorResets, type TicketRequest } from './state.js';

/** Waits between automatic retries; after the last the visitor can still tap "try again". */
export const RETRY_DELAYS_MS = [1000, 2000, 3000, 4000, 5000];
/** Printing is bounded at 2.5 s on the server; this leaves room for the network. */
const REQUEST_TIMEOUT_MS = 6000;

export function refusalOf(code: string): RefusalKind | 'retry' {
  switch (code) {
    case 'network':
    case 'internal':
      return 'retry';
    case 'queue-closed':
    case 'daily-cap-reached':
    case 'outside-hours':
    case 'rate-limited':
      return code;
    case 'matter-not-found':
    case 'queue-not-found':
    case 'validation-failed':
      return 'unknown-matter';
    default:
      return 'other';
  }
}

function storage(): KeyStore | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const memoryStore = new Map<string, string>();
const fallbackStore: KeyStore = {
  getItem: (k) => memoryStore.get(k) ?? null,
  setItem: (k, v) => void memoryStore.set(k, v),
  removeItem: (k) => void memoryStore.delete(k),
};
const store = (): KeyStore => storage() ?? fallbackStore;

/** Bumped to abandon a retry loop (visitor cancelled, kiosk reset). */
let generation = 0;
let deviceId: string | null = null;

export function configureTicketing(device: string | null): void {
  deviceId = device;
}

whenVisitorResets(() => {
  generation++;
  forgetKey(store());
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function takeTicket(request: TicketRequest): void {
  // A double tap while the first request is out changes nothing.
  if (ticket.value.phase === 'pending') return;
  void run(request, keyFor(store(), request, Date.now(), newIdempotencyKey));
}

/** "Try again" after the automatic retries gave up: same request, same key. */
export function retryTicket(): void {
  const t = ticket.value;
  if (t.phase !== 'pending' || !t.gaveUp) return;
  void run(t.request, keyFor(store(), t.request, Date.now(), newIdempotencyKey));
}

export function dismissTicketError(): void {
  generation++;
  ticket.value = { phase: 'none' };
}

/** A kiosk that is not trusted cannot put anyone ahead: the server would refuse the whole ticket. */
function ticketBody(request: TicketRequest, trusted: boolean): object {
  const { priority, ...plain } = request;
  return { ...plain, ...(trusted && priority ? { priority } : {}), source: 'kiosk', ...(deviceId ? { deviceId } : {}) };
}

async function run(request: TicketRequest, key: string): Promise<void> {
  const mine = ++generation;
  let attempt = 1;
  let retriedUntrusted = false;
  for (;;) {
    ticket.value = { phase: 'pending', request, attempt, offline: attempt > 1, gaveUp: false };
    const credential = deviceKey();
    try {
      const issued = await api<IssueTicketResponse>('POST', '/api/tickets', ticketBody(request, credential !== null), {
        idempotencyKey: key, timeoutMs: REQUEST_TIMEOUT_MS, ...(credential ? { headers: { [DEVICE_KEY_HEADER]: credential } } : {}),
      });
      if (mine !== generation) return;
      forgetKey(store());
      ticket.value = { phase: 'issued', ticket: issued, priorityDropped: request.priority !== undefined && !issued.priority };
      if (screen.value.name !== 'ticket') navigate({ name: 'ticket' });
      return;
    } catch (e) {
      if (mine !== generation) return;
      const code = e instanceof ApiError ? e.code : 'network';
      if (code === 'bad-device-credential' && credential !== null && !retriedUntrusted) {
        // Unpaired by the hall: the visitor still gets a number (plain, unprinted) under the same
        // key, so a ticket already issued before the unpairing is handed back, not doubled.
        retriedUntrusted = true;
        deviceRevoked();
        continue;
      }
      const kind = refusalOf(code);
      if (kind !== 'retry') {
        forgetKey(store());
        ticket.value = { phase: 'refused', request, kind, queueId: request.queueId ?? null };
        return;
      }
      const delay = RETRY_DELAYS_MS[attempt - 1];
      if (delay === undefined) {
        ticket.value = { phase: 'pending', request, attempt, offline: true, gaveUp: true };
        return;
      }
      attempt++;
      ticket.value = { phase: 'pending', request, attempt, offline: true, gaveUp: false };
      await sleep(delay);
      if (mine !== generation) return;
    }
  }
}
