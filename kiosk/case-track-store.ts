/**
 * The case tracking page's state: the case (fetched every minute and whenever the phone comes back
 * to the page; a case moves in days, so no socket), and withdrawing after a confirmation.
 * Made by `createCaseTrackStore` and closed with `close()`; no DOM here.
 */
import { signal, type Signal } from '@preact/signals';
import type { CaseTrackDto } from '../contract/dto.js';
import { ApiError, type call } from '../ui/api.js';
import { createComplaintForm, type ComplaintForm } from '../ui/complaint-form.js';
import type { Clock } from './clock.js';
import { createRatingCard, type RatingCard } from './rating-card-store.js';

export type CaseTrackLoad = { kind: 'loading' } | { kind: 'missing' } | { kind: 'case'; track: CaseTrackDto };

export const CASE_REFRESH_MS = 60_000;

/** A case is rated as a whole once its result has reached the visitor. */
export const isRateable = (status: CaseTrackDto['status']): boolean => status === 'delivered' || status === 'mailed';

export interface CaseTrackDeps {
  token: string;
  call: typeof call;
  clock: Pick<Clock, 'every'>;
  /** Runs `refresh` whenever the page is shown again (focus, tab visible); returns its removal. */
  onFocus: (refresh: () => void) => () => void;
}

export interface CaseTrackStore {
  /** The tracking token: what a complaint about this case links to. */
  token: string;
  load: Signal<CaseTrackLoad>;
  fetchFailed: Signal<boolean>;
  /** "Really withdraw?" is showing. */
  confirming: Signal<boolean>;
  withdrawError: Signal<boolean>;
  /** Once the result is delivered or mailed: rating the case as a whole. */
  rating: RatingCard;
  /** 投诉/建议 about this case. */
  complaint: ComplaintForm;
  refetch(): Promise<void>;
  askWithdraw(): void;
  keep(): void;
  confirmWithdraw(reason?: string): Promise<void>;
  close(): void;
}

export function createCaseTrackStore(deps: CaseTrackDeps): CaseTrackStore {
  const load = signal<CaseTrackLoad>({ kind: 'loading' });
  const fetchFailed = signal(false);
  const confirming = signal(false);
  const withdrawError = signal(false);
  const params = { token: deps.token };
  const rating = createRatingCard({
    load: () => deps.call('GET /api/track/:token/rating', { params }),
    submit: (body) => deps.call('POST /api/track/:token/rating', { params, body }),
  });
  const complaint = createComplaintForm((body) => deps.call('POST /api/complaints', { body }));

  const refetch = async () => {
    try {
      const track = await deps.call('GET /api/track/:token', { params });
      load.value = { kind: 'case', track };
      fetchFailed.value = false;
      if (isRateable(track.status) && rating.status.value === null) await rating.refresh();
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) load.value = { kind: 'missing' };
      else fetchFailed.value = true;
    }
  };

  void refetch();
  const stopTimer = deps.clock.every(CASE_REFRESH_MS, () => void refetch());
  const stopFocus = deps.onFocus(() => void refetch());

  return {
    token: deps.token, load, fetchFailed, confirming, withdrawError, rating, complaint, refetch,
    askWithdraw: () => { confirming.value = true; },
    keep: () => { confirming.value = false; withdrawError.value = false; },
    async confirmWithdraw(reason?: string) {
      try {
        const body = reason === undefined || reason.trim() === '' ? {} : { reason: reason.trim() };
        load.value = { kind: 'case', track: await deps.call('POST /api/track/:token/withdraw', { params, body }) };
        confirming.value = false;
        withdrawError.value = false;
      } catch {
        withdrawError.value = true;
        void refetch();
      }
    },
    close() {
      stopTimer();
      stopFocus();
    },
  };
}
