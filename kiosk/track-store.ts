/**
 * The phone tracking page's state: the ticket (fetched again, debounced, whenever the hall moves),
 * the hall over Socket.IO for its name and queue names, a buzz when the number is called, and
 * cancelling. Made by `createTrackStore` and closed with `close()`; no DOM here.
 */
import { signal, type Signal } from '@preact/signals';
import type { HallSnapshot, TicketDto } from '../contract/dto.js';
import { ApiError, type call } from '../ui/api.js';
import type { ConnectionState, HallSocketOptions } from '../ui/hall-socket.js';
import { createComplaintForm, type ComplaintForm } from '../ui/complaint-form.js';
import type { Clock } from './clock.js';
import { createRatingCard, type RatingCard } from './rating-card-store.js';

export type TrackLoad = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ticket'; ticket: TicketDto };

/** A burst of hall events costs one request. */
export const REFETCH_DEBOUNCE_MS = 300;
/** A buzz when the number is called, for a phone in a pocket. */
export const CALLED_VIBRATION = [300, 150, 300];

export interface TrackDeps {
  ticketId: string;
  call: typeof call;
  connect: (options: HallSocketOptions) => { close(): void };
  clock: Pick<Clock, 'after'>;
  vibrate: (pattern: number[]) => void;
}

export interface TrackStore {
  load: Signal<TrackLoad>;
  hall: Signal<HallSnapshot | null>;
  connection: Signal<ConnectionState>;
  /** The last fetch failed: the page says it is reconnecting. */
  fetchFailed: Signal<boolean>;
  /** "Really cancel?" is showing. */
  confirming: Signal<boolean>;
  cancelError: Signal<boolean>;
  /** Once the ticket is done: rating the service from the phone. */
  rating: RatingCard;
  /** 投诉/建议 about this ticket. */
  complaint: ComplaintForm;
  refetch(): Promise<void>;
  askCancel(): void;
  keepPlace(): void;
  confirmCancel(): Promise<void>;
  close(): void;
}

export function createTrackStore(deps: TrackDeps): TrackStore {
  const load = signal<TrackLoad>({ kind: 'loading' });
  const fetchFailed = signal(false);
  const confirming = signal(false);
  const cancelError = signal(false);
  const params = { id: deps.ticketId };
  const rating = createRatingCard({
    load: () => deps.call('GET /api/tickets/:id/rating', { params }),
    submit: (body) => deps.call('POST /api/tickets/:id/rating', { params, body }),
  });
  const complaint = createComplaintForm((body) => deps.call('POST /api/complaints', { body }));

  const show = (ticket: TicketDto) => {
    const before = load.value.kind === 'ticket' ? load.value.ticket.status : null;
    load.value = { kind: 'ticket', ticket };
    if (ticket.status === 'called' && before !== 'called') deps.vibrate(CALLED_VIBRATION);
    if (ticket.status === 'done' && rating.status.value === null) void rating.refresh();
  };

  const refetch = async () => {
    try {
      show(await deps.call('GET /api/tickets/:id', { params }));
      fetchFailed.value = false;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) load.value = { kind: 'missing' };
      else fetchFailed.value = true;
    }
  };

  let cancelTimer = () => {};
  const soon = () => {
    cancelTimer();
    cancelTimer = deps.clock.after(REFETCH_DEBOUNCE_MS, () => void refetch());
  };

  const hall = signal<HallSnapshot | null>(null);
  const connection = signal<ConnectionState>('connecting');
  void refetch();
  const socket = deps.connect({
    onState: (s) => { hall.value = s; },
    onEvent: soon,
    onSnapshot: soon,
    onConnection: (c) => { connection.value = c; },
  });

  return {
    load, hall, connection, fetchFailed, confirming, cancelError, rating, complaint, refetch,
    askCancel: () => { confirming.value = true; },
    keepPlace: () => { confirming.value = false; },
    async confirmCancel() {
      try {
        show(await deps.call('POST /api/tickets/:id/cancel', { params }));
        confirming.value = false;
        cancelError.value = false;
      } catch {
        cancelError.value = true;
        void refetch();
      }
    },
    close() {
      socket.close();
      cancelTimer();
    },
  };
}
