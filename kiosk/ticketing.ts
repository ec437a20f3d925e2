/**
 * Taking a ticket from the kiosk. Never shows a number the server did not send; when the
 * server cannot be reached it says so and retries with the same idempotency key; refusals
 * (queue closed, daily cap, outside hours) become a message with what to do instead.
 * A paired kiosk sends its credential, so its ticket prints and may carry a green-channel reason.
 */
import type { IssueTicketResponse } from '../contract/dto.js';
import { ApiError, errorCodeOf, type ApiErrorCode, type call } from '../ui/api.js';
import type { Clock } from './clock.js';
import type { RefusalKind } from './i18n.js';
import { forgetKey, keyFor, type KeyStore } from './idempotency.js';
import { DEVICE_KEY_HEADER } from '../contract/access.js';
import type { KioskState, TicketRequest } from './state.js';

/** Waits between automatic retries; after the last the visitor can still tap "try again". */
export const RETRY_DELAYS_MS = [1000, 2000, 3000, 4000, 5000];
/** Printing is bounded on the server; this leaves room for the network. */
const REQUEST_TIMEOUT_MS = 6000;

export function refusalOf(code: ApiErrorCode): RefusalKind | 'retry' {
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

/** The kiosk's trust as ticketing needs it (see pairing.ts). */
export interface DeviceTrust {
  key(): string | null;
  /** The server refused the credential. */
  revoked(): void;
}

export interface TicketingDeps {
  state: KioskState;
  call: typeof call;
  /** Where the pending idempotency key survives a reload (sessionStorage). */
  keys: KeyStore;
  clock: Clock;
  deviceId: string | null;
  device: DeviceTrust;
  newKey: () => string;
}

export interface Ticketing {
  take(request: TicketRequest): void;
  /** "Try again" after the automatic retries gave up: same request, same key. */
  retry(): void;
  dismissError(): void;
  /** Resolves when the request loop started last has ended (tests wait on it). */
  settled(): Promise<void>;
  close(): void;
}

/** A kiosk that is not trusted cannot put anyone ahead: the server would refuse the whole ticket. */
function bodyOf(request: TicketRequest, trusted: boolean, deviceId: string | null) {
  const { priority, ...plain } = request;
  return { ...plain, ...(trusted && priority ? { priority } : {}), source: 'kiosk' as const, ...(deviceId ? { deviceId } : {}) };
}

type Outcome = { done: true } | { done: false; untrusted?: true };

export function createTicketing(deps: TicketingDeps): Ticketing {
  const { state, keys, clock } = deps;
  /** Bumped to abandon a retry loop (visitor cancelled, kiosk reset). */
  let generation = 0;
  let running: Promise<void> = Promise.resolve();
  const stopReset = state.whenVisitorResets(() => {
    generation++;
    forgetKey(keys);
  });

  const issued = (request: TicketRequest, ticket: IssueTicketResponse) => {
    forgetKey(keys);
    state.ticket.value = { phase: 'issued', ticket, priorityDropped: request.priority !== undefined && !ticket.priority };
    if (state.screen.value.name !== 'ticket') state.navigate({ name: 'ticket' });
  };

  /** One request; what the loop does next. */
  const attemptOnce = async (request: TicketRequest, key: string, mine: number, mayRetryUntrusted: boolean): Promise<Outcome | 'stale'> => {
    const credential = deps.device.key();
    try {
      const ticket = await deps.call('POST /api/tickets', { body: bodyOf(request, credential !== null, deps.deviceId) }, {
        idempotencyKey: key, timeoutMs: REQUEST_TIMEOUT_MS, ...(credential ? { headers: { [DEVICE_KEY_HEADER]: credential } } : {}),
      });
      if (mine !== generation) return 'stale';
      issued(request, ticket);
      return { done: true };
    } catch (e) {
      if (mine !== generation) return 'stale';
      const code = errorCodeOf(e);
      if (code === 'bad-device-credential' && credential !== null && mayRetryUntrusted) {
        // Unpaired by the hall: the visitor still gets a number (plain, unprinted) under the same
        // key, so a ticket already issued before the unpairing is handed back, not doubled.
        deps.device.revoked();
        return { done: false, untrusted: true };
      }
      const kind = refusalOf(code);
      if (kind === 'retry') return { done: false };
      forgetKey(keys);
      state.ticket.value = { phase: 'refused', request, kind, queueId: request.queueId ?? null, code, message: e instanceof ApiError ? e.message : '' };
      return { done: true };
    }
  };

  const run = async (request: TicketRequest, key: string): Promise<void> => {
    const mine = ++generation;
    let attempt = 1;
    let retriedUntrusted = false;
    for (;;) {
      state.ticket.value = { phase: 'pending', request, attempt, offline: attempt > 1, gaveUp: false };
      const outcome = await attemptOnce(request, key, mine, !retriedUntrusted);
      if (outcome === 'stale' || outcome.done) return;
      if (outcome.untrusted) {
        retriedUntrusted = true;
        continue;
      }
      const delay = RETRY_DELAYS_MS[attempt - 1];
      if (delay === undefined) {
        state.ticket.value = { phase: 'pending', request, attempt, offline: true, gaveUp: true };
        return;
      }
      attempt++;
      state.ticket.value = { phase: 'pending', request, attempt, offline: true, gaveUp: false };
      await clock.sleep(delay);
      if (mine !== generation) return;
    }
  };

  const start = (request: TicketRequest) => {
    running = run(request, keyFor(keys, request, clock.now(), deps.newKey));
  };

  return {
    take(request) {
      // A double tap while the first request is out changes nothing.
      if (state.ticket.value.phase === 'pending') return;
      start(request);
    },
    retry() {
      const t = state.ticket.value;
      if (t.phase !== 'pending' || !t.gaveUp) return;
      start(t.request);
    },
    dismissError() {
      generation++;
      state.ticket.value = { phase: 'none' };
    },
    settled: () => running,
    close() {
      generation++;
      stopReset();
    },
  };
}
